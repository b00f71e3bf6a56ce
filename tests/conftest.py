"""Shared fixtures: the five roles, a client for each, and fast test settings."""

import pytest
from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.test import Client

from tests.factories import UserFactory

ROLES = ("anonymous", "member", "suspended_member", "moderator", "admin")


@pytest.fixture(autouse=True)
def _test_settings(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    settings.TASKS = {
        "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}
    }
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    settings.MFA_REQUIRED_FOR_STAFF = True
    settings.MODERATION_PREMODERATE_FIRST_POSTS = 0
    cache.clear()
    yield
    cache.clear()


def _with_two_factor(user):
    # Moderators and admins must have two-factor on; give them an authenticator.
    Authenticator.objects.create(
        user=user, type=Authenticator.Type.TOTP, data={"secret": "JBSWY3DPEHPK3PXP"}
    )
    return user


@pytest.fixture
def member(db):
    return UserFactory(display_name="Hopeful Robin")


@pytest.fixture
def other_member(db):
    return UserFactory(display_name="Quiet Wren")


@pytest.fixture
def suspended_member(db):
    from django.utils import timezone

    return UserFactory(display_name="Paused Lark", suspended_at=timezone.now())


@pytest.fixture
def moderator(db):
    user = UserFactory(display_name="Kind Heron", is_staff=True)
    user.groups.add(Group.objects.get(name="Moderators"))
    return _with_two_factor(user)


@pytest.fixture
def admin_user(db):
    user = UserFactory(display_name="Site Keeper", is_staff=True, is_superuser=True)
    return _with_two_factor(user)


@pytest.fixture
def user_for(request, db):
    """Return the user for a role name (None for anonymous)."""

    def get(role):
        if role == "anonymous":
            return None
        fixture = "admin_user" if role == "admin" else role
        return request.getfixturevalue(fixture)

    return get


@pytest.fixture
def client_for(user_for):
    """A test client signed in as the given role."""

    def make(role):
        client = Client()
        user = user_for(role)
        if user is not None:
            client.force_login(user)
        return client

    return make


@pytest.fixture
def member_client(member):
    client = Client()
    client.force_login(member)
    return client


def verified(user):
    EmailAddress.objects.update_or_create(
        user=user, email=user.email, defaults={"verified": True, "primary": True}
    )
    return user
