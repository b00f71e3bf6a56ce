from django.contrib.auth.models import AbstractUser, BaseUserManager
from django.db import models
from django.db.models.functions import Lower
from django.urls import reverse
from django.utils import timezone

from accounts import pseudonyms


class UserManager(BaseUserManager):
    use_in_migrations = True

    def _create_user(self, email, password, **extra_fields):
        if not email:
            raise ValueError("An email address is required.")
        user = self.model(email=self.normalize_email(email), **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email, password=None, **extra_fields):
        extra_fields.update(is_staff=True, is_superuser=True)
        return self._create_user(email, password, **extra_fields)


class User(AbstractUser):
    """A member: signs in with a private email address, shown by a public pseudonym."""

    username = None
    first_name = None
    last_name = None
    email = models.EmailField("email address", unique=True)
    display_name = models.CharField(
        "pseudonym",
        max_length=pseudonyms.MAX_LENGTH,
        unique=True,
        help_text="The only name other members see. Please don't use your real name.",
    )
    # Denormalised: shown on the profile and used by premoderation; moved with F().
    post_count = models.PositiveIntegerField(default=0)
    email_notifications = models.BooleanField(
        "email me about replies in threads I follow",
        default=False,
    )
    suspended_at = models.DateTimeField(null=True, blank=True)
    suspended_until = models.DateTimeField(
        null=True, blank=True, help_text="Leave empty to suspend until lifted."
    )
    suspension_reason = models.TextField(blank=True)

    objects = UserManager()

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS = ["display_name"]

    class Meta:
        constraints = [
            models.UniqueConstraint(
                Lower("display_name"), name="unique_display_name_ci"
            )
        ]

    def __str__(self) -> str:
        return self.display_name

    def get_absolute_url(self) -> str:
        return reverse("accounts:profile", args=[self.pk])

    @property
    def is_suspended(self) -> bool:
        if self.suspended_at is None:
            return False
        return self.suspended_until is None or self.suspended_until > timezone.now()


def display_name_of(user) -> str:
    """allauth's ACCOUNT_USER_DISPLAY: the pseudonym, never the email address."""
    return user.display_name
