"""Moderation in the Django admin, until the moderation queue has its own pages."""

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import render
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe

from forum.models import Post
from forum.moderation import actions
from forum.moderation.highlight import highlight_spans
from forum.moderation.models import Flag, ModerationAction, QueueItem, WatchedPhrase
from forum.moderation.watched import build_regex

TEST_SAMPLE_SIZE = 500


class FlagInline(admin.TabularInline):
    model = Flag
    extra = 0
    fields = ["source", "rule", "text", "reason"]
    readonly_fields = fields
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False


class RejectForm(forms.Form):
    reason = forms.CharField(
        label="Reason the author will see",
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text="Be kind and specific. You can link to the evidence with "
        "[[evidence:nk-cells#therapies]].",
    )


@admin.register(QueueItem)
class QueueItemAdmin(admin.ModelAdmin):
    list_display = ["created_at", "kind", "author", "excerpt", "triggers", "resolution"]
    list_filter = ["kind", ("resolved_at", admin.EmptyFieldListFilter)]
    list_select_related = ["post__author", "post__thread"]
    readonly_fields = [
        "kind", "post_link", "author", "highlighted_text", "why", "created_at",
        "resolved_at", "resolved_by", "resolution",
    ]  # fmt: skip
    fields = readonly_fields
    inlines = [FlagInline]
    actions = ["approve", "reject"]
    ordering = ["resolved_at", "created_at"]

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("flags")

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    @admin.display(description="Author")
    def author(self, item):
        return item.post.author.display_name

    @admin.display(description="Post")
    def excerpt(self, item):
        return (item.post.pending_body or item.post.body)[:120]

    @admin.display(description="Triggered by")
    def triggers(self, item):
        return ", ".join(f"“{f.text}”" for f in item.flags.all() if f.text) or "—"

    @admin.display(description="Thread")
    def post_link(self, item):
        return format_html(
            '<a href="{}">{}</a>', item.post.get_absolute_url(), item.post.thread.title
        )

    @admin.display(description="Text, with what triggered screening highlighted")
    def highlighted_text(self, item):
        text = item.post.pending_body if item.kind == "held_edit" else item.post.body
        spans = [(f.start, f.end, f.reason) for f in item.flags.all()]
        # Line breaks kept without inline styles (the CSP forbids them).
        html = str(highlight_spans(text, spans)).replace("\n", "<br>")
        return format_html("<div>{}</div>", mark_safe(html))  # noqa: S308 - escaped

    @admin.display(description="Why it was held")
    def why(self, item):
        evidence = reverse(
            "resources:article", args=["nk-cells-and-recurrent-miscarriage"]
        )
        reasons = format_html_join(
            "", "<li><strong>{}</strong>: {}</li>",
            ((f.text or f.get_source_display(), f.reason) for f in item.flags.all()),
        )  # fmt: skip
        return format_html(
            '<ul>{}</ul><p><a href="{}#therapies-for-miscarriage">'
            "What the evidence says about treatments</a></p>",
            reasons,
            evidence,
        )

    @admin.action(description="Approve (publish) selected items")
    def approve(self, request, queryset):
        done = self._each(request, queryset, actions.approve_item)
        if done:
            self.message_user(request, f"Approved {done} item(s).", messages.SUCCESS)

    @admin.action(description="Reject selected items with a reason…")
    def reject(self, request, queryset):
        form = RejectForm(request.POST if "apply" in request.POST else None)
        if form.is_valid():
            reason = form.cleaned_data["reason"]
            done = self._each(
                request,
                queryset,
                lambda pk, moderator: actions.reject_item(
                    pk, moderator=moderator, reason=reason
                ),
            )
            if done:
                self.message_user(
                    request, f"Rejected {done} item(s).", messages.SUCCESS
                )
            return None
        return render(
            request,
            "moderation/admin_reject.html",
            {
                **self.admin_site.each_context(request),
                "form": form,
                "items": queryset,
                "action_checkbox_name": admin.helpers.ACTION_CHECKBOX_NAME,
                "title": "Reject with a reason",
            },
        )

    def _each(self, request, queryset, action):
        done = 0
        for item in queryset:
            try:
                action(item.pk, moderator=request.user)
                done += 1
            except actions.AlreadyHandled as error:
                self.message_user(request, f"Item {item.pk}: {error}", messages.WARNING)
            except (ValueError, PermissionDenied) as error:
                self.message_user(request, f"Item {item.pk}: {error}", messages.ERROR)
        return done


class WatchedPhraseForm(forms.ModelForm):
    test_only = forms.BooleanField(
        label="Test only (don't save)",
        required=False,
        help_text=f"Show which of the latest {TEST_SAMPLE_SIZE} posts this phrase "
        "would catch, without saving it.",
    )

    class Meta:
        model = WatchedPhrase
        fields = ["pattern", "is_regex", "kind", "action", "message", "is_active"]

    def clean(self):
        cleaned = super().clean()
        pattern = cleaned.get("pattern")
        if not pattern:
            return cleaned
        try:
            regex = build_regex(pattern, is_regex=cleaned.get("is_regex", False))
        except ValidationError as error:
            raise ValidationError({"pattern": error.messages}) from error
        if cleaned.get("test_only"):
            # Shown as a form message so nothing is saved and the input stays as typed.
            raise ValidationError(self.describe_catches(regex))
        return cleaned

    @staticmethod
    def describe_catches(regex) -> list[str]:
        recent = Post.objects.order_by("-pk").values_list("pk", "body")[
            :TEST_SAMPLE_SIZE
        ]
        caught = []
        for pk, body in recent:
            found = regex.search(body)
            if found:
                start = max(0, found.start() - 40)
                caught.append(f"Post {pk}: …{body[start : found.end() + 40]}…")
        summary = (
            f"Test only: this would catch {len(caught)} of the latest "
            f"{len(recent)} posts. Untick 'Test only' to save."
        )
        return [summary, *caught[:20]]


@admin.register(WatchedPhrase)
class WatchedPhraseAdmin(admin.ModelAdmin):
    form = WatchedPhraseForm
    list_display = ["pattern", "is_regex", "kind", "action", "is_active", "created_by"]
    list_filter = ["action", "is_active", "is_regex", "kind"]
    search_fields = ["pattern", "kind", "message"]
    fields = [
        "pattern",
        "is_regex",
        "kind",
        "action",
        "message",
        "is_active",
        "test_only",
    ]

    def save_model(self, request, obj, form, change):
        if not change:
            obj.created_by = request.user
        super().save_model(request, obj, form, change)


@admin.register(ModerationAction)
class ModerationActionAdmin(admin.ModelAdmin):
    """The audit log is append-only: readable, never editable."""

    list_display = ["created_at", "kind", "moderator", "member", "post", "reason"]
    list_filter = ["kind"]
    list_select_related = ["moderator", "member", "post"]
    search_fields = ["reason", "moderator__display_name", "member__display_name"]
    date_hierarchy = "created_at"

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
