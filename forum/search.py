"""Full-text search over published posts: PostgreSQL FTS (GIN index) or SQLite FTS5.

The indexes are created by migration 0002_search: a functional GIN index on PostgreSQL,
an external-content FTS5 table kept in sync by triggers on SQLite.
"""

import re

from django.db import connection
from django.db.models.expressions import RawSQL
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from forum.models import Category, Post, Thread

MAX_QUERY_LENGTH = 200
# A query matching a large share of a million posts would otherwise rank and count every
# match on each page view; like mature forums we rank at most this many candidates.
MAX_CANDIDATES = 1000
SNIPPET_CHARS = 220
_WORD = re.compile(r"\w+", re.UNICODE)


def search_posts(query: str, user):
    """Published posts matching *query* that *user* may read, best matches first."""
    query = query.strip()[:MAX_QUERY_LENGTH]
    words = _WORD.findall(query)
    posts = Post.objects.published().filter(
        thread__in=Thread.objects.visible_to(user).filter(
            status=Thread.Status.PUBLISHED,
            category__in=Category.objects.readable_by(user),
        )
    )
    if not words:
        return posts.none()
    if connection.vendor == "postgresql":
        from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector

        vector = SearchVector("body", config="english")  # matches the GIN index
        search = SearchQuery(query, config="english", search_type="websearch")
        # No ORDER BY in the candidates: the scan stops after MAX_CANDIDATES matches.
        candidates = (
            posts.annotate(search=vector)
            .filter(search=search)
            .values("pk")[:MAX_CANDIDATES]
        )
        return (
            Post.objects.filter(pk__in=candidates)
            .annotate(rank=SearchRank(vector, search))
            .order_by("-rank", "-created_at")
        )
    # FTS5: quote every word so punctuation in the query can't be read as syntax.
    match = " ".join('"{}"'.format(word.replace('"', '""')) for word in words)
    return posts.filter(
        pk__in=RawSQL(
            "SELECT rowid FROM forum_post_fts WHERE forum_post_fts MATCH %s "
            "ORDER BY rank LIMIT %s",
            [match, MAX_CANDIDATES],
        )
    ).order_by("-created_at")


def highlight(text: str, query: str) -> SafeString:
    """An escaped snippet of *text* around the first query word, words in <mark>."""
    words = sorted({w.casefold() for w in _WORD.findall(query) if len(w) > 1}, key=len)
    if not words:
        return escape(text[:SNIPPET_CHARS])
    pattern = re.compile("|".join(re.escape(w) for w in reversed(words)), re.IGNORECASE)
    first = pattern.search(text)
    start = max(0, first.start() - SNIPPET_CHARS // 3) if first else 0
    window = text[start : start + SNIPPET_CHARS]
    parts, last = [], 0
    for found in pattern.finditer(window):
        parts.append(escape(window[last : found.start()]))
        parts.append(f"<mark>{escape(found.group())}</mark>")
        last = found.end()
    parts.append(escape(window[last:]))
    prefix = "…" if start else ""
    suffix = "…" if start + SNIPPET_CHARS < len(text) else ""
    return mark_safe(prefix + "".join(parts) + suffix)  # noqa: S308 - every part escaped
