"""Every view of ours, once per role: who may see what.

A new URL pattern without a row here fails `test_every_view_is_in_the_table`,
so no view can ship without its permission check being tested.
"""

import pytest

from django.urls import URLPattern, URLResolver, get_resolver, reverse

from tests.views.access_table import CASES, ROLES, World


def our_url_names() -> set[str]:
    """Every named URL of the project; the admin's own are Django's."""
    names = set()
    for entry in get_resolver().url_patterns:
        if isinstance(entry, URLPattern) and entry.name:
            names.add(entry.name)
        if isinstance(entry, URLResolver) and entry.namespace in {
            "quizapp",
            "articles",
        }:
            for pattern in entry.url_patterns:
                if isinstance(pattern, URLPattern) and pattern.name:
                    names.add(f"{entry.namespace}:{pattern.name}")
    return names


def test_every_view_is_in_the_table():
    assert our_url_names() == set(CASES)


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("name", sorted(CASES))
@pytest.mark.django_db
def test_each_role_gets_the_expected_status(name, role):
    world = World()
    method, url_args, data, expected = CASES[name]
    client = world.client_for(role)
    url = reverse(name, args=url_args(world))

    response = client.post(url, data) if method == "post" else client.get(url)

    assert response.status_code == expected[role], f"{role} {method.upper()} {url}"


@pytest.mark.parametrize(
    "name", sorted(n for n, case in CASES.items() if case[0] == "post")
)
@pytest.mark.django_db
def test_post_only_views_refuse_get(name):
    world = World()
    url = reverse(name, args=CASES[name][1](world))

    response = world.client_for("admin").get(url)

    assert response.status_code == 405
