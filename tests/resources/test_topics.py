"""find_topics and the evidence cards threads show without anyone asking."""

import pytest

from resources.models import Topic
from resources.topics import evidence_cards_for, find_topics
from tests.factories import ThreadFactory


def slugs(text: str) -> list[str]:
    return [card.slug for card in find_topics(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Has anyone had IVIG?", ["ivig"]),
        ("my consultant suggested ivig", ["ivig"]),
        ("Intravenous Immunoglobulin infusions", ["ivig"]),
        ("started PREDNISOLONE today", ["steroids"]),
        ("dexamethasone from 6 weeks", ["steroids"]),
        ("my natural\nkiller cells came back high", ["nk-cells"]),
        ("NK cells, then IVIG, then steroids", ["nk-cells", "ivig", "steroids"]),
        ("IVIG again and ivig once more", ["ivig"]),  # each topic once
    ],
)
def test_finds_topics_by_any_synonym_case_insensitively(article, text, expected):
    assert slugs(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "I prefer predictable days",  # "pred" only as a whole word
        "unknown results, ivigs aside",
        "steroidal? no: the thyroidectomy scar",
        "",
    ],
)
def test_matches_whole_words_only(article, text):
    assert slugs(text) == []


def test_each_card_links_to_its_section_with_its_key_point(article):
    (card,) = find_topics("IVIG")
    assert (
        card.url
        == "/resources/nk-cells-and-recurrent-miscarriage/#therapies-for-miscarriage"
    )
    assert card.key_point == "Any treatment for raised NK cells is still experimental."
    assert card.section_heading == "Therapies for Miscarriage"


def test_topics_sharing_a_key_point_show_one_card(article):
    cards = evidence_cards_for("stress and my thyroid")
    assert len(cards) == 1


def test_a_long_post_is_matched_in_one_linear_pass(article):
    # 20,000 characters of near-misses, then a real mention at the very end.
    text = ("NKX ivi predn stres thyroi " * 800)[:19_995] + " IVIG"
    assert len(text) == 20_000
    assert slugs(text) == ["ivig"]
    assert slugs("a" * 20_000) == []


def test_editing_a_topic_takes_effect_at_once(article):
    assert slugs("intralipids") == []
    topic = Topic.objects.get(slug="ivig")
    topic.terms += "\nintralipids"
    topic.save()
    assert slugs("intralipids") == ["ivig"]
    topic.delete()
    assert slugs("IVIG") == []


def test_no_cards_while_the_article_is_unpublished(article):
    article.status = "draft"
    article.save()
    assert find_topics("IVIG and steroids") == []


def test_a_thread_that_mentions_ivig_shows_the_evidence_card(client, article):
    thread = ThreadFactory(title="Starting IVIG next week", opening="Nervous.")
    html = client.get(thread.get_absolute_url()).content.decode()
    assert 'class="evidence-card"' in html
    assert "Any treatment for raised NK cells is still experimental." in html
    assert "#therapies-for-miscarriage" in html


def test_a_thread_with_no_topic_shows_no_card(client, article):
    thread = ThreadFactory(title="Hello from a newcomer", opening="Hi all.")
    html = client.get(thread.get_absolute_url()).content.decode()
    assert 'class="evidence-card"' not in html
