from django.conf import settings
from django.utils.functional import SimpleLazyObject

from accounts.roles import is_moderator


def site(request):
    """The community's name, and the navigation's counters (queried only if shown)."""
    user = request.user

    def unread():
        from forum.notifications import unread_count

        return unread_count(user)

    def open_queue():
        from forum.moderation.models import QueueItem

        return QueueItem.objects.open().count() if is_moderator(user) else 0

    return {
        "SITE_NAME": settings.SITE_NAME,
        "unread_notifications": SimpleLazyObject(unread),
        "open_queue_count": SimpleLazyObject(open_queue),
        "user_is_moderator": SimpleLazyObject(lambda: is_moderator(user)),
    }
