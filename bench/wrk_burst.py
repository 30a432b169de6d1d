"""The autosave burst driven by wrk through nginx (make bench).

Why not a Python client: on two cores a Python client costs about as much
CPU per request as the server does, so it measures itself. wrk is C.

Why nginx: a student thinks between clicks, and a browser keeps its
connection open meanwhile. gunicorn's sync workers serve one connection at
a time, so an idle connection holds a worker (gunicorn's documentation asks
for a buffering proxy in front for this reason); nginx holds the idle
connections and hands gunicorn only complete requests, as in production.
"""

import json
import signal
import socket
import subprocess
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path

from bench.common import free_port

BENCH = Path(__file__).resolve().parent

NGINX_CONF = """
daemon off;
worker_processes 1;
pid {dir}/nginx.pid;
error_log {dir}/error.log warn;
events {{ worker_connections 4096; }}
http {{
  access_log off;
  client_body_temp_path {dir}/body;
  proxy_temp_path {dir}/proxy;
  fastcgi_temp_path {dir}/fastcgi;
  uwsgi_temp_path {dir}/uwsgi;
  scgi_temp_path {dir}/scgi;
  keepalive_requests 100000;
  server {{
    listen 127.0.0.1:{port} backlog=4096;
    location / {{
      proxy_pass http://127.0.0.1:{upstream};
      proxy_set_header Host $http_host;
    }}
  }}
}}
"""


class NginxProxy:
    """nginx on a free loopback port in front of `upstream`."""

    def __init__(self, upstream: int) -> None:
        self.upstream = upstream
        self.port = free_port()
        self.dir = tempfile.mkdtemp(prefix="newsroom-nginx-")
        self.process = None

    def __enter__(self) -> "NginxProxy":
        conf = Path(self.dir) / "nginx.conf"
        conf.write_text(
            NGINX_CONF.format(dir=self.dir, port=self.port, upstream=self.upstream)
        )
        self.process = subprocess.Popen(  # noqa: S603
            ["nginx", "-c", str(conf)],  # noqa: S607 -- Debian's nginx
            stderr=subprocess.DEVNULL,
        )
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=1).close()
                return self
            except OSError:
                threading.Event().wait(0.1)
        self.__exit__()
        raise RuntimeError("nginx did not start")

    def __exit__(self, *exc_info) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.wait(timeout=10)


@dataclass
class BurstResult:
    answered: int
    refused: int
    first_refusal: str
    seconds: float
    socket_errors: int
    p50_ms: float
    p99_ms: float

    @property
    def errors(self) -> int:
        return self.refused + self.socket_errors

    @property
    def saves_per_s(self) -> float:
        return self.answered / self.seconds if self.seconds else 0.0


def run_wrk(
    *,
    port: int,
    saves: list[tuple[str, str, str, str, int]],
    connections: int,
    think_ms: int,
    timeout_s: float = 300,
) -> BurstResult:
    """Send every save once, in order, over `connections` connections, each
    pausing `think_ms` before its next save; saves are (path, session key,
    CSRF token, label, seq)."""
    with tempfile.NamedTemporaryFile("w", suffix=".tsv", delete=False) as listing:
        for path, session_key, token, label, seq in saves:
            cookie = f"sessionid={session_key};csrftoken={token}"
            listing.write(f"{path}\t{cookie}\t{token}\t{label}\t{seq}\n")
    process = subprocess.Popen(  # noqa: S603
        [  # noqa: S607 -- Debian's wrk
            "wrk",
            "-t1",
            f"-c{connections}",
            f"-d{int(timeout_s)}s",
            "--timeout",
            "30s",
            "-s",
            str(BENCH / "burst.lua"),
            f"http://127.0.0.1:{port}",
        ],
        env={"BURST_FILE": listing.name, "BURST_THINK_MS": str(think_ms)},
        stdout=subprocess.PIPE,
        text=True,
    )
    # wrk runs for all of -d; stop it once the last save is answered, or at
    # the deadline if some never are (then they count as socket errors).
    deadline = threading.Timer(timeout_s, process.send_signal, [signal.SIGINT])
    deadline.start()
    output = []
    for line in process.stdout:
        output.append(line)
        if line.startswith("BURST DONE"):
            process.send_signal(signal.SIGINT)
    process.wait(timeout=60)
    deadline.cancel()
    Path(listing.name).unlink()
    summaries = [line for line in output if line.startswith("{")]
    if not summaries:
        raise RuntimeError("wrk gave no summary:\n" + "".join(output))
    summary = json.loads(summaries[-1])
    return BurstResult(**summary)
