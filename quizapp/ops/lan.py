"""The address other devices on the classroom's network reach this machine
at, found without the internet (imported by the settings and by `make demo
LAN=1`, so it stays free of Django).

A UDP socket "connected" to a private address sends nothing; it only makes
the system choose the interface it would route through, whose address is
the one a phone on the same Wi-Fi can open.
"""

import ipaddress
import socket
import sys

LOOPBACK = "127.0.0.1"
# Private ranges a school network uses; nothing is ever sent to them.
PROBES = ("10.255.255.255", "192.168.255.255", "172.31.255.255")


def lan_address() -> str:
    """This machine's address on the local network, else 127.0.0.1."""
    for probe in PROBES:
        try:
            with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as udp:
                udp.connect((probe, 9))
                address = udp.getsockname()[0]
        except OSError:
            continue
        if _reachable(address):
            return address
    try:
        candidates = socket.gethostbyname_ex(socket.gethostname())[2]
    except OSError:
        candidates = []
    return next((address for address in candidates if _reachable(address)), LOOPBACK)


def _reachable(address: str) -> bool:
    try:
        parsed = ipaddress.ip_address(address)
    except ValueError:
        return False
    return not (parsed.is_loopback or parsed.is_unspecified or parsed.is_link_local)


if __name__ == "__main__":
    # `python -m quizapp.ops.lan`: the Makefile's demo target asks here.
    sys.stdout.write(lan_address() + "\n")
