import re

import pytest
from django.core import mail
from django.urls import reverse

from accounts.models import User
from tests.factories import UserFactory

SIGNUP = "/accounts/signup/"
GOOD = {
    "display_name": "Gentle Finch",
    "email": "finch@example.com",
    "password1": "a long and unusual passphrase",
    "password2": "a long and unusual passphrase",
}


@pytest.mark.django_db
def test_signup_creates_member_and_emails_a_confirmation_link(
    client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(SIGNUP, GOOD)

    assert response.status_code == 302
    user = User.objects.get(email="finch@example.com")
    assert user.display_name == "Gentle Finch"
    assert len(mail.outbox) == 1
    assert re.search(r"/accounts/confirm-email/\S+/", mail.outbox[0].body)


@pytest.mark.django_db
def test_member_cannot_sign_in_before_confirming_then_can(
    client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        client.post(SIGNUP, GOOD)
    client.logout()
    login = {"login": GOOD["email"], "password": GOOD["password1"]}
    response = client.post("/accounts/login/", login)
    assert response.status_code == 302
    assert "confirm-email" in response.url  # sent to "verify your email", not in

    link = re.search(r"(/accounts/confirm-email/\S+/)", mail.outbox[0].body).group(1)
    client.post(link)
    response = client.post("/accounts/login/", login)
    assert response.status_code == 302
    assert response.url == reverse("forum:index")


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("display_name", "Moderator", "mistaken for the community team"),
        ("display_name", "M0derat0r Jo", "mistaken for the community team"),
        ("display_name", "site admin", "mistaken for the community team"),
        ("display_name", "me@example.com", "must not look like an email address"),
        ("display_name", "ab", "at least 3 characters"),
        ("email", "not-an-email", "valid email address"),
        ("password1", "password123", "too common"),
    ],
)
def test_bad_signup_input_gets_a_clear_message_and_keeps_what_was_typed(
    client, field, value, message
):
    data = {**GOOD, field: value}
    if field == "password1":
        data["password2"] = value

    response = client.post(SIGNUP, data)

    assert response.status_code == 200
    content = response.content.decode()
    assert message in content
    assert not User.objects.filter(email=data["email"]).exists()
    # What the person typed is still in the form (passwords excepted, by design).
    for kept in ("display_name", "email"):
        assert f'value="{data[kept]}"' in content


@pytest.mark.django_db
def test_taken_pseudonym_is_refused_whatever_its_case(client):
    UserFactory(display_name="Gentle Finch")

    response = client.post(SIGNUP, {**GOOD, "display_name": "gentle FINCH"})

    assert "That pseudonym is taken" in response.content.decode()
    assert not User.objects.filter(email=GOOD["email"]).exists()


@pytest.mark.django_db
def test_signup_with_a_registered_email_does_not_reveal_it(
    client, django_capture_on_commit_callbacks
):
    UserFactory(email="finch@example.com")

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(SIGNUP, GOOD)

    # Enumeration prevention: same redirect as a fresh signup, and a notice by email.
    assert response.status_code == 302
    assert User.objects.filter(email="finch@example.com").count() == 1
    assert "already" in mail.outbox[-1].body.lower()


@pytest.mark.django_db
def test_signup_survives_a_mail_server_outage(
    client, settings, django_capture_on_commit_callbacks
):
    # With the database task backend the request only queues the email.
    from django_tasks_db.models import DBTaskResult

    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    settings.EMAIL_BACKEND = "tests.accounts.broken_email.BrokenBackend"

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(SIGNUP, GOOD)

    assert response.status_code == 302
    assert User.objects.filter(email=GOOD["email"]).exists()
    assert DBTaskResult.objects.count() == 1  # waiting for the worker to retry later
