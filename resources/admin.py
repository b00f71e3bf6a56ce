from django.contrib import admin
from django.utils.html import format_html

from resources.models import (
    Article,
    ArticleRevision,
    KeyPoint,
    Section,
    Source,
    SupportOrganisation,
    Topic,
)
from resources.revisions import record_revision


class SectionInline(admin.StackedInline):
    model = Section
    extra = 0
    fields = ["order", "heading", "slug", "body"]
    prepopulated_fields = {"slug": ["heading"]}


class KeyPointInline(admin.TabularInline):
    model = KeyPoint
    extra = 0
    fields = ["order", "text", "section"]

    def get_formset(self, request, obj=None, **kwargs):
        self._article = obj
        return super().get_formset(request, obj, **kwargs)

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "section":
            # Only this article's sections: a key point links within its article.
            article = getattr(self, "_article", None)
            kwargs["queryset"] = Section.objects.filter(article=article)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


class SourceInline(admin.TabularInline):
    model = Source
    extra = 0
    fields = [
        "number",
        "authors",
        "title",
        "journal",
        "year",
        "volume",
        "issue",
        "pages",
        "doi",
    ]


class RevisionInline(admin.TabularInline):
    model = ArticleRevision
    extra = 0
    fields = ["created_at", "editor", "note"]
    readonly_fields = fields
    can_delete = False
    show_change_link = True
    ordering = ["-created_at", "-pk"]

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = [
        "title",
        "status",
        "last_reviewed_on",
        "updated_at",
        "view_on_site_link",
    ]
    list_filter = ["status"]
    search_fields = ["title", "summary", "author_name"]
    prepopulated_fields = {"slug": ["title"]}
    inlines = [KeyPointInline, SectionInline, SourceInline, RevisionInline]
    fieldsets = [
        (None, {"fields": ["title", "slug", "short_key", "status", "summary"]}),
        ("Author and origin", {"fields": [
            "author_name", "author_credentials", "author_bio", "publisher",
            "sources_note", "image_caption", "image_credit",
        ]}),
        ("Review", {"fields": ["published_on", "last_reviewed_on"]}),
    ]  # fmt: skip

    @admin.display(description="On the site")
    def view_on_site_link(self, article):
        return format_html('<a href="{}">View</a>', article.get_absolute_url())

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        # Inlines are saved by now, so the snapshot holds the whole article as edited.
        note = "Created in the admin" if not change else "Edited in the admin"
        record_revision(form.instance, editor=request.user, note=note)


@admin.register(ArticleRevision)
class ArticleRevisionAdmin(admin.ModelAdmin):
    list_display = ["article", "created_at", "editor", "note"]
    list_filter = ["article"]
    list_select_related = ["article", "editor"]
    readonly_fields = ["article", "created_at", "editor", "note", "snapshot"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(Topic)
class TopicAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "key_point"]
    list_select_related = ["key_point"]
    search_fields = ["name", "terms"]
    prepopulated_fields = {"slug": ["name"]}
    filter_horizontal = ["sections"]
    autocomplete_fields = ["key_point"]


@admin.register(KeyPoint)
class KeyPointAdmin(admin.ModelAdmin):
    list_display = ["text", "article", "section"]
    list_select_related = ["article", "section"]
    search_fields = ["text"]


@admin.register(SupportOrganisation)
class SupportOrganisationAdmin(admin.ModelAdmin):
    list_display = ["name", "region", "url", "order", "is_active"]
    list_editable = ["order", "is_active"]
    list_filter = ["is_active", "region"]
    search_fields = ["name", "description"]
