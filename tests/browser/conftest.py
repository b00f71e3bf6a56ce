"""Playwright against a live server, in Debian's Chromium (never a downloaded browser)."""

import os
import re
from pathlib import Path

import pytest

CHROMIUM = "/usr/bin/chromium"
# Playwright's sync API runs an event loop; Django must allow ORM calls beside it.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def pytest_collection_modifyitems(config, items):
    here = Path(__file__).parent
    missing = not Path(CHROMIUM).exists()
    for item in items:
        if here in Path(item.fspath).parents:
            item.add_marker(pytest.mark.browser)
            if missing:
                item.add_marker(
                    pytest.mark.skip(
                        reason=f"Chromium not found at {CHROMIUM}: "
                        "install Debian's chromium (make test does) to run browser tests"
                    )
                )


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {
        **browser_type_launch_args,
        "executable_path": CHROMIUM,
        "args": [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
        ],
    }


@pytest.fixture
def site(live_server, page):
    """The live server's base URL, with the page pointed at it."""
    page.set_default_timeout(10_000)
    return live_server.url


def confirmation_link(outbox) -> str:
    body = outbox[-1].body
    return re.search(r"https?://\S+/accounts/confirm-email/\S+/", body).group(0)


def sign_in(page, site, email, password="a-long-test-password"):
    page.goto(f"{site}/accounts/login/")
    page.fill("#id_login", email)
    page.fill("#id_password", password)
    page.get_by_role("button", name="Sign In").click()
    page.wait_for_url(f"{site}/")
