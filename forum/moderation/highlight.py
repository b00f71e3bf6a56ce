"""Mark the phrases that triggered screening inside a post's text, safely escaped."""

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe


def highlight_spans(text: str, spans) -> SafeString:
    """Return *text* escaped, each (start, end, title) span wrapped in <mark>."""
    pieces, cursor = [], 0
    for start, end, title in sorted(s for s in spans if s[1] > s[0]):
        start = max(start, cursor)
        if start >= end or end > len(text):
            continue
        pieces.append(escape(text[cursor:start]))
        pieces.append(f'<mark title="{escape(title)}">{escape(text[start:end])}</mark>')
        cursor = end
    pieces.append(escape(text[cursor:]))
    return mark_safe("".join(pieces))  # noqa: S308 - every piece is escaped above
