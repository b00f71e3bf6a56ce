"""Which evidence topics a text mentions, and the cards that show what the evidence says.

All topic terms are joined into one case-insensitive regular expression of escaped literals
(no nested repetition), so matching is linear in the length of the text. It is built once
per process and rebuilt after an editor changes a topic (config.process_cache).
"""

import re
from dataclasses import dataclass

from config.process_cache import VersionedValue


@dataclass(frozen=True, slots=True)
class EvidenceCard:
    """What the "what the evidence says" card shows for one topic."""

    topic: str
    slug: str
    key_point: str
    url: str
    section_heading: str
    article_title: str


@dataclass(frozen=True, slots=True)
class _TopicIndex:
    regex: re.Pattern | None
    card_for_term: dict[str, EvidenceCard]


def _term_pattern(term: str) -> str:
    return r"\s+".join(re.escape(word) for word in term.split())


def _card(topic) -> EvidenceCard | None:
    section = topic.key_point.section if topic.key_point else None
    if section is None:
        section = next(iter(topic.sections.all()), None)
    if section is None or section.article.status != "published":
        return None
    text = topic.key_point.text if topic.key_point else section.heading
    return EvidenceCard(
        topic=topic.name,
        slug=topic.slug,
        key_point=text,
        url=section.get_absolute_url(),
        section_heading=section.heading,
        article_title=section.article.title,
    )


def _build_index() -> _TopicIndex:
    from resources.models import Topic

    topics = Topic.objects.select_related(
        "key_point__section__article"
    ).prefetch_related("sections__article")
    card_for_term = {}
    for topic in topics:
        card = _card(topic)
        if card is None:
            continue
        for term in topic.term_list:
            card_for_term.setdefault(" ".join(term.lower().split()), card)
    if not card_for_term:
        return _TopicIndex(None, {})
    # Longest first, so "NK cells" wins over "NK" at the same place.
    terms = sorted(card_for_term, key=len, reverse=True)
    alternatives = "|".join(_term_pattern(term) for term in terms)
    regex = re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)
    return _TopicIndex(regex, card_for_term)


_index = VersionedValue("resources:topics:version", _build_index)
invalidate = _index.invalidate


def find_topics(text: str) -> list[EvidenceCard]:
    """The topics *text* mentions, each once, in the order they first appear."""
    index = _index.get()
    if index.regex is None or not text:
        return []
    found: dict[str, EvidenceCard] = {}
    for match in index.regex.finditer(text):
        card = index.card_for_term[" ".join(match.group(0).lower().split())]
        found.setdefault(card.slug, card)
    return list(found.values())


def evidence_cards_for(text: str, limit: int = 3) -> list[EvidenceCard]:
    """Cards to show beside a thread, leading with its first mentions.

    Topics that share a key point (stress and thyroid, say) show it once.
    """
    cards: dict[tuple[str, str], EvidenceCard] = {}
    for card in find_topics(text):
        cards.setdefault((card.key_point, card.url), card)
    return list(cards.values())[:limit]
