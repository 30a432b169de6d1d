"""`make demo LAN=1` lets a second device on the network in: the demo's
settings with the LAN switch, served by a real runserver, answer a request
whose Host header is the network address (sent over loopback only)."""

import http.client
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from bench.common import free_port

PROJECT = Path(__file__).resolve().parents[2]
# TEST-NET-1: documentation addresses, never routed anywhere.
NETWORK_ADDRESS = "192.0.2.55"


def status_for(port: int, host: str) -> int:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
    try:
        connection.request("GET", "/healthz", headers={"Host": host})
        return connection.getresponse().status
    finally:
        connection.close()


def test_the_demo_with_the_lan_switch_answers_a_device_on_the_network(tmp_path):
    port = free_port()
    env = {
        **{
            key: value
            for key, value in os.environ.items()
            if key not in {"DJANGO_ALLOW_ASYNC_UNSAFE", "SECRET_KEY", "PUBLIC_URL"}
        },
        "DJANGO_ENV": "development",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'demo.sqlite3'}",
        "LAN": "1",
        "LAN_HOST": NETWORK_ADDRESS,
        "PORT": str(port),
    }
    server = subprocess.Popen(
        [sys.executable, "manage.py", "runserver", f"127.0.0.1:{port}", "--noreload"],
        cwd=PROJECT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            assert server.poll() is None, server.stdout.read().decode()
            try:
                status_for(port, "127.0.0.1")
                break
            except OSError:
                assert time.monotonic() < deadline, "the demo server did not start"
                time.sleep(0.25)

        assert status_for(port, f"{NETWORK_ADDRESS}:{port}") == 200
        # Only the network address is added: other names are still refused.
        assert status_for(port, f"elsewhere.example:{port}") == 400
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.communicate(timeout=30)
