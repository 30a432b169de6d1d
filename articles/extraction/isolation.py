"""Parse uploads in a child process with a time and memory limit.

Parsers of hostile files (trafilatura, pypdf, python-docx) have had hangs
and memory blow-ups. Each file is read by a fresh child process from a
forkserver (started once, with the readers already imported, so a child
costs milliseconds, and forked from a process without the app's threads or
database connections). A child that runs too long is killed; one that
allocates too much gets a MemoryError; either way the web worker lives on.
"""

import atexit
import logging
import multiprocessing
import resource
import threading
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures.process import BrokenProcessPool

from pebble import ProcessExpired, ProcessPool

from .batch_files import BatchEntry, split_batch
from .document import Extracted, ReaderStopped, RefusedFile
from .limits import MEGABYTE
from .readers import extract

# Real articles take well under a second (a 60-page PDF about 0.3 s); the
# cap is what a hostile file can cost, and a web worker waits that long.
PARSE_SECONDS = 8
# How long a caller waits for a free reader before giving up: a burst of
# uploads must not pile up behind the two readers without limit.
QUEUE_SECONDS = 2 * PARSE_SECONDS
# On top of what the child already maps (the interpreter and the readers).
PARSE_MEMORY_BYTES = 768 * MEGABYTE
# How long shutting the pool down waits for its threads and children.
SHUTDOWN_SECONDS = 5

logger = logging.getLogger(__name__)
_pool: ProcessPool | None = None
_pool_lock = threading.Lock()


def extract_isolated(data: bytes, filename: str) -> Extracted:
    """Like extract(), in a limited child process."""
    return run_isolated(extract, data, filename)


def split_batch_isolated(data: bytes, filename: str) -> list[BatchEntry]:
    """Like split_batch(), in a limited child process: it unpacks archives."""
    return run_isolated(split_batch, data, filename)


def run_isolated(function, *args, seconds: float = PARSE_SECONDS):
    """Call `function(*args)` in a limited child; refuse the file on a breach."""
    future = _shared_pool().schedule(function, args=args, timeout=seconds)
    try:
        return future.result(timeout=seconds + QUEUE_SECONDS)
    except RefusedFile:
        raise
    except FutureTimeout:
        if not future.done():
            # Still queued behind other files: give up without starting it.
            future.cancel()
            raise RefusedFile(
                "The server is busy reading other files. Try again in a minute."
            ) from None
        raise RefusedFile(
            f"Reading this file took longer than {seconds:g} seconds, so it was "
            "stopped. It may be damaged or built to hang a reader."
        ) from None
    except MemoryError:
        raise RefusedFile(
            "Reading this file needed too much memory, so it was stopped. It may "
            "be damaged or built to exhaust a reader."
        ) from None
    except (ProcessExpired, BrokenProcessPool):
        logger.exception("The reader's child process died on %r", args[-1:])
        raise ReaderStopped(
            "The reader stopped unexpectedly on this file. It may be damaged."
        ) from None


def _shared_pool() -> ProcessPool:
    global _pool  # one pool per app process, made on first use
    with _pool_lock:
        if _pool is None or not _pool.active:
            context = multiprocessing.get_context("forkserver")
            context.set_forkserver_preload(["articles.extraction.readers"])
            # max_tasks=1: every file gets a fresh process, so nothing one
            # file did to the reader's state can affect the next.
            _pool = ProcessPool(
                max_workers=2,
                max_tasks=1,
                initializer=_limit_resources,
                context=context,
            )
        return _pool


def shutdown_pool() -> None:
    """Stop the readers and wait for them; the next file starts a new pool.

    Pebble's workers are not daemon processes, so at exit multiprocessing
    joins them, and an idle worker waiting for its next file never ends:
    without this a command that used the pool could print its summary and
    hang (or print a semaphore's FileNotFoundError from a half-torn-down
    queue). Registered with atexit below, which runs it before
    multiprocessing's own exit handler (atexit is last in, first out);
    commands also call it themselves on every path out.
    """
    global _pool
    with _pool_lock:
        pool, _pool = _pool, None
    if pool is None:
        return
    pool.stop()
    try:
        pool.join(timeout=SHUTDOWN_SECONDS)
    except TimeoutError:
        logger.warning("The reader pool did not stop within %ss", SHUTDOWN_SECONDS)


atexit.register(shutdown_pool)


def _limit_resources() -> None:
    with open("/proc/self/statm") as statm:
        mapped = int(statm.read().split()[0]) * resource.getpagesize()
    limit = mapped + PARSE_MEMORY_BYTES
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    # A CPU-time backstop in case the parent cannot kill the child in time.
    cpu = PARSE_SECONDS * 2
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu))
