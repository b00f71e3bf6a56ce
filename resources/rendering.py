"""Markdown for evidence articles, and the bracket syntax shared with forum posts.

Articles cite sources as `[^3]`; posts link to evidence as `[[evidence:nk-cells#therapies]]`.
Both are small inline rules for markdown-it, built by `bracket_rule`.
"""

import re
from collections.abc import Callable
from functools import lru_cache

import nh3
from markdown_it import MarkdownIt

ARTICLE_TAGS = {"a", "blockquote", "em", "li", "ol", "p", "strong", "sup", "ul"}
ARTICLE_ATTRIBUTES = {"a": {"href", "class", "title"}, "sup": {"class"}}

_CITATION = re.compile(r"\[\^(\d{1,3})\]")


def bracket_rule(name: str, pattern: re.Pattern) -> Callable:
    """An inline rule that turns text matching *pattern* at `[` into one *name* token.

    The token's `meta["match"]` holds the match; a render rule turns it into HTML.
    """

    def rule(state, silent: bool) -> bool:
        if state.src[state.pos] != "[":
            return False
        match = pattern.match(state.src, state.pos)
        if match is None:
            return False
        if not silent:
            token = state.push(name, "", 0)
            token.meta = {"match": match}
        state.pos = match.end()
        return True

    return rule


def _render_citation(self, tokens, idx, options, env) -> str:
    number = int(tokens[idx].meta["match"].group(1))
    return (
        f'<sup class="citation"><a href="#source-{number}" '
        f'title="Source {number}">[{number}]</a></sup>'
    )


@lru_cache(maxsize=1)
def _article_parser() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": False, "typographer": False})
    md.inline.ruler.before("link", "citation", bracket_rule("citation", _CITATION))
    md.add_render_rule("citation", _render_citation)
    return md


@lru_cache(maxsize=1)
def _article_cleaner() -> nh3.Cleaner:
    return nh3.Cleaner(
        tags=ARTICLE_TAGS,
        attributes=ARTICLE_ATTRIBUTES,
        url_schemes={"http", "https"},
        link_rel=None,
    )


def render_article_markdown(text: str) -> str:
    """Render a section body to sanitized HTML, with citation markers as links."""
    return _article_cleaner().clean(_article_parser().render(text))


def citation_numbers(text: str) -> list[int]:
    """The source numbers a section body cites, in order of first appearance."""
    return list(dict.fromkeys(int(n) for n in _CITATION.findall(text)))


def plain_text(markdown_text: str) -> str:
    """A paragraph's words as readers see them, without citation markers or list marks."""
    text = _CITATION.sub("", markdown_text)
    return re.sub(r"^\s*[-*]\s+", "", text).strip()
