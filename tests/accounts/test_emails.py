import pytest
from django.core import mail
from django.core.management import call_command
from django_tasks_db.models import DBTaskResult

from accounts.emails import send_email


@pytest.mark.django_db(transaction=True)
def test_emails_are_queued_and_sent_by_the_database_worker(client, settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    client.post(
        "/accounts/signup/",
        {
            "display_name": "Gentle Finch",
            "email": "finch@example.com",
            "password1": "a long and unusual passphrase",
            "password2": "a long and unusual passphrase",
        },
    )
    assert mail.outbox == []  # nothing sent inside the request
    assert DBTaskResult.objects.count() == 1

    call_command(
        "db_worker", batch=True, reload=False, startup_delay=False, verbosity=0
    )

    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["finch@example.com"]


@pytest.mark.django_db
def test_send_email_task_attaches_html():
    send_email.call(
        subject="Hi",
        body="text",
        from_email="a@example.com",
        to=["b@example.com"],
        html="<p>html</p>",
    )
    assert mail.outbox[0].alternatives[0][0] == "<p>html</p>"
