"""Load an evidence article from its shipped copy in `resources/content/`.

The copy is Markdown with TOML front matter between `+++` lines: metadata, key points,
sources and topics above; the sections below, one `## Heading` each. Loading is idempotent
and respects editors: an article is only rewritten when its shipped copy has changed since
it was last loaded, and the change is kept as a revision either way.
"""

import hashlib
import tomllib
from dataclasses import dataclass
from pathlib import Path

from django.db import transaction
from django.utils.text import slugify

from resources.models import (
    Article,
    KeyPoint,
    Section,
    Source,
    SupportOrganisation,
    Topic,
)
from resources.revisions import record_revision

CONTENT_DIR = Path(__file__).resolve().parent / "content"
ORGANISATIONS_FILE = CONTENT_DIR / "support-organisations.toml"
META_FIELDS = (
    "title", "slug", "short_key", "summary", "author_name", "author_credentials",
    "author_bio", "publisher", "sources_note", "image_caption", "image_credit",
    "published_on", "last_reviewed_on",
)  # fmt: skip


class ContentError(ValueError):
    """The shipped copy is malformed; the message says where."""


@dataclass(frozen=True)
class ParsedSection:
    heading: str
    slug: str
    body: str


@dataclass(frozen=True)
class ParsedArticle:
    meta: dict
    sections: list[ParsedSection]
    checksum: str

    def paragraphs(self) -> list[str]:
        """Every paragraph and list item of the body, as Markdown source."""
        blocks = [self.meta["summary"]]
        for section in self.sections:
            for block in section.body.split("\n\n"):
                lines = block.strip().splitlines()
                if lines and all(line.startswith("- ") for line in lines):
                    blocks.extend(line[2:] for line in lines)
                elif lines:
                    blocks.append(" ".join(lines))
        return blocks


def parse_article(path: Path) -> ParsedArticle:
    raw = path.read_text(encoding="utf-8")
    parts = raw.split("+++\n", 2)
    if len(parts) != 3 or parts[0].strip():
        raise ContentError(f"{path.name}: expected front matter between '+++' lines")
    try:
        meta = tomllib.loads(parts[1])
    except tomllib.TOMLDecodeError as error:
        raise ContentError(f"{path.name}: front matter: {error}") from error
    missing = [field for field in META_FIELDS if field not in meta]
    if missing:
        raise ContentError(f"{path.name}: front matter lacks {', '.join(missing)}")

    sections: list[ParsedSection] = []
    heading, lines = None, []
    for line in parts[2].splitlines():
        if line.startswith("## "):
            if heading is not None:
                sections.append(_section(heading, lines))
            heading, lines = line[3:].strip(), []
        elif heading is None and line.strip():
            raise ContentError(f"{path.name}: text before the first '## ' heading")
        else:
            lines.append(line)
    if heading is not None:
        sections.append(_section(heading, lines))
    if not sections:
        raise ContentError(f"{path.name}: no sections")
    checksum = hashlib.sha256(raw.encode()).hexdigest()
    return ParsedArticle(meta, sections, checksum)


def _section(heading: str, lines: list[str]) -> ParsedSection:
    return ParsedSection(heading, slugify(heading), "\n".join(lines).strip())


@transaction.atomic
def load_article(path: Path, *, force: bool = False) -> tuple[Article, bool]:
    """Create or update the article in *path*. Returns (article, whether it changed)."""
    parsed = parse_article(path)
    meta = parsed.meta
    article = Article.objects.filter(slug=meta["slug"]).first()
    if article and article.content_checksum == parsed.checksum and not force:
        return article, False
    if article is None:
        article = Article(slug=meta["slug"])
    else:
        # Whatever editors had is kept as a revision before the shipped copy replaces it.
        record_revision(article, note="Before reloading the shipped copy")
    for field in META_FIELDS:
        setattr(article, field, meta[field])
    article.status = Article.Status.PUBLISHED
    article.content_checksum = parsed.checksum
    article.save()

    article.sections.all().delete()  # key points' and topics' links go with them
    sections = {}
    for order, parsed_section in enumerate(parsed.sections):
        sections[parsed_section.slug] = Section.objects.create(
            article=article,
            order=order,
            heading=parsed_section.heading,
            slug=parsed_section.slug,
            body=parsed_section.body,
        )
    article.key_points.all().delete()
    key_points = [
        KeyPoint.objects.create(
            article=article,
            order=order,
            text=point["text"],
            section=_lookup(sections, point.get("section"), path),
        )
        for order, point in enumerate(meta.get("key_points", []))
    ]
    article.sources.all().delete()
    Source.objects.bulk_create(
        Source(article=article, number=number, **source)
        for number, source in enumerate(meta.get("sources", []), start=1)
    )
    for entry in meta.get("topics", []):
        topic, _ = Topic.objects.update_or_create(
            slug=entry["slug"],
            defaults={
                "name": entry["name"],
                "terms": "\n".join(entry["terms"]),
                "key_point": key_points[entry["key_point"] - 1]
                if entry.get("key_point")
                else None,
            },
        )
        topic.sections.set(_lookup(sections, slug, path) for slug in entry["sections"])
    record_revision(article, note="Loaded from the shipped copy")
    return article, True


def _lookup(sections: dict[str, Section], slug: str | None, path: Path):
    if slug is None:
        return None
    try:
        return sections[slug]
    except KeyError:
        raise ContentError(f"{path.name}: no section with anchor '{slug}'") from None


def load_support_organisations(path: Path = ORGANISATIONS_FILE) -> int:
    """Add the starting list of organisations, only while the list is empty."""
    if SupportOrganisation.objects.exists():
        return 0
    entries = tomllib.loads(path.read_text(encoding="utf-8"))["organisations"]
    SupportOrganisation.objects.bulk_create(
        SupportOrganisation(order=order, **entry) for order, entry in enumerate(entries)
    )
    return len(entries)


def shipped_articles() -> list[Path]:
    return sorted(CONTENT_DIR.glob("*.md"))
