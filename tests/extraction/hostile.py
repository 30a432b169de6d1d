"""Stand-ins for a parser caught by a hostile file, run in the child process."""

import time


def hang(seconds: float) -> str:
    time.sleep(seconds)
    return "finished"


def allocate(megabytes: int) -> int:
    hoard = bytearray(megabytes * 1024 * 1024)
    return len(hoard)


def crash() -> None:
    import os
    import signal

    os.kill(os.getpid(), signal.SIGKILL)
