"""Every email leaves through a background task, so a mail outage never breaks a page."""

from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django_tasks import task


@task()
def send_email(
    *, subject: str, body: str, from_email: str, to: list[str], html: str = ""
) -> None:
    message = EmailMultiAlternatives(subject, body, from_email, to)
    if html:
        message.attach_alternative(html, "text/html")
    message.send()


def queue_email(message: EmailMultiAlternatives) -> None:
    """Send *message* from the worker once the current transaction commits."""
    html = next(
        (content for content, mime in message.alternatives if mime == "text/html"), ""
    )
    kwargs = {
        "subject": str(message.subject),
        "body": message.body,
        "from_email": message.from_email,
        "to": list(message.to),
        "html": html,
    }
    transaction.on_commit(lambda: send_email.enqueue(**kwargs))
