"""Re-screen published posts after a rule change: flag what now matches, hide nothing."""

from django_tasks import task

from forum.models import Post
from forum.moderation import screening
from forum.moderation.actions import flag_published_post
from forum.moderation.watched import compiled_phrases

BATCH_SIZE = 500


def rescreen_published(*, after_id: int = 0, limit: int | None = None) -> dict:
    """Screen published posts with id > after_id; queue the ones that now match."""
    watched = compiled_phrases()
    standing = screening.Standing()  # judge the words, not the author
    checked = flagged = 0
    last_id = after_id
    while limit is None or checked < limit:
        batch = list(
            Post.objects.published()
            .filter(pk__gt=last_id)
            .select_related("author")
            .order_by("pk")[:BATCH_SIZE]
        )
        if not batch:
            break
        for post in batch:
            verdict = screening.screen(post.body, standing=standing, watched=watched)
            serious = [m for m in verdict.matches if m.source != "premoderation"]
            if serious and flag_published_post(post, matches=serious):
                flagged += 1
        checked += len(batch)
        last_id = batch[-1].pk
    return {"checked": checked, "flagged": flagged, "last_id": last_id}


@task()
def rescreen_task(after_id: int = 0) -> dict:
    """The background form of rescreen_published; safe to run twice (no duplicate flags)."""
    return rescreen_published(after_id=after_id)
