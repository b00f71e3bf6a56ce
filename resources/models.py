"""Evidence articles as structured content: sections, key points, sources and topics."""

from django.conf import settings
from django.db import models
from django.urls import reverse

from resources.rendering import render_article_markdown


class ArticleQuerySet(models.QuerySet):
    def published(self):
        return self.filter(status=Article.Status.PUBLISHED)


class Article(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", "Draft"
        PUBLISHED = "published", "Published"

    title = models.CharField(max_length=200)
    slug = models.SlugField(max_length=200, unique=True)
    short_key = models.SlugField(
        max_length=40,
        unique=True,
        help_text="Short name used in posts: [[evidence:KEY#section]].",
    )
    summary = models.TextField(help_text="The opening paragraph, shown as the lede.")
    author_name = models.CharField(max_length=200)
    author_credentials = models.CharField(max_length=100, blank=True)
    author_bio = models.TextField(blank=True)
    publisher = models.CharField(
        max_length=200, blank=True, help_text="Where the article was first published."
    )
    sources_note = models.TextField(blank=True)
    image_caption = models.TextField(blank=True)
    image_credit = models.CharField(max_length=200, blank=True)
    published_on = models.DateField()
    last_reviewed_on = models.DateField()
    status = models.CharField(
        max_length=10, choices=Status.choices, default=Status.DRAFT, db_index=True
    )
    # Checksum of the shipped copy last loaded, so `load_article` never overwrites an
    # editor's admin changes with the same file again.
    content_checksum = models.CharField(max_length=64, blank=True, editable=False)
    updated_at = models.DateTimeField(auto_now=True)

    objects = ArticleQuerySet.as_manager()

    class Meta:
        ordering = ["title"]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("resources:article", args=[self.slug])

    @property
    def byline(self) -> str:
        if self.author_credentials:
            return f"{self.author_name}, {self.author_credentials}"
        return self.author_name


class Section(models.Model):
    article = models.ForeignKey(
        Article, on_delete=models.CASCADE, related_name="sections"
    )
    order = models.PositiveSmallIntegerField(default=0)
    heading = models.CharField(max_length=200)
    slug = models.SlugField(max_length=200, help_text="The anchor: #slug.")
    body = models.TextField(
        help_text="Markdown: paragraphs, lists, and [^n] to cite source n."
    )
    body_html = models.TextField(blank=True, editable=False)

    class Meta:
        ordering = ["article", "order", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["article", "slug"], name="section_slug_unique_per_article"
            )
        ]

    def __str__(self) -> str:
        return self.heading

    def save(self, *args, **kwargs):
        # Rendered once on save, like posts: pages never render Markdown per request.
        self.body_html = render_article_markdown(self.body)
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return f"{self.article.get_absolute_url()}#{self.slug}"


class KeyPoint(models.Model):
    article = models.ForeignKey(
        Article, on_delete=models.CASCADE, related_name="key_points"
    )
    order = models.PositiveSmallIntegerField(default=0)
    text = models.CharField(max_length=300)
    section = models.ForeignKey(
        Section,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="key_points",
        help_text="The section that says more.",
    )

    class Meta:
        ordering = ["article", "order", "pk"]

    def __str__(self) -> str:
        return self.text


class Source(models.Model):
    article = models.ForeignKey(
        Article, on_delete=models.CASCADE, related_name="sources"
    )
    number = models.PositiveSmallIntegerField()
    authors = models.CharField(max_length=500)
    title = models.CharField(max_length=500)
    journal = models.CharField(max_length=200)
    year = models.PositiveSmallIntegerField()
    volume = models.CharField(max_length=20, blank=True)
    issue = models.CharField(max_length=20, blank=True)
    pages = models.CharField(max_length=30, blank=True)
    doi = models.CharField(
        "DOI", max_length=200, blank=True, help_text="For example 10.1042/CS20171070."
    )

    class Meta:
        ordering = ["article", "number"]
        constraints = [
            models.UniqueConstraint(
                fields=["article", "number"], name="source_number_unique_per_article"
            )
        ]

    def __str__(self) -> str:
        return f"{self.number}. {self.citation}"

    @property
    def citation(self) -> str:
        """The citation as the original prints it: Authors. Title. Journal. Year;(Vol)No:pp."""
        where = f"{self.year};"
        if self.volume:
            where += f"({self.volume})"
        where += self.issue
        if self.pages:
            where += f":{self.pages}"
        return f"{self.authors}. {self.title}. {self.journal}. {where}."

    @property
    def doi_url(self) -> str:
        return f"https://doi.org/{self.doi}" if self.doi else ""


class Topic(models.Model):
    """A subject members write about, tied to the sections of the evidence on it."""

    name = models.CharField(max_length=100)
    slug = models.SlugField(max_length=100, unique=True)
    terms = models.TextField(
        help_text="One word or phrase per line, matched case-insensitively as whole words."
    )
    key_point = models.ForeignKey(
        KeyPoint,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="topics",
        help_text="What the evidence card says about this topic.",
    )
    sections = models.ManyToManyField(Section, related_name="topics", blank=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    @property
    def term_list(self) -> list[str]:
        return [line.strip() for line in self.terms.splitlines() if line.strip()]


class SupportOrganisation(models.Model):
    name = models.CharField(max_length=200)
    url = models.URLField("website")
    region = models.CharField(max_length=100, blank=True)
    description = models.CharField(max_length=300, blank=True)
    order = models.PositiveSmallIntegerField(default=0)
    is_active = models.BooleanField("shown", default=True)

    class Meta:
        ordering = ["order", "name"]

    def __str__(self) -> str:
        return self.name


class ArticleRevision(models.Model):
    """A snapshot of an article (with its sections, key points and sources) after a change."""

    article = models.ForeignKey(
        Article, on_delete=models.CASCADE, related_name="revisions"
    )
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    editor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    note = models.CharField(max_length=200, blank=True)
    snapshot = models.JSONField()

    class Meta:
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.article} at {self.created_at:%Y-%m-%d %H:%M}"
