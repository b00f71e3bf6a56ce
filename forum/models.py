from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify

from accounts.roles import is_moderator


class CategoryQuerySet(models.QuerySet):
    def readable_by(self, user):
        if user.is_authenticated:
            return self
        return self.filter(login_required=False)


class Category(models.Model):
    name = models.CharField(max_length=80)
    slug = models.SlugField(max_length=80, unique=True)
    description = models.TextField(blank=True)
    order = models.PositiveIntegerField(default=0)
    login_required = models.BooleanField(
        "only signed-in members can read", default=False
    )
    content_note = models.CharField(
        max_length=120,
        blank=True,
        help_text="Shown before members enter, e.g. 'Pregnancy after loss'.",
    )
    # Denormalised for the index page; moved with F() by forum.posting.
    thread_count = models.PositiveIntegerField(default=0)
    post_count = models.PositiveIntegerField(default=0)
    last_activity_at = models.DateTimeField(null=True, blank=True)
    last_thread = models.ForeignKey(
        "forum.Thread",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    objects = CategoryQuerySet.as_manager()

    class Meta:
        ordering = ["order", "name"]
        verbose_name_plural = "categories"

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("forum:category", args=[self.slug])


class ThreadQuerySet(models.QuerySet):
    def visible_to(self, user):
        if is_moderator(user):
            return self
        if not user.is_authenticated:
            return self.filter(
                status=Thread.Status.PUBLISHED, category__login_required=False
            )
        return self.filter(Q(status=Thread.Status.PUBLISHED) | Q(author=user))

    def for_listing(self):
        return self.select_related("author", "last_poster", "category").order_by(
            "-pinned", "-last_activity_at", "-pk"
        )


class Thread(models.Model):
    class Status(models.TextChoices):
        # A thread follows its opening post: hidden while that post waits for review.
        PUBLISHED = "published", "Published"
        PENDING = "pending", "Waiting for a moderator"
        REJECTED = "rejected", "Rejected"

    title = models.CharField(max_length=140)
    slug = models.SlugField(max_length=140, allow_unicode=False)
    category = models.ForeignKey(
        Category, on_delete=models.PROTECT, related_name="threads"
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="threads"
    )
    status = models.CharField(max_length=16, choices=Status, default=Status.PUBLISHED)
    created_at = models.DateTimeField(default=timezone.now)
    last_activity_at = models.DateTimeField(default=timezone.now)
    # Published replies (the opening post not counted); moved with F().
    reply_count = models.PositiveIntegerField(default=0)
    last_poster = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    pinned = models.BooleanField(default=False)
    locked = models.BooleanField(default=False)

    objects = ThreadQuerySet.as_manager()

    class Meta:
        indexes = [
            models.Index(
                fields=["category", "status", "-pinned", "-last_activity_at"],
                name="thread_category_listing",
            ),
            models.Index(fields=["author", "-created_at"], name="thread_author"),
        ]

    def __str__(self) -> str:
        return self.title

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugify(self.title)[:140] or "thread"
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("forum:thread", args=[self.pk, self.slug])


class PostQuerySet(models.QuerySet):
    def visible_to(self, user):
        """Published and removed posts for all; held posts for their author and mods."""
        shown = Q(status__in=[Post.Status.PUBLISHED, Post.Status.REMOVED])
        if is_moderator(user):
            return self
        if not user.is_authenticated:
            return self.filter(shown)
        return self.filter(shown | Q(author=user, status=Post.Status.PENDING))

    def published(self):
        return self.filter(status=Post.Status.PUBLISHED)

    def with_authors(self):
        return self.select_related("author")

    def public_by(self, member, *, viewer):
        """A member's published posts in threads *viewer* may read, newest first."""
        threads = Thread.objects.visible_to(viewer)
        return (
            self.published()
            .filter(author=member, thread__in=threads)
            .select_related("thread")
            .order_by("-created_at", "-pk")
        )


class Post(models.Model):
    class Status(models.TextChoices):
        PUBLISHED = "published", "Published"
        PENDING = "pending", "Waiting for a moderator"
        REJECTED = "rejected", "Rejected"
        REMOVED = "removed", "Removed"

    RENDER_VERSION = 1  # bump when the Markdown renderer changes; see rerender_posts

    thread = models.ForeignKey(Thread, on_delete=models.CASCADE, related_name="posts")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="posts"
    )
    body = models.TextField()
    body_html = models.TextField()  # rendered once in forum.posting, never per request
    render_version = models.PositiveSmallIntegerField(default=RENDER_VERSION)
    status = models.CharField(max_length=16, choices=Status, default=Status.PUBLISHED)
    is_opening = models.BooleanField(default=False)
    created_at = models.DateTimeField(default=timezone.now)
    edited_at = models.DateTimeField(null=True, blank=True)
    # An edit of a published post that screening held: the old text stays up meanwhile.
    pending_body = models.TextField(blank=True)
    pending_body_html = models.TextField(blank=True)
    support_count = models.PositiveIntegerField(default=0)
    # The reason a moderator gave when rejecting; shown to the author only.
    rejection_reason = models.TextField(blank=True)

    objects = PostQuerySet.as_manager()

    class Meta:
        indexes = [
            models.Index(
                fields=["thread", "status", "created_at"], name="post_thread_listing"
            ),
            models.Index(
                fields=["author", "status", "-created_at"], name="post_author"
            ),
            models.Index(fields=["status", "-created_at"], name="post_status"),
        ]

    def __str__(self) -> str:
        return f"Post {self.pk} in thread {self.thread_id}"

    def get_absolute_url(self) -> str:
        return reverse("forum:post", args=[self.pk])

    @property
    def is_held(self) -> bool:
        return self.status == self.Status.PENDING

    @property
    def has_held_edit(self) -> bool:
        return bool(self.pending_body)


class PostRevision(models.Model):
    """The text a post had before an edit, who changed it and when."""

    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="revisions")
    body = models.TextField()
    editor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["post", "-created_at"], name="revision_post")]

    def __str__(self) -> str:
        return f"Revision of post {self.post_id} at {self.created_at:%Y-%m-%d %H:%M}"


class Reaction(models.Model):
    class Kind(models.TextChoices):
        SUPPORT = "support", "Support"

    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="reactions")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="reactions"
    )
    kind = models.CharField(max_length=16, choices=Kind, default=Kind.SUPPORT)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["post", "user", "kind"], name="one_reaction_per_kind"
            )
        ]
        indexes = [models.Index(fields=["user", "post"], name="reaction_user")]

    def __str__(self) -> str:
        return f"{self.kind} on post {self.post_id}"


class Subscription(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="subscriptions"
    )
    thread = models.ForeignKey(
        Thread, on_delete=models.CASCADE, related_name="subscriptions"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "thread"], name="one_subscription")
        ]
        indexes = [models.Index(fields=["thread", "user"], name="subscription_thread")]

    def __str__(self) -> str:
        return f"{self.user_id} follows {self.thread_id}"


class NotificationQuerySet(models.QuerySet):
    def unread(self):
        return self.filter(read_at__isnull=True)


class Notification(models.Model):
    class Kind(models.TextChoices):
        REPLY = "reply", "New reply"
        REACTION = "reaction", "Support"
        MODERATION = "moderation", "Moderation"

    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notifications"
    )
    kind = models.CharField(max_length=16, choices=Kind)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    post = models.ForeignKey(
        Post, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    message = models.CharField(max_length=300)
    created_at = models.DateTimeField(default=timezone.now)
    read_at = models.DateTimeField(null=True, blank=True)

    objects = NotificationQuerySet.as_manager()

    class Meta:
        indexes = [
            models.Index(
                fields=["recipient", "read_at", "-created_at"],
                name="notification_inbox",
            )
        ]

    def __str__(self) -> str:
        return self.message

    def get_absolute_url(self) -> str:
        return self.post.get_absolute_url() if self.post_id else reverse("forum:index")
