"""What moderators do. Each action: check -> lock -> change -> one ModerationAction row."""

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone

from accounts.models import User
from accounts.roles import is_moderator
from forum import notifications
from forum.models import Post, Thread
from forum.moderation.models import Flag, ModerationAction, QueueItem
from forum.posting import apply_edit, publish_post


class AlreadyHandled(Exception):
    """Another moderator resolved the item first."""

    def __init__(self, item: QueueItem):
        super().__init__(f"Already handled ({item.resolution or 'resolved'}).")
        self.item = item


def check_can_moderate(user: User) -> None:
    if not is_moderator(user):
        raise PermissionDenied("Only moderators can do this.")


def _lock_open_item(item_id: int) -> QueueItem:
    item = (
        QueueItem.objects.select_for_update()
        .select_related("post__thread", "post__author")
        .get(pk=item_id)
    )
    if item.resolved_at is not None:
        raise AlreadyHandled(item)
    return item


def approve_item(item_id: int, *, moderator: User, note: str = "") -> ModerationAction:
    """Publish a held post, apply a held edit, or clear a flag on a published post."""
    check_can_moderate(moderator)
    with transaction.atomic():
        item = _lock_open_item(item_id)
        post = item.post
        if item.kind == QueueItem.Kind.HELD_EDIT:
            kind = ModerationAction.Kind.APPROVE_EDIT
            data = {"before": post.body, "after": post.pending_body}
            apply_edit(
                post,
                body=post.pending_body,
                body_html=post.pending_body_html,
                editor=post.author,
            )
            message = f"Your edit in “{post.thread.title}” was approved."
        else:
            kind = ModerationAction.Kind.APPROVE
            data = {"status_before": post.status}
            if post.status == Post.Status.PENDING:
                publish_post(post)
            message = f"Your post in “{post.thread.title}” is now published."
        item.resolve(by=moderator, resolution="approved")
        if item.kind != QueueItem.Kind.FLAGGED:
            notifications.notify(
                post.author, kind="moderation", message=message, post=post
            )
        return ModerationAction.objects.create(
            moderator=moderator,
            kind=kind,
            post=post,
            member=post.author,
            reason=note,
            data=data,
        )


def reject_item(item_id: int, *, moderator: User, reason: str) -> ModerationAction:
    """Reject a held post or edit; the author is told the reason."""
    check_can_moderate(moderator)
    reason = reason.strip()
    if not reason:
        raise ValueError("Please give the author a reason.")
    with transaction.atomic():
        item = _lock_open_item(item_id)
        post = item.post
        if item.kind == QueueItem.Kind.HELD_EDIT:
            kind = ModerationAction.Kind.REJECT_EDIT
            data = {"rejected_text": post.pending_body}
            post.pending_body = post.pending_body_html = ""
            post.save(update_fields=["pending_body", "pending_body_html"])
            message = f"Your edit in “{post.thread.title}” was not published: {reason}"
        else:
            kind = ModerationAction.Kind.REJECT
            data = {"status_before": post.status}
            if post.status == Post.Status.PUBLISHED:
                raise ValueError(
                    "This post is already published; edit or remove it instead."
                )
            post.status = Post.Status.REJECTED
            post.rejection_reason = reason
            post.save(update_fields=["status", "rejection_reason"])
            if post.is_opening:
                Thread.objects.filter(pk=post.thread_id).update(
                    status=Thread.Status.REJECTED
                )
            message = f"Your post in “{post.thread.title}” was not published: {reason}"
        item.resolve(by=moderator, resolution="rejected")
        notifications.notify(post.author, kind="moderation", message=message)
        return ModerationAction.objects.create(
            moderator=moderator,
            kind=kind,
            post=post,
            member=post.author,
            reason=reason,
            data=data,
        )


def flag_published_post(
    post: Post, *, matches, rule_change: str = ""
) -> QueueItem | None:
    """Put a published post that now matches a rule in the queue; it stays visible."""
    with transaction.atomic():
        if QueueItem.objects.filter(
            post=post, kind=QueueItem.Kind.FLAGGED, resolved_at__isnull=True
        ).exists():
            return None
        item = QueueItem.objects.create(post=post, kind=QueueItem.Kind.FLAGGED)
        Flag.objects.bulk_create(
            Flag.from_match(match, post=post, queue_item=item) for match in matches
        )
        ModerationAction.objects.create(
            kind=ModerationAction.Kind.FLAG,
            post=post,
            member=post.author,
            reason=rule_change or "Re-screening after a rule change.",
            data={"rules": sorted({m.rule for m in matches})},
            created_at=timezone.now(),
        )
        return item
