"""`[[evidence:nk-cells#therapies]]` in posts and moderator notes: a link to a section.

The key is an article's short key (or slug); the part after `#` is a section's anchor or
the start of one ("therapies" finds "therapies-for-miscarriage"). A reference that names
no published article or section stays as the plain text that was typed.
"""

import re
from dataclasses import dataclass

from django.utils.html import escape

from config.process_cache import VersionedValue
from resources.rendering import bracket_rule

EVIDENCE_REFERENCE = re.compile(
    r"\[\[evidence:([A-Za-z0-9-]{1,80})(?:#([A-Za-z0-9-]{1,120}))?\]\]"
)


@dataclass(frozen=True, slots=True)
class EvidenceLink:
    url: str
    label: str


def _build_index() -> dict[str, tuple[str, str, dict[str, str]]]:
    from resources.models import Article

    index = {}
    for article in Article.objects.published().prefetch_related("sections"):
        entry = (
            article.get_absolute_url(),
            article.title,
            {section.slug: section.heading for section in article.sections.all()},
        )
        index[article.slug] = index[article.short_key] = entry
    return index


_index = VersionedValue("resources:evidence-links:version", _build_index)
invalidate = _index.invalidate


def resolve(key: str, section: str | None = None) -> EvidenceLink | None:
    """The link for an evidence reference, or None when it names nothing we publish."""
    entry = _index.get().get(key.lower())
    if entry is None:
        return None
    url, title, sections = entry
    if not section:
        return EvidenceLink(url, title)
    section = section.lower()
    if section not in sections:
        candidates = [slug for slug in sections if slug.startswith(section)]
        if len(candidates) != 1:
            return None
        section = candidates[0]
    return EvidenceLink(f"{url}#{section}", f"{title}: {sections[section]}")


def _render(self, tokens, idx, options, env) -> str:
    match = tokens[idx].meta["match"]
    link = resolve(match.group(1), match.group(2))
    if link is None:
        return escape(match.group(0))
    return (
        f'<a href="{escape(link.url)}" class="evidence-link">{escape(link.label)}</a>'
    )


def evidence_links_plugin(md) -> None:
    md.inline.ruler.before(
        "link", "evidence_link", bracket_rule("evidence_link", EVIDENCE_REFERENCE)
    )
    md.add_render_rule("evidence_link", _render)
