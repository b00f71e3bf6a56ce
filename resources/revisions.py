"""Every change to an article keeps a revision: a full snapshot editors can compare."""

from resources.models import Article, ArticleRevision

ARTICLE_FIELDS = (
    "title", "slug", "short_key", "summary", "author_name", "author_credentials",
    "author_bio", "publisher", "sources_note", "image_caption", "image_credit",
    "published_on", "last_reviewed_on", "status",
)  # fmt: skip
SOURCE_FIELDS = (
    "number",
    "authors",
    "title",
    "journal",
    "year",
    "volume",
    "issue",
    "pages",
    "doi",
)


def snapshot(article: Article) -> dict:
    """The article with its sections, key points and sources, as JSON-ready data."""
    data = {field: str(getattr(article, field)) for field in ARTICLE_FIELDS}
    data["sections"] = [
        {"slug": s.slug, "heading": s.heading, "body": s.body}
        for s in article.sections.all()
    ]
    data["key_points"] = [
        {"text": k.text, "section": k.section.slug if k.section else ""}
        for k in article.key_points.select_related("section")
    ]
    data["sources"] = [
        {field: getattr(s, field) for field in SOURCE_FIELDS}
        for s in article.sources.all()
    ]
    return data


def record_revision(
    article: Article, *, editor=None, note: str = ""
) -> ArticleRevision:
    """Store a snapshot of *article* as it is now, unless nothing changed since the last."""
    data = snapshot(article)
    last = article.revisions.first()
    if last is not None and last.snapshot == data:
        return last
    return ArticleRevision.objects.create(
        article=article, editor=editor, note=note[:200], snapshot=data
    )
