import pytest
from django.core.exceptions import PermissionDenied

from forum import posting
from forum.models import Notification, Post, Thread
from forum.moderation import actions
from forum.moderation.models import ModerationAction, QueueItem
from tests.factories import CategoryFactory

CURE = (
    "This miracle fertility tea healed my womb after 4 losses. It can heal yours too!"
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def thread(member):
    return posting.create_thread(
        member, category=CategoryFactory(), title="Hello", body="My story."
    )


@pytest.fixture
def held(thread, other_member):
    post = posting.create_post(other_member, thread=thread, body=CURE)
    assert post.status == Post.Status.PENDING
    return post


def test_approve_publishes_counts_notifies_and_logs(held, moderator, other_member):
    item = QueueItem.objects.get(post=held)

    action = actions.approve_item(item.pk, moderator=moderator, note="Fine in context")

    held.refresh_from_db()
    item.refresh_from_db()
    assert held.status == Post.Status.PUBLISHED
    assert held.thread.reply_count == 1
    assert item.resolved_by == moderator and item.resolution == "approved"
    assert (
        action.kind == ModerationAction.Kind.APPROVE
        and action.reason == "Fine in context"
    )
    assert Notification.objects.filter(
        recipient=other_member, kind="moderation"
    ).exists()


def test_reject_keeps_the_post_hidden_and_tells_the_author_why(
    held, moderator, other_member
):
    item = QueueItem.objects.get(post=held)

    actions.reject_item(
        item.pk, moderator=moderator, reason="Please don't promise cures."
    )

    held.refresh_from_db()
    assert held.status == Post.Status.REJECTED
    assert held.rejection_reason == "Please don't promise cures."
    note = Notification.objects.get(recipient=other_member, kind="moderation")
    assert "Please don't promise cures." in note.message
    assert ModerationAction.objects.get(kind="reject").moderator == moderator


def test_reject_needs_a_reason(held, moderator):
    item = QueueItem.objects.get(post=held)
    with pytest.raises(ValueError, match="reason"):
        actions.reject_item(item.pk, moderator=moderator, reason="  ")
    assert QueueItem.objects.get(pk=item.pk).resolved_at is None


def test_second_moderator_sees_already_handled(held, moderator, admin_user):
    item = QueueItem.objects.get(post=held)
    actions.approve_item(item.pk, moderator=moderator)
    with pytest.raises(actions.AlreadyHandled):
        actions.reject_item(item.pk, moderator=admin_user, reason="late")
    assert ModerationAction.objects.count() == 1


def test_members_cannot_moderate(held, member):
    item = QueueItem.objects.get(post=held)
    with pytest.raises(PermissionDenied):
        actions.approve_item(item.pk, moderator=member)


def test_approving_a_held_edit_replaces_the_text(thread, member, moderator):
    post = thread.posts.get()
    posting.edit_post(member, post=post, body=CURE)
    item = QueueItem.objects.get(post=post, kind="held_edit")

    actions.approve_item(item.pk, moderator=moderator)

    post.refresh_from_db()
    assert post.body == CURE and post.pending_body == ""
    assert post.revisions.first().body == "My story."


def test_rejecting_a_held_edit_keeps_the_old_text(thread, member, moderator):
    post = thread.posts.get()
    posting.edit_post(member, post=post, body=CURE)
    item = QueueItem.objects.get(post=post, kind="held_edit")

    actions.reject_item(item.pk, moderator=moderator, reason="No cure claims, please.")

    post.refresh_from_db()
    assert post.body == "My story." and post.pending_body == ""


def test_approving_a_held_thread_makes_it_public(member, moderator):
    thread = posting.create_thread(
        member, category=CategoryFactory(), title="Tea", body=CURE
    )
    item = QueueItem.objects.get(post__thread=thread)

    actions.approve_item(item.pk, moderator=moderator)

    assert Thread.objects.get(pk=thread.pk).status == Thread.Status.PUBLISHED
    assert (
        thread.category.__class__.objects.get(pk=thread.category_id).thread_count == 1
    )
