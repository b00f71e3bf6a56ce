import pytest
from django.core.exceptions import PermissionDenied

from forum import posting
from forum.models import (
    Category,
    Notification,
    Post,
    PostRevision,
    Subscription,
    Thread,
)
from forum.moderation.models import Flag, QueueItem
from tests.factories import CategoryFactory, UserFactory

CURE = "Take prednisolone from your positive test and you will never miscarry again, guaranteed."


@pytest.fixture
def category(db):
    return CategoryFactory()


@pytest.fixture
def thread(member, category):
    return posting.create_thread(
        member, category=category, title="Hello", body="My story, in short."
    )


def test_create_thread_publishes_and_counts(member, category):
    thread = posting.create_thread(
        member, category=category, title="  First steps  ", body="Hello **all**"
    )

    category.refresh_from_db()
    member.refresh_from_db()
    opening = thread.posts.get()
    assert thread.title == "First steps"
    assert thread.status == Thread.Status.PUBLISHED
    assert (
        opening.is_opening
        and opening.body_html == "<p>Hello <strong>all</strong></p>\n"
    )
    assert (category.thread_count, category.post_count) == (1, 1)
    assert category.last_thread_id == thread.pk
    assert member.post_count == 1
    assert Subscription.objects.filter(user=member, thread=thread).exists()


def test_reply_counts_subscribes_and_notifies_subscribers(
    thread, member, other_member, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        post = posting.create_post(other_member, thread=thread, body="Thinking of you.")

    thread.refresh_from_db()
    assert post.status == Post.Status.PUBLISHED
    assert thread.reply_count == 1
    assert thread.last_poster == other_member
    assert Subscription.objects.filter(user=other_member, thread=thread).exists()
    notification = Notification.objects.get(recipient=member)
    assert notification.post == post
    assert not Notification.objects.filter(recipient=other_member).exists()


def test_subscribers_who_opted_in_get_an_email_without_the_post_text(
    thread, member, other_member, django_capture_on_commit_callbacks, mailoutbox
):
    member.email_notifications = True
    member.save()

    with django_capture_on_commit_callbacks(execute=True):
        post = posting.create_post(
            other_member, thread=thread, body="Private words here."
        )

    assert [m.to for m in mailoutbox] == [[member.email]]
    assert "Private words here" not in mailoutbox[0].body
    assert f"/p/{post.pk}/" in mailoutbox[0].body  # a link to the reply instead


def test_cure_promise_is_held_not_counted_and_queued_with_its_phrase(
    thread, other_member
):
    post = posting.create_post(other_member, thread=thread, body=CURE)

    thread.refresh_from_db()
    assert post.status == Post.Status.PENDING
    assert thread.reply_count == 0
    item = QueueItem.objects.get(post=post)
    assert item.kind == QueueItem.Kind.HELD_POST
    flag = Flag.objects.filter(post=post, source="detector").first()
    assert flag is not None and flag.text and flag.text in CURE


def test_held_opening_post_holds_the_thread(member, category):
    thread = posting.create_thread(
        member, category=category, title="This tea heals", body=CURE
    )

    assert thread.status == Thread.Status.PENDING
    category.refresh_from_db()
    assert category.thread_count == 0


def test_suspended_member_cannot_post(suspended_member, thread):
    with pytest.raises(PermissionDenied, match="suspended"):
        posting.create_post(suspended_member, thread=thread, body="hello")


def test_unverified_member_cannot_post(thread):
    unverified = UserFactory(verified=False)
    with pytest.raises(PermissionDenied, match="confirm your email"):
        posting.create_post(unverified, thread=thread, body="hello")


def test_locked_thread_refuses_replies_but_moderators_may(
    thread, other_member, moderator
):
    Thread.objects.filter(pk=thread.pk).update(locked=True)

    with pytest.raises(PermissionDenied, match="locked"):
        posting.create_post(other_member, thread=thread, body="hello")
    assert posting.create_post(moderator, thread=thread, body="A note from the team.")


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("", "can't be empty"),
        ("   \n\t ", "can't be empty"),
        ("a\x00b", "null character"),
        ("x" * 20_001, "at most 20,000 characters"),
        ("> " * 30 + "deep", "nests quotes or lists too deeply"),
        ("bad \ud800 surrogate", "aren't valid text"),
    ],
)
def test_bad_bodies_are_refused_with_a_message(thread, other_member, body, message):
    with pytest.raises(posting.PostingError, match=message):
        posting.create_post(other_member, thread=thread, body=body)
    assert thread.posts.count() == 1


def test_empty_title_is_refused(member, category):
    with pytest.raises(posting.PostingError, match="title"):
        posting.create_thread(member, category=category, title="  ", body="hi")
    assert not Thread.objects.exists()


def test_double_submission_returns_the_first_post(thread, other_member):
    first = posting.create_post(other_member, thread=thread, body="Same words")
    second = posting.create_post(other_member, thread=thread, body="Same words")

    assert first.pk == second.pk
    thread.refresh_from_db()
    assert thread.reply_count == 1


def test_double_submitted_thread_is_created_once(member, category):
    one = posting.create_thread(member, category=category, title="T", body="B")
    two = posting.create_thread(member, category=category, title="T", body="B")
    assert one.pk == two.pk
    assert Category.objects.get(pk=category.pk).thread_count == 1


def test_posting_is_rate_limited(thread, other_member, settings):
    settings.FORUM_POST_RATE = "2/m"
    posting.create_post(other_member, thread=thread, body="one")
    posting.create_post(other_member, thread=thread, body="two")

    with pytest.raises(posting.RateLimited, match="faster than we allow"):
        posting.create_post(other_member, thread=thread, body="three")
    assert thread.posts.count() == 3


def test_edit_keeps_a_revision(thread, member):
    post = thread.posts.get()
    posting.edit_post(member, post=post, body="A clearer story.")

    post.refresh_from_db()
    assert post.body == "A clearer story."
    assert post.edited_at is not None
    assert PostRevision.objects.get(post=post).body == "My story, in short."


def test_edit_adding_a_cure_claim_is_held_while_the_old_text_stays_up(thread, member):
    post = thread.posts.get()
    posting.edit_post(member, post=post, body=CURE)

    post.refresh_from_db()
    assert post.status == Post.Status.PUBLISHED
    assert post.body == "My story, in short."
    assert post.pending_body == CURE
    assert QueueItem.objects.get(post=post).kind == QueueItem.Kind.HELD_EDIT


def test_member_cannot_edit_someone_elses_post(thread, other_member):
    with pytest.raises(PermissionDenied):
        posting.edit_post(other_member, post=thread.posts.get(), body="mine now")


def test_remove_own_post_keeps_the_thread_shape(thread, member, other_member):
    reply = posting.create_post(other_member, thread=thread, body="I'll delete this")

    posting.remove_own_post(other_member, post=reply)

    reply.refresh_from_db()
    other_member.refresh_from_db()
    assert reply.status == Post.Status.REMOVED
    assert reply.body == ""
    assert "Removed by its author" in reply.body_html
    assert PostRevision.objects.get(post=reply).body == "I'll delete this"
    assert other_member.post_count == 0
    assert thread.posts.count() == 2


def test_support_toggles_counts_and_notifies(thread, member, other_member):
    post = thread.posts.get()

    assert posting.toggle_support(other_member, post=post) is True
    post.refresh_from_db()
    assert post.support_count == 1
    assert Notification.objects.filter(recipient=member, kind="reaction").exists()

    assert posting.toggle_support(other_member, post=post) is False
    post.refresh_from_db()
    assert post.support_count == 0


def test_members_cannot_support_their_own_post(thread, member):
    with pytest.raises(PermissionDenied):
        posting.toggle_support(member, post=thread.posts.get())


def test_unsubscribe_stops_reply_notifications(
    thread, member, other_member, django_capture_on_commit_callbacks
):
    posting.set_subscribed(member, thread=thread, subscribed=False)

    with django_capture_on_commit_callbacks(execute=True):
        posting.create_post(other_member, thread=thread, body="hello")

    assert not Notification.objects.filter(recipient=member).exists()


def test_notify_subscribers_is_safe_to_run_twice(thread, member, other_member):
    from forum.notifications import notify_subscribers

    post = posting.create_post(other_member, thread=thread, body="hello")
    notify_subscribers.call(post.pk)
    notify_subscribers.call(post.pk)

    assert Notification.objects.filter(recipient=member, post=post).count() == 1


def test_premoderation_holds_a_new_members_first_posts(thread, settings):
    settings.MODERATION_PREMODERATE_FIRST_POSTS = 1
    newcomer = UserFactory()

    first = posting.create_post(newcomer, thread=thread, body="Hello, I'm new.")

    assert first.status == Post.Status.PENDING
    assert Flag.objects.get(post=first).source == "premoderation"
