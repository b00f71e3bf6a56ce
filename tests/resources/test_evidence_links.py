"""`[[evidence:key#section]]` in posts renders as a link, or stays as typed."""

import pytest

from forum.markdown import render_markdown
from resources.models import Section

THERAPIES = "/resources/nk-cells-and-recurrent-miscarriage/#therapies-for-miscarriage"


@pytest.mark.parametrize(
    "reference",
    [
        "[[evidence:nk-cells#therapies-for-miscarriage]]",
        "[[evidence:nk-cells#therapies]]",  # a unique start of the anchor is enough
        "[[evidence:nk-cells-and-recurrent-miscarriage#therapies]]",  # the slug works too
        "[[evidence:NK-Cells#Therapies]]",
    ],
)
def test_reference_renders_as_a_link_to_the_section(article, reference):
    html = render_markdown(f"See {reference} before deciding.")
    assert f'<a href="{THERAPIES}" class="evidence-link"' in html
    assert (
        "Natural Killer Cells and Recurrent Miscarriages: Therapies for Miscarriage"
        in html
    )
    assert "[[" not in html


def test_reference_without_a_section_links_to_the_article(article):
    html = render_markdown("[[evidence:nk-cells]]")
    assert 'href="/resources/nk-cells-and-recurrent-miscarriage/"' in html


@pytest.mark.parametrize(
    "reference",
    [
        "[[evidence:no-such-article#therapies]]",
        "[[evidence:nk-cells#no-such-section]]",
        "[[evidence:nk-cells#what]]",  # ambiguous: two sections start with it
        "[[evidence:nk-cells#]]",
    ],
)
def test_unknown_reference_stays_as_plain_text(article, reference):
    html = render_markdown(f"See {reference}.")
    assert "evidence-link" not in html
    assert reference in html


def test_reference_to_a_draft_is_not_linked(article):
    article.status = "draft"
    article.save()
    assert "evidence-link" not in render_markdown("[[evidence:nk-cells#therapies]]")


def test_renamed_section_is_picked_up_without_a_restart(article):
    Section.objects.filter(slug="bottom-line").update(slug="in-short")
    Section.objects.get(slug="in-short").save()  # a save is what editors do
    assert "#in-short" in render_markdown("[[evidence:nk-cells#in-short]]")


def test_markup_inside_a_reference_cannot_inject_html(article):
    html = render_markdown('[[evidence:nk-cells#"><script>]]')
    assert "<script>" not in html
