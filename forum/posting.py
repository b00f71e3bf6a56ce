"""Writing to the forum: every new thread, reply, edit and removal goes through here.

Each function checks permission, validates, screens, and saves post, flags, counters and
subscriptions in one transaction; notifications are queued after commit.
"""

from datetime import timedelta

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from django_ratelimit.core import get_usage

from accounts.models import User
from accounts.roles import is_moderator
from forum import notifications
from forum.markdown import MarkdownError, render_markdown
from forum.models import Category, Post, PostRevision, Reaction, Subscription, Thread
from forum.moderation import screening
from forum.moderation.models import Flag, QueueItem
from forum.moderation.watched import compiled_phrases
from forum.permissions import (
    can_delete_post,
    can_edit_post,
    can_react,
    check_can_post,
    check_can_reply,
)

MAX_TITLE_LENGTH = 140
# A second identical submission within this window is treated as a double click.
DUPLICATE_WINDOW = timedelta(minutes=2)
REMOVED_BY_AUTHOR_HTML = (
    '<p class="text-body-secondary"><em>Removed by its author.</em></p>'
)


class PostingError(ValueError):
    """A problem with what the member wrote; the message is shown on the form."""


class RateLimited(PostingError):
    pass


class Blocked(PostingError):
    """A watched phrase set to 'block' matched."""


def clean_text(text: str, *, what: str, max_length: int) -> str:
    text = (text or "").strip()
    if not text:
        raise PostingError(f"Please write a {what}: it can't be empty.")
    if "\x00" in text:
        raise PostingError(f"The {what} contains a null character; please remove it.")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as error:
        raise PostingError(
            f"The {what} contains characters that aren't valid text; "
            "please retype the part that was pasted."
        ) from error
    if len(text) > max_length:
        raise PostingError(
            f"The {what} can be at most {max_length:,} characters "
            f"(it has {len(text):,})."
        )
    return text


def clean_body(body: str) -> tuple[str, str]:
    """Return the stripped body and its rendered HTML, or raise PostingError."""
    from forum.markdown import MAX_LENGTH

    body = clean_text(body, what="post", max_length=MAX_LENGTH)
    try:
        return body, render_markdown(body)
    except MarkdownError as error:
        raise PostingError(str(error)) from error


def standing_of(author: User, *, new_post: bool = True) -> screening.Standing:
    return screening.Standing(
        published_posts=author.post_count,
        trusted=is_moderator(author),
        # Premoderation applies to a member's first posts, not to their edits.
        premoderate_first=settings.MODERATION_PREMODERATE_FIRST_POSTS
        if new_post
        else 0,
    )


def screen_text(author: User, text: str, *, new_post: bool = True) -> screening.Verdict:
    standing = standing_of(author, new_post=new_post)
    verdict = screening.screen(text, standing=standing, watched=compiled_phrases())
    if verdict.decision == screening.Decision.BLOCK:
        raise Blocked(verdict.message or "This post can't be published here.")
    return verdict


def warn_before_posting(author: User, text: str) -> list[screening.Match]:
    """The phrases an author should see before their post goes to the queue.

    Only what the words triggered (the detector, watched phrases) is shown: a new member's
    premoderation is not something they can rephrase away.
    """
    verdict = screening.screen(
        text, standing=standing_of(author, new_post=False), watched=compiled_phrases()
    )
    if verdict.decision not in (screening.Decision.HOLD, screening.Decision.BLOCK):
        return []
    return [m for m in verdict.matches if m.source != "premoderation"]


def check_rate(author: User, *, action: str) -> None:
    """Members may post FORUM_POST_RATE replies and FORUM_THREAD_RATE threads."""
    if is_moderator(author):
        return
    rate = (
        settings.FORUM_THREAD_RATE if action == "thread" else settings.FORUM_POST_RATE
    )
    usage = get_usage(
        None,
        group=f"forum.{action}",
        key=lambda group, request: str(author.pk),
        rate=rate,
        increment=True,
    )
    if usage and usage["should_limit"]:
        raise RateLimited(
            "You're posting faster than we allow. Your text is kept below: "
            "please wait a minute and send it again."
        )


@transaction.atomic
def create_thread(author: User, *, category: Category, title: str, body: str) -> Thread:
    """Start a thread with its opening post; held (with the thread) when screening says so."""
    check_can_post(author)
    title = clean_text(title, what="title", max_length=MAX_TITLE_LENGTH)
    body, body_html = clean_body(body)
    duplicate = (
        Post.objects.filter(
            author=author,
            is_opening=True,
            body=body,
            thread__title=title,
            thread__category=category,
            created_at__gte=timezone.now() - DUPLICATE_WINDOW,
        )
        .select_related("thread")
        .first()
    )
    if duplicate:
        return duplicate.thread
    check_rate(author, action="thread")
    verdict = screen_text(author, f"{title}\n\n{body}")
    status = Post.Status.PENDING if verdict.held else Post.Status.PUBLISHED
    now = timezone.now()
    thread = Thread.objects.create(
        title=title,
        category=category,
        author=author,
        status=Thread.Status.PENDING if verdict.held else Thread.Status.PUBLISHED,
        created_at=now,
        last_activity_at=now,
        last_poster=author,
    )
    post = Post.objects.create(
        thread=thread,
        author=author,
        body=body,
        body_html=body_html,
        status=status,
        is_opening=True,
        created_at=now,
    )
    Subscription.objects.get_or_create(user=author, thread=thread)
    _record_verdict(post, verdict, kind=QueueItem.Kind.HELD_POST)
    if status == Post.Status.PUBLISHED:
        _count_published(post)
    return thread


@transaction.atomic
def create_post(author: User, *, thread: Thread, body: str) -> Post:
    """Save a reply, held for review when screening says so."""
    # Lock the thread: counters and the duplicate check must see one reply at a time.
    thread = Thread.objects.select_for_update().get(pk=thread.pk)
    check_can_reply(author, thread)
    body, body_html = clean_body(body)
    duplicate = Post.objects.filter(
        thread=thread,
        author=author,
        body=body,
        created_at__gte=timezone.now() - DUPLICATE_WINDOW,
    ).first()
    if duplicate:
        return duplicate
    check_rate(author, action="post")
    verdict = screen_text(author, body)
    post = Post.objects.create(
        thread=thread,
        author=author,
        body=body,
        body_html=body_html,
        status=Post.Status.PENDING if verdict.held else Post.Status.PUBLISHED,
    )
    Subscription.objects.get_or_create(user=author, thread=thread)
    _record_verdict(post, verdict, kind=QueueItem.Kind.HELD_POST)
    if post.status == Post.Status.PUBLISHED:
        _count_published(post)
    return post


def publish_post(post: Post) -> None:
    """Make a held post public and count it; call inside a transaction."""
    Post.objects.filter(pk=post.pk).update(status=Post.Status.PUBLISHED)
    post.status = Post.Status.PUBLISHED
    if post.is_opening:
        Thread.objects.filter(pk=post.thread_id).update(status=Thread.Status.PUBLISHED)
    _count_published(post)


def _count_published(post: Post) -> None:
    now = timezone.now()
    thread_changes = {"last_activity_at": now, "last_poster_id": post.author_id}
    category_changes = {
        "post_count": F("post_count") + 1,
        "last_activity_at": now,
        "last_thread_id": post.thread_id,
    }
    if post.is_opening:
        category_changes["thread_count"] = F("thread_count") + 1
    else:
        thread_changes["reply_count"] = F("reply_count") + 1
    Thread.objects.filter(pk=post.thread_id).update(**thread_changes)
    Category.objects.filter(threads=post.thread_id).update(**category_changes)
    User.objects.filter(pk=post.author_id).update(post_count=F("post_count") + 1)
    if not post.is_opening:
        transaction.on_commit(lambda: notifications.queue_reply_notifications(post.pk))


def _record_verdict(post: Post, verdict: screening.Verdict, *, kind: str) -> None:
    """Save what screening matched; a held or flagged post also enters the queue."""
    if not verdict.matches:
        return
    item = None
    if verdict.decision in (screening.Decision.HOLD, screening.Decision.FLAG):
        if verdict.decision == screening.Decision.FLAG:
            kind = QueueItem.Kind.FLAGGED
        item = QueueItem.objects.create(post=post, kind=kind)
    Flag.objects.bulk_create(
        Flag.from_match(match, post=post, queue_item=item) for match in verdict.matches
    )


@transaction.atomic
def edit_post(editor: User, *, post: Post, body: str) -> Post:
    """Change a post's text, keeping the old text as a revision.

    An edit that screening holds leaves a published post's earlier text up and waits
    in the queue as `pending_body`.
    """
    post = Post.objects.select_for_update().select_related("author").get(pk=post.pk)
    if not can_edit_post(editor, post):
        raise PermissionDenied("You can only edit your own posts.")
    body, body_html = clean_body(body)
    if body == post.body and not post.pending_body:
        return post
    # A moderator's edit is trusted; a member's is screened like a new post.
    verdict = screen_text(editor, body, new_post=False)
    if post.status == Post.Status.PUBLISHED and verdict.held:
        post.pending_body, post.pending_body_html = body, body_html
        post.save(update_fields=["pending_body", "pending_body_html"])
        QueueItem.objects.filter(
            post=post, kind=QueueItem.Kind.HELD_EDIT, resolved_at__isnull=True
        ).update(resolved_at=timezone.now(), resolution="superseded")
        _record_verdict(post, verdict, kind=QueueItem.Kind.HELD_EDIT)
        return post
    apply_edit(post, body=body, body_html=body_html, editor=editor)
    if post.status == Post.Status.PENDING:
        _record_verdict(post, verdict, kind=QueueItem.Kind.HELD_POST)
    return post


def apply_edit(post: Post, *, body: str, body_html: str, editor: User) -> None:
    """Replace a post's text now, keeping the old text as a revision."""
    PostRevision.objects.create(post=post, body=post.body, editor=editor)
    post.body, post.body_html = body, body_html
    post.pending_body = post.pending_body_html = ""
    post.edited_at = timezone.now()
    post.render_version = Post.RENDER_VERSION
    post.save(
        update_fields=[
            "body",
            "body_html",
            "pending_body",
            "pending_body_html",
            "edited_at",
            "render_version",
        ]
    )


@transaction.atomic
def remove_own_post(author: User, *, post: Post) -> Post:
    """Soft-delete: the thread keeps its shape; the text is kept for moderators only."""
    post = Post.objects.select_for_update().get(pk=post.pk)
    if not can_delete_post(author, post):
        raise PermissionDenied("You can only delete your own posts.")
    was_published = post.status == Post.Status.PUBLISHED
    PostRevision.objects.create(post=post, body=post.body, editor=author)
    post.status = Post.Status.REMOVED
    post.body = ""
    post.body_html = REMOVED_BY_AUTHOR_HTML
    post.pending_body = post.pending_body_html = ""
    post.edited_at = timezone.now()
    post.save(
        update_fields=[
            "status",
            "body",
            "body_html",
            "pending_body",
            "pending_body_html",
            "edited_at",
        ]
    )
    QueueItem.objects.filter(post=post, resolved_at__isnull=True).update(
        resolved_at=timezone.now(), resolution="withdrawn"
    )
    if was_published:
        User.objects.filter(pk=author.pk).update(post_count=F("post_count") - 1)
    return post


def toggle_support(user: User, *, post: Post) -> bool:
    """Add or take back a 'support' reaction; returns whether it is now given."""
    if not can_react(user, post):
        raise PermissionDenied("You can't react to this post.")
    with transaction.atomic():
        deleted, _ = Reaction.objects.filter(post=post, user=user).delete()
        if deleted:
            Post.objects.filter(pk=post.pk).update(support_count=F("support_count") - 1)
            return False
        try:
            with transaction.atomic():
                Reaction.objects.create(post=post, user=user)
        except IntegrityError:
            return True  # a concurrent click already added it
        Post.objects.filter(pk=post.pk).update(support_count=F("support_count") + 1)
        notifications.notify(
            post.author,
            kind="reaction",
            actor=user,
            post=post,
            message=f"{user.display_name} sent support for your post in “{post.thread}”.",
        )
        return True


def set_subscribed(user: User, *, thread: Thread, subscribed: bool) -> None:
    if subscribed:
        Subscription.objects.get_or_create(user=user, thread=thread)
    else:
        Subscription.objects.filter(user=user, thread=thread).delete()
