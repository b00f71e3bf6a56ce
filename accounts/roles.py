"""Who may do what, by role. Every view, form and template asks these."""

from django.utils import timezone

MODERATORS_GROUP = "Moderators"


def is_moderator(user) -> bool:
    """Moderators are members of the Moderators group; superusers count too."""
    if not user.is_authenticated:
        return False
    if user.is_superuser:
        return True
    # Cached on the instance: templates and views ask several times per request.
    cached = getattr(user, "_is_moderator", None)
    if cached is None:
        cached = user.groups.filter(name=MODERATORS_GROUP).exists()
        user._is_moderator = cached
    return cached


def is_suspended(user) -> bool:
    """A suspended member can sign in and read, but not post or react."""
    if not user.is_authenticated or user.suspended_at is None:
        return False
    return user.suspended_until is None or user.suspended_until > timezone.now()
