import pytest
from playwright.sync_api import expect

from forum import posting
from tests.browser.conftest import sign_in
from tests.factories import CategoryFactory, UserFactory

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def people():
    return {
        "robin": UserFactory(email="robin@example.com", display_name="Hopeful Robin"),
        "wren": UserFactory(email="wren@example.com", display_name="Quiet Wren"),
    }


@pytest.fixture
def category():
    return CategoryFactory(name="Living with loss", slug="living-with-loss")


def test_start_reply_edit_react_follow_notify_and_search(
    site, page, people, category, browser
):
    # Robin starts a thread.
    sign_in(page, site, "robin@example.com")
    page.goto(f"{site}/c/living-with-loss/")
    page.get_by_role("link", name="Start a thread").click()
    page.fill("#id_title", "The due date that never came")
    page.fill("#id_body", "It would have been **today**.")
    page.get_by_role("button", name="Start thread").click()
    expect(
        page.get_by_role("heading", name="The due date that never came")
    ).to_be_visible()
    expect(page.locator(".post-body strong")).to_have_text("today")

    # Robin edits the opening post.
    page.get_by_role("link", name="Edit").first.click()
    page.fill("#id_body", "It would have been today. I miss them.")
    page.get_by_role("button", name="Save changes").click()
    expect(page.get_by_text("I miss them.")).to_be_visible()

    # Wren replies (with a preview first), sends support and follows, in another browser.
    other = browser.new_context().new_page()
    sign_in(other, site, "wren@example.com")
    other.goto(f"{site}/c/living-with-loss/")
    other.get_by_role("link", name="The due date that never came").click()
    other.fill("#id_body", "Thinking of you *today*.")
    other.get_by_role("button", name="Preview").click()
    expect(other.locator("#preview-reply em")).to_have_text("today")
    other.get_by_role("button", name="Post reply").click()
    expect(other.get_by_text("Thinking of you")).to_be_visible()
    other.get_by_role("button", name="Send support").first.click()
    expect(other.get_by_role("button", name="Support sent")).to_be_visible()

    # Robin sees a notification for the reply and one for the support.
    page.goto(f"{site}/")
    expect(page.get_by_role("link", name="Notifications")).to_contain_text("2")
    page.get_by_role("link", name="Notifications").click()
    expect(page.get_by_text("Quiet Wren replied in")).to_be_visible()
    page.get_by_text("Quiet Wren replied in").click()
    expect(page.get_by_text("Thinking of you")).to_be_visible()

    # Robin unfollows; Wren's next reply brings no new notification.
    page.get_by_role("button", name="Unfollow thread").click()
    expect(page.get_by_role("button", name="Follow thread")).to_be_visible()
    other.reload()
    other.fill("#id_body", "Still here with you.")
    other.get_by_role("button", name="Post reply").click()
    expect(other.get_by_text("Still here with you.")).to_be_visible()
    page.goto(f"{site}/notifications/")
    expect(page.get_by_text("replied in")).to_have_count(1)

    # Search finds the thread.
    page.goto(f"{site}/search/")
    page.fill("#id_q", "miss")
    page.get_by_role("button", name="Search").click()
    expect(page.locator("mark").first).to_have_text("miss")
    expect(
        page.get_by_role("link", name="The due date that never came")
    ).to_be_visible()


def test_cure_promise_is_held_and_shown_only_to_its_author(
    site, page, people, category, browser
):
    thread = posting.create_thread(
        people["robin"],
        category=category,
        title="Tests",
        body="Anyone tested for NK cells?",
    )
    sign_in(page, site, "wren@example.com")
    page.goto(f"{site}{thread.get_absolute_url()}")
    page.fill("#id_body", "Just do IVIG, it guarantees your baby will stay. 100%.")
    page.get_by_role("button", name="Post reply").click()

    # Warned first, with the phrase and the evidence; then submitted for review.
    expect(page.get_by_text("some words read as a promise of a cure")).to_be_visible()
    expect(page.locator("#claim-warning mark").first).to_be_visible()
    expect(
        page.get_by_role("link", name="what the evidence says about treatments")
    ).to_be_visible()
    page.get_by_role("button", name="Submit for review as it is").click()
    expect(page.get_by_text("Waiting for a moderator.").first).to_be_visible()

    # Robin cannot see it.
    other = browser.new_context().new_page()
    sign_in(other, site, "robin@example.com")
    other.goto(f"{site}{thread.get_absolute_url()}")
    expect(other.get_by_text("guarantees your baby")).to_have_count(0)


def test_ordinary_posts_and_hard_negatives_publish_at_once(
    site, page, people, category
):
    thread = posting.create_thread(
        people["robin"], category=category, title="Treatments", body="What did you try?"
    )
    sign_in(page, site, "wren@example.com")
    for text in (
        "Does IVIG actually work? Is there any guarantee?",
        "I took prednisolone and had my rainbow, but I'll never know if it helped.",
        "I promise it gets softer. 100% agree with everything above.",
    ):
        page.goto(f"{site}{thread.get_absolute_url()}")
        page.fill("#id_body", text)
        page.get_by_role("button", name="Post reply").click()
        expect(page.get_by_text(text)).to_be_visible()
        expect(page.locator(".held-notice")).to_have_count(0)
