"""Let an address join and log in again after a script tripped its limits.

    manage.py lift_limits 203.0.113.9

A school behind one address is blocked for the day after 1,000 wrong codes,
and unknown browsers there cannot log in for an hour after 30 wrong
passwords (quizapp.security.throttling, quizapp.security.login_guard).
Accounts locked by django-axes are unlocked with
`manage.py axes_reset_username NAME`.
"""

import ipaddress

from django.core.management.base import BaseCommand, CommandError

from quizapp.security.throttling import lift_address_limits


class Command(BaseCommand):
    help = "Clear the wrong-code and wrong-password counters of one address."

    def add_arguments(self, parser):
        parser.add_argument("address", help="the address as the app sees it")

    def handle(self, *args, address: str, **options):
        try:
            ipaddress.ip_address(address)
        except ValueError:
            raise CommandError(f"{address!r} is not an IP address.") from None
        cleared = lift_address_limits(address)
        self.stdout.write(
            f"Cleared {cleared} counter(s) for {address}: joining and logging in "
            "from it work again."
        )
