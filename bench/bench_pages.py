"""Seed a volume on the configured database, then measure the main pages.

Usage: DATABASE_URL=... python bench/bench_pages.py [--threads N] [--posts M] [--runs R]
Reports queries per request and median/p95 latency through Django's test client.
Defaults to a separate SQLite file (bench.sqlite3) so the development database is untouched.
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
os.environ.setdefault("DEBUG", "1")
os.environ.setdefault("DATABASE_URL", f"sqlite:///{ROOT / 'bench.sqlite3'}")
os.environ.setdefault("TASKS_BACKEND", "django_tasks.backends.dummy.DummyBackend")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--threads", type=int, default=2000)
    parser.add_argument("--posts", type=int, default=50_000)
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()

    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext, setup_test_environment

    setup_test_environment()
    settings.DEBUG = False
    settings.FORUM_POST_RATE = "100000/m"
    call_command("migrate", verbosity=0)
    call_command("seed_bench", threads=args.threads, posts=args.posts)

    from forum.models import Category, Post, Thread

    category = Category.objects.get(slug="bench-1")
    long_thread = Thread.objects.get(slug="long-thread")
    deep_page = (long_thread.reply_count + 1) // 20 + 1
    reader = Client()
    member = (
        Post.objects.filter(thread=long_thread)
        .exclude(author=long_thread.author)[0]
        .author
    )
    writer = Client()
    writer.force_login(member)
    pages = {
        "index": lambda: reader.get("/"),
        "category page": lambda: reader.get(category.get_absolute_url()),
        "long thread, page 1": lambda: reader.get(long_thread.get_absolute_url()),
        f"long thread, page {deep_page}": lambda: reader.get(
            f"{long_thread.get_absolute_url()}?page={deep_page}"
        ),
        "search": lambda: reader.get("/search/?q=progesterone"),
        "post a reply (view)": lambda: writer.post(
            f"/t/{long_thread.pk}/reply/", {"body": f"Bench reply {time.monotonic()}"}
        ),
    }
    posts_total = Post.objects.count()
    print(
        f"database: {connection.vendor}; {Thread.objects.count():,} threads, "
        f"{posts_total:,} posts; {args.runs} runs each"
    )
    print(f"{'page':<28}{'queries':>8}{'median ms':>11}{'p95 ms':>9}")
    for name, request in pages.items():
        request()  # warm caches and connections
        timings, queries = [], 0
        for _ in range(args.runs):
            with CaptureQueriesContext(connection) as captured:
                started = time.perf_counter()
                response = request()
                timings.append((time.perf_counter() - started) * 1000)
            assert response.status_code in (200, 302), (name, response.status_code)
            queries = len(captured.captured_queries)
        timings.sort()
        p95 = timings[min(len(timings) - 1, int(len(timings) * 0.95))]
        print(f"{name:<28}{queries:>8}{statistics.median(timings):>11.1f}{p95:>9.1f}")


if __name__ == "__main__":
    main()
