"""Screenshots of every page at desktop and phone widths, for people to look at.

Skipped unless SCREENSHOT_DIR is set: `SCREENSHOT_DIR=screenshots make test
PYTEST_ARGS="tests/browser/test_screenshots.py"`.
"""

import os
from pathlib import Path

import pytest
from django.core.management import call_command

from forum.models import Thread
from tests.browser.conftest import sign_in
from tests.factories import UserFactory

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        not os.environ.get("SCREENSHOT_DIR"), reason="SCREENSHOT_DIR not set"
    ),
]
WIDTHS = {"desktop": (1280, 900), "phone": (390, 844)}


def test_take_screenshots(site, page):
    call_command("load_article", verbosity=0)
    call_command("seed_demo", verbosity=0)
    out = Path(os.environ["SCREENSHOT_DIR"])
    out.mkdir(parents=True, exist_ok=True)
    thread = (
        Thread.objects.filter(title__icontains="IVIG").first() or Thread.objects.first()
    )
    pages = {
        "index": "/",
        "category": thread.category.get_absolute_url(),
        "thread": thread.get_absolute_url(),
        "resources": "/resources/",
        "article": "/resources/nk-cells-and-recurrent-miscarriage/",
        "signup": "/accounts/signup/",
        "search": "/search/?q=IVIG",
        "guidelines": "/guidelines/",
    }
    shoot(page, site, out, pages)

    member = UserFactory(email="shots@example.com", display_name="Camera Shy")
    sign_in(page, site, member.email)
    shoot(page, site, out, {
        "thread-member": thread.get_absolute_url(),
        "new-thread": f"{thread.category.get_absolute_url()}new/",
        "profile": f"/members/{member.pk}/",
        "settings": "/accounts/settings/",
    })  # fmt: skip
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(f"{site}{thread.get_absolute_url()}")
    page.fill("#id_body", "IVIG will guarantee your baby, it worked for me.")
    page.get_by_role("button", name="Post reply").click()
    page.screenshot(path=out / "claim-warning-desktop.png", full_page=True)


def shoot(page, site, out, pages):
    for width_name, (width, height) in WIDTHS.items():
        page.set_viewport_size({"width": width, "height": height})
        for name, url in pages.items():
            page.goto(f"{site}{url}")
            # Phones: the first screenful, as a reader first sees it.
            full_page = width_name == "desktop"
            page.screenshot(path=out / f"{name}-{width_name}.png", full_page=full_page)
