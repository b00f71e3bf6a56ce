"""Who may read and write what in the forum: the one place that decides.

Predicates (`can_*`) answer with a reason or None; enforcers (`check_can_*`) raise
PermissionDenied with that reason; `get_*_for_*` fetch an object for an action and raise
404 when the user may not even see it, so its existence stays hidden.
"""

from allauth.account.models import EmailAddress
from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404

from accounts.roles import is_moderator, is_suspended
from forum.models import Category, Post, Thread


class SignInRequired(PermissionDenied):
    """Raised for anonymous readers where the community asks them to sign in."""


def check_can_read_site(user) -> None:
    if settings.FORUM_REQUIRE_LOGIN_TO_READ and not user.is_authenticated:
        raise SignInRequired("Please sign in to read the community.")


def why_cannot_post(user) -> str | None:
    """The reason *user* may not write anything, or None when they may."""
    if not user.is_authenticated:
        return "Please sign in to post."
    if is_suspended(user):
        until = user.suspended_until
        when = f" until {until:%d %B %Y}" if until else ""
        return f"Your account is suspended{when}: you can read, but not post."
    if not is_moderator(user) and not _has_verified_email(user):
        return "Please confirm your email address before posting."
    return None


def _has_verified_email(user) -> bool:
    cached = getattr(user, "_has_verified_email", None)
    if cached is None:
        cached = EmailAddress.objects.filter(user=user, verified=True).exists()
        user._has_verified_email = cached
    return cached


def why_cannot_reply(user, thread: Thread) -> str | None:
    reason = why_cannot_post(user)
    if reason:
        return reason
    if thread.locked and not is_moderator(user):
        return "This thread is locked: it no longer takes replies."
    if thread.status != Thread.Status.PUBLISHED and not is_moderator(user):
        return "This thread is waiting for a moderator; replies open once it is up."
    return None


def check_can_post(user) -> None:
    reason = why_cannot_post(user)
    if reason:
        raise PermissionDenied(reason)


def check_can_reply(user, thread: Thread) -> None:
    reason = why_cannot_reply(user, thread)
    if reason:
        raise PermissionDenied(reason)


def can_edit_post(user, post: Post) -> bool:
    if not user.is_authenticated or post.status in (
        Post.Status.REMOVED,
        Post.Status.REJECTED,
    ):
        return False
    if is_moderator(user):
        return True
    return post.author_id == user.pk and not is_suspended(user)


def can_delete_post(user, post: Post) -> bool:
    return (
        user.is_authenticated
        and post.author_id == user.pk
        and post.status in (Post.Status.PUBLISHED, Post.Status.PENDING)
    )


def can_react(user, post: Post) -> bool:
    return (
        user.is_authenticated
        and post.status == Post.Status.PUBLISHED
        and post.author_id != user.pk
        and not is_suspended(user)
    )


def check_can_read_category(user, category: Category) -> None:
    check_can_read_site(user)
    if category.login_required and not user.is_authenticated:
        raise SignInRequired("Please sign in to read this category.")


def get_category_for_read(user, slug: str) -> Category:
    category = get_object_or_404(Category, slug=slug)
    check_can_read_category(user, category)
    return category


def get_thread_for_read(user, thread_id: int) -> Thread:
    check_can_read_site(user)
    threads = Thread.objects.select_related("category", "author")
    if user.is_authenticated:
        threads = threads.visible_to(user)
    else:
        # Sign-in-only categories are checked below, so anonymous readers are told why.
        threads = threads.filter(status=Thread.Status.PUBLISHED)
    thread = get_object_or_404(threads, pk=thread_id)
    check_can_read_category(user, thread.category)
    return thread


def get_thread_for_reply(user, thread_id: int) -> Thread:
    thread = get_thread_for_read(user, thread_id)
    check_can_reply(user, thread)
    return thread


def get_post_for_read(user, post_id: int) -> Post:
    check_can_read_site(user)
    post = get_object_or_404(
        Post.objects.visible_to(user).select_related("thread__category"), pk=post_id
    )
    check_can_read_category(user, post.thread.category)
    return post


def get_post_for_edit(user, post_id: int) -> Post:
    post = get_post_for_read(user, post_id)
    if not can_edit_post(user, post):
        raise PermissionDenied("You can only edit your own posts.")
    return post


def get_post_for_delete(user, post_id: int) -> Post:
    post = get_post_for_read(user, post_id)
    if not can_delete_post(user, post):
        raise PermissionDenied("You can only delete your own posts.")
    return post


def get_post_for_react(user, post_id: int) -> Post:
    post = get_post_for_read(user, post_id)
    if not can_react(user, post):
        raise PermissionDenied("You can't react to this post.")
    return post


def get_post_for_history(user, post_id: int) -> Post:
    post = get_post_for_read(user, post_id)
    if not is_moderator(user):
        raise PermissionDenied("Only moderators can see a post's earlier versions.")
    return post
