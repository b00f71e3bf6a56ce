from django.apps import AppConfig
from django.db.models.signals import post_delete, post_save


class ModerationConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "forum.moderation"
    label = "moderation"
    verbose_name = "Moderation"

    def ready(self) -> None:
        from forum.moderation.models import WatchedPhrase
        from forum.moderation.watched import bump_version

        # Cache invalidation is a decoupled reaction: a signal is the right tool here.
        def invalidate(**kwargs):
            bump_version()

        post_save.connect(invalidate, sender=WatchedPhrase, weak=False)
        post_delete.connect(invalidate, sender=WatchedPhrase, weak=False)
