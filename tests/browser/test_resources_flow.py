import pytest
from playwright.sync_api import expect

from resources.loading import load_article, load_support_organisations, shipped_articles
from tests.factories import ThreadFactory

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def article():
    load_support_organisations()
    return load_article(shipped_articles()[0])[0]


def test_reader_finds_the_article_and_jumps_to_a_section(site, page, article):
    page.goto(f"{site}/")
    page.get_by_role("navigation", name="Main").get_by_role(
        "link", name="Resources"
    ).click()
    expect(page.get_by_role("heading", name="Support organisations")).to_be_visible()
    page.get_by_role("link", name=article.title).click()
    expect(page.get_by_role("heading", name="Key points")).to_be_visible()
    page.get_by_role("navigation", name="Contents").get_by_role(
        "link", name="Therapies for Miscarriage"
    ).click()
    assert page.url.endswith("#therapies-for-miscarriage")
    expect(page.locator("#therapies-for-miscarriage")).to_be_in_viewport()
    # A citation marker leads to its numbered source.
    page.locator("#therapies-for-miscarriage").get_by_role("link", name="[7]").click()
    expect(page.locator("#source-7")).to_contain_text("dexamethasone")


def test_a_thread_about_ivig_shows_the_evidence_card(site, page, article):
    thread = ThreadFactory(title="Anyone had IVIG?", opening="My clinic offers it.")
    page.goto(f"{site}{thread.get_absolute_url()}")
    card = page.get_by_role(
        "region", name="What the evidence says IVIG (immunoglobulin)"
    )
    expect(card).to_contain_text(
        "Any treatment for raised NK cells is still experimental."
    )
    card.get_by_role("link").click()
    assert page.url.endswith(
        "/resources/nk-cells-and-recurrent-miscarriage/#therapies-for-miscarriage"
    )
