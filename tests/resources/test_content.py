"""The shipped copy says exactly what the original article says (issue 4)."""

import re
from pathlib import Path

import pytest
from django.conf import settings

from resources.loading import parse_article, shipped_articles
from resources.rendering import plain_text

ORIGINAL = (
    Path(settings.BASE_DIR).parent / "shared" / "content" / "evidence-article.txt"
)
HEADINGS = [
    "What Are Natural Killer Cells (NK Cells)?",
    "Function in the Immune System",
    "What We Know",
    "NK Cells in Miscarriage",
    "Case Against NK Cells in Miscarriage",
    "Therapies for Miscarriage",
    "Bottom Line",
]


def words(text: str) -> str:
    # The original has a few non-breaking spaces; they are spacing, not meaning.
    return " ".join(text.split())


@pytest.fixture(scope="module")
def original() -> list[str]:
    if not ORIGINAL.exists():
        pytest.skip(f"the original article is not beside this checkout ({ORIGINAL})")
    return [line.strip() for line in ORIGINAL.read_text().splitlines() if line.strip()]


@pytest.fixture(scope="module")
def shipped():
    (path,) = shipped_articles()
    return parse_article(path)


def test_every_heading_and_paragraph_of_the_original_is_shipped_in_order(
    original, shipped
):
    body = original[
        original.index(shipped.meta["summary"]) : original.index("7 Sources")
    ]
    original_paragraphs = [
        words(line.removeprefix("• ")) for line in body if line not in HEADINGS
    ]
    assert [words(plain_text(p)) for p in shipped.paragraphs()] == original_paragraphs
    assert [section.heading for section in shipped.sections] == HEADINGS


def test_title_byline_image_caption_and_credit_match(original, shipped):
    meta = shipped.meta
    assert original[0] == meta["title"]
    assert original[1] == meta["image_caption"]
    assert original[2] == meta["image_credit"]
    assert f"By {meta['author_name']}" in original
    assert meta["author_bio"] in original
    assert meta["sources_note"] in original


def test_all_seven_sources_match_the_original_with_their_dois(original, shipped):
    lines = [line for line in original if re.match(r"\d\. ", line)]
    assert len(lines) == 7 == len(shipped.meta["sources"])
    for line, source in zip(lines, shipped.meta["sources"], strict=True):
        doi = f"doi:{source['doi']}" if source["doi"] else ""
        expected = (
            f"{source['authors']}. {source['title']}. {source['journal']}. "
            f"{source['year']};({source['volume']}){source['issue']}:{source['pages']}."
        )
        assert " ".join(line.split()[1:]) == " ".join(f"{expected} {doi}".split())
    assert shipped.meta["sources"][3]["doi"] == ""  # source 4 has none


def test_citation_markers_only_point_at_existing_sources(shipped):
    cited = {
        int(n) for s in shipped.sections for n in re.findall(r"\[\^(\d+)\]", s.body)
    }
    assert cited == set(range(1, 8))
