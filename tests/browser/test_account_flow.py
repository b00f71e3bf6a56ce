import pytest
from django.core import mail
from playwright.sync_api import expect

from tests.browser.conftest import confirmation_link

pytestmark = pytest.mark.django_db(transaction=True)


def test_signup_confirm_login_edit_profile_logout(site, page):
    page.goto(f"{site}/accounts/signup/")
    page.fill("#id_display_name", "Gentle Finch")
    page.fill("#id_email", "finch@example.com")
    page.fill("#id_password1", "a long and unusual passphrase")
    page.fill("#id_password2", "a long and unusual passphrase")
    page.get_by_role("button", name="Sign Up").click()
    expect(
        page.get_by_role("heading", name="Verify Your Email Address")
    ).to_be_visible()

    link = confirmation_link(mail.outbox)
    page.goto(link.replace("http://testserver", site))
    page.get_by_role("button", name="Confirm").click()

    page.fill("#id_login", "finch@example.com")
    page.fill("#id_password", "a long and unusual passphrase")
    page.get_by_role("button", name="Sign In").click()
    page.wait_for_url(f"{site}/")
    expect(page.get_by_role("button", name="Gentle Finch")).to_be_visible()

    page.goto(f"{site}/accounts/settings/")
    page.fill("#id_display_name", "Brave Finch")
    page.get_by_role("button", name="Save settings").click()
    expect(page.get_by_text("Your settings are saved.")).to_be_visible()
    expect(page.get_by_role("button", name="Brave Finch")).to_be_visible()

    page.get_by_role("button", name="Brave Finch").click()
    page.get_by_role("link", name="Sign out").click()
    page.get_by_role("button", name="Sign Out").click()
    expect(page.get_by_role("link", name="Sign in")).to_be_visible()
    assert "finch@example.com" not in page.content()


def test_signup_errors_keep_what_was_typed(site, page):
    page.goto(f"{site}/accounts/signup/")
    page.fill("#id_display_name", "Moderator")
    page.fill("#id_email", "finch@example.com")
    page.fill("#id_password1", "short")
    page.fill("#id_password2", "short")
    page.get_by_role("button", name="Sign Up").click()

    expect(page.get_by_text("mistaken for the community team")).to_be_visible()
    expect(page.locator("#id_email")).to_have_value("finch@example.com")
    expect(page.locator("#id_display_name")).to_have_value("Moderator")
