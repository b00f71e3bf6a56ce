"""Load the evidence articles shipped in resources/content/ (idempotent; `make run` calls it)."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from resources.loading import (
    ContentError,
    load_article,
    load_support_organisations,
    shipped_articles,
)


class Command(BaseCommand):
    help = (
        "Load evidence articles from their shipped copies. An article is only rewritten "
        "when its file changed since the last load (or with --force); editors' changes "
        "are kept as revisions."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="*", type=Path, help="Default: all shipped.")
        parser.add_argument(
            "--force", action="store_true", help="Reload even if unchanged."
        )

    def handle(self, *args, paths, force, **options):
        for path in paths or shipped_articles():
            try:
                article, changed = load_article(path, force=force)
            except (ContentError, OSError) as error:
                raise CommandError(str(error)) from error
            state = "loaded" if changed else "unchanged"
            self.stdout.write(
                f"{article.title}: {state} ({article.sections.count()} sections, "
                f"{article.sources.count()} sources)"
            )
        added = load_support_organisations()
        if added:
            self.stdout.write(f"Added {added} support organisations.")
