"""Markdown to safe HTML: markdown-it-py (no raw HTML), then an nh3 allow-list."""

from functools import lru_cache

import nh3
from markdown_it import MarkdownIt

MAX_LENGTH = 20_000
# markdown-it drops text nested deeper than its limit; we refuse such input instead.
MAX_NESTING = 12
PARSER_NESTING_LIMIT = 40

ALLOWED_TAGS = {
    "a", "blockquote", "br", "code", "del", "em", "h3", "h4", "h5", "h6", "hr", "li",
    "ol", "p", "pre", "s", "strong", "table", "tbody", "td", "th", "thead", "tr", "ul",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {"a": {"href", "title", "class"}, "ol": {"start"}}
LINK_REL = "nofollow ugc noopener noreferrer"


class MarkdownError(ValueError):
    """Input we refuse to render, with a message for the author."""


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    md = MarkdownIt(
        "commonmark",
        {
            "html": False,
            "linkify": True,
            "typographer": False,
            "maxNesting": PARSER_NESTING_LIMIT,
        },
    )
    md.enable(["linkify", "strikethrough", "table"])
    # Don't turn email addresses into links: members shouldn't publish them by accident.
    md.linkify.set({"fuzzy_email": False})
    from resources.evidence_links import evidence_links_plugin

    md.use(evidence_links_plugin)
    return md


@lru_cache(maxsize=1)
def _cleaner() -> nh3.Cleaner:
    return nh3.Cleaner(
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes={"http", "https", "mailto"},
        link_rel=LINK_REL,
    )


def check_markdown(text: str) -> None:
    """Raise MarkdownError when *text* is too long or too deeply nested to keep whole."""
    if len(text) > MAX_LENGTH:
        raise MarkdownError(
            f"Posts can be at most {MAX_LENGTH:,} characters "
            f"(this one has {len(text):,})."
        )
    tokens = _parser().parse(text)
    if any(token.level > MAX_NESTING for token in tokens):
        raise MarkdownError(
            "This post nests quotes or lists too deeply to display. "
            "Please flatten it a little."
        )


def render_markdown(text: str) -> str:
    """Render *text* to sanitized HTML. Raises MarkdownError for input we refuse."""
    check_markdown(text)
    # Headings in posts start at h3 so they never compete with the page's own.
    html = _parser().render(text)
    for level in (2, 1):
        html = html.replace(f"<h{level}>", "<h3>").replace(f"</h{level}>", "</h3>")
    return _cleaner().clean(html)
