import pytest
from allauth.mfa.models import Authenticator
from django.contrib.auth.models import Group
from django.utils import timezone

from accounts.roles import MODERATORS_GROUP, is_moderator, is_suspended
from tests.factories import UserFactory


@pytest.mark.django_db
def test_moderators_group_is_created_with_queue_permissions():
    group = Group.objects.get(name=MODERATORS_GROUP)
    codenames = set(group.permissions.values_list("codename", flat=True))
    assert {"change_queueitem", "change_post", "add_watchedphrase"} <= codenames
    assert "view_user" not in codenames  # moderators never browse email addresses


@pytest.mark.django_db
def test_is_moderator(member, moderator, admin_user):
    assert not is_moderator(member)
    assert is_moderator(moderator)
    assert is_moderator(admin_user)


@pytest.mark.django_db
def test_suspension_with_an_end_date_lapses():
    past = timezone.now() - timezone.timedelta(days=1)
    future = timezone.now() + timezone.timedelta(days=1)
    assert is_suspended(UserFactory(suspended_at=past, suspended_until=future))
    assert not is_suspended(UserFactory(suspended_at=past, suspended_until=past))
    assert is_suspended(UserFactory(suspended_at=past, suspended_until=None))


@pytest.mark.django_db
def test_suspended_member_can_sign_in_and_read(client, suspended_member):
    client.force_login(suspended_member)
    assert client.get("/").status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/admin/", "/admin/moderation/queueitem/"])
def test_staff_without_two_factor_are_sent_to_set_it_up(client, moderator, path):
    Authenticator.objects.filter(user=moderator).delete()
    client.force_login(moderator)

    response = client.get(path)

    assert response.status_code == 302
    assert "/accounts/2fa/" in response.url


@pytest.mark.django_db
def test_staff_with_two_factor_reach_the_admin(client, moderator):
    client.force_login(moderator)
    assert client.get("/admin/moderation/queueitem/").status_code == 200


@pytest.mark.django_db
def test_admin_login_goes_through_allauth(client):
    response = client.get("/admin/login/")
    assert response.status_code == 302
    assert response.url.startswith("/accounts/login/")
