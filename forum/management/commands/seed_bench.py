"""Bulk volume for benchmarks: many threads and posts, inserted in batches."""

import random
import time
from datetime import timedelta

from allauth.account.models import EmailAddress
from django.contrib.auth.hashers import make_password
from django.core.management.base import BaseCommand
from django.db import connection, transaction
from django.db.models import Count, Max
from django.utils import timezone

from accounts.models import User
from forum.markdown import render_markdown
from forum.models import Category, Post, Thread

BODIES = [
    "Thinking of you today. You are not alone in this.",
    "I had my bloods done last month and I'm still waiting for the results. "
    "The waiting is the hardest part.",
    "Sending you **so much** love. I remember that feeling of dread before every scan.",
    "Has anyone asked their consultant about progesterone? Mine said the evidence "
    "is mixed, but worth discussing.",
    "> I don't know how to tell my family\n\nI wrote a letter in the end. It helped.",
    "Some days are better than others. Today is a better one, and I wanted to say so.",
]
BATCH = 5000


class Command(BaseCommand):
    help = "Bulk-create threads and posts for benchmarks (idempotent per --prefix)."

    def add_arguments(self, parser):
        parser.add_argument("--threads", type=int, default=2000)
        parser.add_argument("--posts", type=int, default=50_000)
        parser.add_argument("--members", type=int, default=200)
        parser.add_argument(
            "--long-thread",
            type=int,
            default=2000,
            help="Posts in one extra thread, to measure deep pages.",
        )
        parser.add_argument("--prefix", default="bench")

    def handle(self, *args, threads, posts, members, long_thread, prefix, **options):
        started = time.monotonic()
        rng = random.Random(42)  # noqa: S311 - reproducible volume, not security
        if Category.objects.filter(slug=f"{prefix}-0").exists():
            self.stdout.write(f"Volume '{prefix}' already exists; nothing to do.")
            return
        rendered = [(body, render_markdown(body)) for body in BODIES]
        with transaction.atomic():
            users = self.create_members(prefix, members)
            categories = Category.objects.bulk_create(
                Category(name=f"Bench {i}", slug=f"{prefix}-{i}", order=100 + i)
                for i in range(5)
            )
        now = timezone.now()
        thread_rows = [
            Thread(
                title=f"Benchmark thread {i}",
                slug=f"benchmark-thread-{i}",
                category=categories[i % len(categories)],
                author=users[i % len(users)],
                created_at=now - timedelta(minutes=threads - i),
                last_activity_at=now - timedelta(minutes=threads - i),
            )
            for i in range(threads)
        ]
        thread_rows.append(
            Thread(
                title=f"Long thread ({prefix})",
                slug="long-thread",
                category=categories[0],
                author=users[0],
                created_at=now - timedelta(days=30),
                last_activity_at=now,
            )
        )
        created = Thread.objects.bulk_create(thread_rows, batch_size=BATCH)
        long = created[-1]
        plan = [(t, 0) for t in created]  # the opening posts
        plan += [
            (created[rng.randrange(threads)], 1) for _ in range(max(posts - threads, 0))
        ]
        plan += [(long, 1) for _ in range(long_thread - 1)]
        self.insert_posts(plan, users, rendered, rng, now)
        self.recount(categories, created)
        # Fresh planner statistics: bulk inserts leave them describing empty tables.
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
        self.stdout.write(
            f"Created {threads + 1} threads and {len(plan)} posts "
            f"in {time.monotonic() - started:.1f}s."
        )

    def create_members(self, prefix, count):
        password = make_password(None)  # bench members can't sign in
        users = User.objects.bulk_create(
            User(
                email=f"{prefix}{i}@bench.invalid",
                display_name=f"{prefix.title()} member {i}",
                password=password,
            )
            for i in range(count)
        )
        EmailAddress.objects.bulk_create(
            EmailAddress(user=u, email=u.email, verified=True, primary=True)
            for u in users
        )
        return users

    def insert_posts(self, plan, users, rendered, rng, now):
        batch = []
        for n, (thread, is_reply) in enumerate(plan):
            body, html = rendered[rng.randrange(len(rendered))]
            batch.append(
                Post(
                    thread=thread,
                    author=users[rng.randrange(len(users))]
                    if is_reply
                    else thread.author,
                    body=body,
                    body_html=html,
                    is_opening=not is_reply,
                    created_at=thread.created_at + timedelta(seconds=n),
                )
            )
            if len(batch) >= BATCH:
                Post.objects.bulk_create(batch)
                batch = []
        if batch:
            Post.objects.bulk_create(batch)

    def recount(self, categories, threads):
        """Set the denormalised counters once, from the rows just inserted."""
        ids = [t.pk for t in threads]
        stats = (
            Post.objects.filter(thread_id__in=ids)
            .values("thread_id")
            .annotate(n=Count("id"), last=Max("created_at"))
        )
        updates = []
        for row in stats:
            updates.append(
                Thread(
                    pk=row["thread_id"],
                    reply_count=row["n"] - 1,
                    last_activity_at=row["last"],
                )
            )
        Thread.objects.bulk_update(
            updates, ["reply_count", "last_activity_at"], batch_size=BATCH
        )
        for category in categories:
            counts = Thread.objects.filter(category=category).aggregate(
                threads=Count("id"), last=Max("last_activity_at")
            )
            posts = Post.objects.filter(thread__category=category).count()
            Category.objects.filter(pk=category.pk).update(
                thread_count=counts["threads"],
                post_count=posts,
                last_activity_at=counts["last"],
            )
        for user_id, n in (
            Post.objects.filter(thread_id__in=ids)
            .values_list("author")
            .annotate(Count("id"))
        ):
            User.objects.filter(pk=user_id).update(post_count=n)
