from django.apps import AppConfig
from django.db.models.signals import m2m_changed, post_delete, post_save


class ResourcesConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "resources"
    verbose_name = "Resources"

    def ready(self) -> None:
        from resources import evidence_links, topics
        from resources.models import Article, KeyPoint, Section, Topic

        # Each process caches the topic matcher and the evidence-link index; any edit to
        # what they are built from marks both stale on every server.
        def invalidate(**kwargs):
            topics.invalidate()
            evidence_links.invalidate()

        for model in (Article, Section, KeyPoint, Topic):
            post_save.connect(invalidate, sender=model, weak=False)
            post_delete.connect(invalidate, sender=model, weak=False)
        m2m_changed.connect(invalidate, sender=Topic.sections.through, weak=False)
