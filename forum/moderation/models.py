from django.conf import settings
from django.db import models
from django.utils import timezone


class QueueItemQuerySet(models.QuerySet):
    def open(self):
        return self.filter(resolved_at__isnull=True)


class QueueItem(models.Model):
    """Something a moderator must look at: a held post, a held edit, a report."""

    class Kind(models.TextChoices):
        HELD_POST = "held_post", "Held post"
        HELD_EDIT = "held_edit", "Held edit"
        FLAGGED = "flagged", "Flagged after publishing"
        REPORT = "report", "Member report"

    post = models.ForeignKey(
        "forum.Post", on_delete=models.CASCADE, related_name="queue_items"
    )
    kind = models.CharField(max_length=16, choices=Kind)
    created_at = models.DateTimeField(default=timezone.now)
    resolved_at = models.DateTimeField(null=True, blank=True)
    resolved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    resolution = models.CharField(max_length=32, blank=True)

    objects = QueueItemQuerySet.as_manager()

    class Meta:
        indexes = [
            models.Index(fields=["resolved_at", "created_at"], name="queue_open"),
            models.Index(fields=["post", "kind"], name="queue_post"),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: post {self.post_id}"

    def resolve(self, *, by, resolution: str) -> None:
        self.resolved_at = timezone.now()
        self.resolved_by = by
        self.resolution = resolution
        self.save(update_fields=["resolved_at", "resolved_by", "resolution"])


class Flag(models.Model):
    """One phrase that made screening hold or flag a post, kept for the queue."""

    class Source(models.TextChoices):
        DETECTOR = "detector", "Cure-claim detector"
        WATCHED = "watched", "Watched phrase"
        PREMODERATION = "premoderation", "New member"

    post = models.ForeignKey(
        "forum.Post", on_delete=models.CASCADE, related_name="flags"
    )
    queue_item = models.ForeignKey(
        QueueItem, null=True, blank=True, on_delete=models.CASCADE, related_name="flags"
    )
    source = models.CharField(max_length=16, choices=Source)
    rule = models.CharField(max_length=64)
    start = models.PositiveIntegerField(default=0)
    end = models.PositiveIntegerField(default=0)
    text = models.CharField(max_length=500, blank=True)
    reason = models.TextField(blank=True)
    score = models.FloatField(default=0)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        indexes = [models.Index(fields=["post", "created_at"], name="flag_post")]

    def __str__(self) -> str:
        return f"{self.rule}: {self.text[:40]}"

    @classmethod
    def from_match(cls, match, *, post, queue_item=None) -> "Flag":
        """A Flag row for one screening.Match (not yet saved)."""
        return cls(
            post=post,
            queue_item=queue_item,
            source=match.source,
            rule=match.rule,
            start=match.start,
            end=match.end,
            text=match.text[:500],
            reason=match.reason,
            score=match.score,
        )


class WatchedPhrase(models.Model):
    """A moderator-maintained phrase or pattern checked on every new post and edit."""

    class Action(models.TextChoices):
        HOLD = "hold", "Hold for review"
        FLAG = "flag", "Publish, but flag for review"
        BLOCK = "block", "Block with a message"

    pattern = models.CharField(
        max_length=200,
        help_text="A word or phrase (matched on whole words, any case), "
        "or a regular expression when 'is regex' is ticked.",
    )
    is_regex = models.BooleanField("is regex", default=False)
    kind = models.CharField(
        max_length=40,
        default="cure claim",
        help_text="What this catches, e.g. 'cure claim', 'seller', 'spam'.",
    )
    action = models.CharField(max_length=8, choices=Action, default=Action.HOLD)
    message = models.CharField(
        max_length=300,
        blank=True,
        help_text="Shown to the author when the action is 'block', "
        "and to moderators in the queue.",
    )
    is_active = models.BooleanField(default=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["pattern"]

    def __str__(self) -> str:
        return self.pattern


class ModerationAction(models.Model):
    """The audit log: who did what to which post or member, when and why. Append-only."""

    class Kind(models.TextChoices):
        APPROVE = "approve", "Approved"
        REJECT = "reject", "Rejected"
        APPROVE_EDIT = "approve_edit", "Approved an edit"
        REJECT_EDIT = "reject_edit", "Rejected an edit"
        FLAG = "flag", "Flagged by re-screening"
        SUSPEND = "suspend", "Suspended"

    moderator = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    kind = models.CharField(max_length=16, choices=Kind)
    post = models.ForeignKey(
        "forum.Post", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    member = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    reason = models.TextField(blank=True)
    data = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["-created_at"], name="action_recent")]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} by {self.moderator_id} at {self.created_at}"
