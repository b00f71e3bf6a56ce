"""In-app notifications, and emails to members who asked for them."""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone
from django_tasks import task

from accounts.emails import queue_email
from forum.models import Notification, Post, Subscription


def notify(
    recipient, *, kind: str, message: str, post=None, actor=None
) -> Notification:
    return Notification.objects.create(
        recipient=recipient, kind=kind, message=message[:300], post=post, actor=actor
    )


def queue_reply_notifications(post_id: int) -> None:
    notify_subscribers.enqueue(post_id)


@task()
def notify_subscribers(post_id: int) -> int:
    """Tell a thread's subscribers about a published reply. Safe to run twice."""
    post = (
        Post.objects.published()
        .select_related("thread", "author")
        .filter(pk=post_id)
        .first()
    )
    if post is None:
        return 0
    already = Notification.objects.filter(
        post=post, kind=Notification.Kind.REPLY
    ).values("recipient_id")
    subscriptions = (
        Subscription.objects.filter(thread=post.thread_id)
        .exclude(user=post.author_id)
        .exclude(user__in=already)
        .select_related("user")
    )
    recipients = [s.user for s in subscriptions if s.user.is_active]
    message = f"{post.author.display_name} replied in “{post.thread.title}”."
    with transaction.atomic():
        Notification.objects.bulk_create(
            Notification(
                recipient=user,
                kind=Notification.Kind.REPLY,
                actor=post.author,
                post=post,
                message=message[:300],
            )
            for user in recipients
        )
        for user in recipients:
            if user.email_notifications:
                queue_email(_reply_email(user, post))
    return len(recipients)


def _reply_email(user, post) -> EmailMultiAlternatives:
    context = {
        "user": user,
        "post": post,
        "thread": post.thread,
        "url": settings.SITE_URL + post.get_absolute_url(),
        "settings_url": settings.SITE_URL + "/accounts/settings/",
        "SITE_NAME": settings.SITE_NAME,
    }
    subject = render_to_string("emails/reply_subject.txt", context).strip()
    message = EmailMultiAlternatives(
        subject,
        render_to_string("emails/reply.txt", context),
        settings.DEFAULT_FROM_EMAIL,
        [user.email],
    )
    message.attach_alternative(
        render_to_string("emails/reply.html", context), "text/html"
    )
    return message


def mark_read(user, *, notification_ids=None) -> int:
    unread = Notification.objects.filter(recipient=user).unread()
    if notification_ids is not None:
        unread = unread.filter(pk__in=notification_ids)
    return unread.update(read_at=timezone.now())


def unread_count(user) -> int:
    if not user.is_authenticated:
        return 0
    return Notification.objects.filter(recipient=user).unread().count()
