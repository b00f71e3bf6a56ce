from django.contrib import admin
from django.db.models import F
from django.utils import timezone

from forum.markdown import render_markdown
from forum.models import Category, Post, PostRevision, Thread


@admin.register(Category)
class CategoryAdmin(admin.ModelAdmin):
    list_display = [
        "name",
        "order",
        "login_required",
        "content_note",
        "thread_count",
        "post_count",
    ]
    list_editable = ["order"]
    list_filter = ["login_required"]
    search_fields = ["name", "description"]
    prepopulated_fields = {"slug": ["name"]}
    readonly_fields = ["thread_count", "post_count", "last_activity_at", "last_thread"]


@admin.register(Thread)
class ThreadAdmin(admin.ModelAdmin):
    list_display = [
        "title",
        "category",
        "author",
        "status",
        "reply_count",
        "pinned",
        "locked",
        "last_activity_at",
    ]
    list_filter = ["status", "pinned", "locked", "category"]
    list_select_related = ["category", "author"]
    search_fields = ["title", "author__display_name"]
    raw_id_fields = ["author", "last_poster"]
    readonly_fields = ["reply_count", "created_at"]
    actions = ["pin", "unpin", "lock", "unlock"]
    date_hierarchy = "created_at"
    show_full_result_count = False  # a COUNT(*) over millions of rows on every page

    def save_model(self, request, obj, form, change):
        moved_from = form.initial.get("category") if change else None
        super().save_model(request, obj, form, change)
        if moved_from and moved_from != obj.category_id:
            # Moving a thread carries its counts to the new category.
            posts = obj.reply_count + 1
            Category.objects.filter(pk=moved_from).update(
                thread_count=F("thread_count") - 1, post_count=F("post_count") - posts
            )
            Category.objects.filter(pk=obj.category_id).update(
                thread_count=F("thread_count") + 1, post_count=F("post_count") + posts
            )

    @admin.action(description="Pin selected threads")
    def pin(self, request, queryset):
        queryset.update(pinned=True)

    @admin.action(description="Unpin selected threads")
    def unpin(self, request, queryset):
        queryset.update(pinned=False)

    @admin.action(description="Lock selected threads (no new replies)")
    def lock(self, request, queryset):
        queryset.update(locked=True)

    @admin.action(description="Unlock selected threads")
    def unlock(self, request, queryset):
        queryset.update(locked=False)


class RevisionInline(admin.TabularInline):
    model = PostRevision
    extra = 0
    fields = ["created_at", "editor", "body"]
    readonly_fields = fields
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Post)
class PostAdmin(admin.ModelAdmin):
    list_display = [
        "__str__",
        "thread",
        "author",
        "status",
        "created_at",
        "support_count",
    ]
    list_filter = ["status", "is_opening", "thread__category"]
    list_select_related = ["thread", "author"]
    search_fields = ["body", "author__display_name"]
    raw_id_fields = ["thread", "author"]
    readonly_fields = [
        "body_html",
        "render_version",
        "support_count",
        "created_at",
        "edited_at",
    ]
    inlines = [RevisionInline]
    show_full_result_count = False

    def get_readonly_fields(self, request, obj=None):
        # Status moves through moderation actions, which keep the counters right.
        return [*self.readonly_fields, "status", "is_opening"]

    def save_model(self, request, obj, form, change):
        if change and "body" in form.changed_data:
            PostRevision.objects.create(
                post=obj, body=form.initial.get("body", ""), editor=request.user
            )
            obj.body_html = render_markdown(obj.body)
            obj.edited_at = timezone.now()
        super().save_model(request, obj, form, change)
