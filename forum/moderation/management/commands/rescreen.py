from django.core.management.base import BaseCommand

from forum.moderation.rescreening import rescreen_published, rescreen_task


class Command(BaseCommand):
    help = (
        "Re-screen published posts after a rule change. Posts that now match are put "
        "in the moderation queue (they stay visible). Queued for the worker by default."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--now", action="store_true", help="Run here instead of in the worker."
        )
        parser.add_argument("--after-id", type=int, default=0)

    def handle(self, *args, now=False, after_id=0, **options):
        if now:
            result = rescreen_published(after_id=after_id)
            self.stdout.write(
                f"Checked {result['checked']} posts; flagged {result['flagged']}."
            )
            return
        result = rescreen_task.enqueue(after_id)
        self.stdout.write(
            f"Re-screening queued as task {result.id}; `manage.py db_worker` runs it."
        )
