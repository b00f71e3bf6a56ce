"""A small, believable demo community. Idempotent: running it twice changes nothing."""

import secrets
from datetime import timedelta

from allauth.account.models import EmailAddress
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand
from django.db import transaction
from django.test import override_settings
from django.utils import timezone

from accounts.models import User
from accounts.roles import MODERATORS_GROUP
from forum import posting
from forum.models import Category, Post, Thread

CATEGORIES = [
    (
        "Introductions",
        "introductions",
        "Say hello, tell as much or as little as you like.",
        "",
    ),
    (
        "Living with recurrent loss",
        "living-with-loss",
        "Grief, anger, hope, and the days in between.",
        "Loss and grief",
    ),
    (
        "Tests and treatments",
        "tests-and-treatments",
        "Investigations, NK cells, immune treatments: questions and experiences, "
        "with the evidence at hand.",
        "",
    ),
    (
        "Pregnancy after loss",
        "pregnancy-after-loss",
        "For those who are pregnant again, and the particular fear that comes with it.",
        "Pregnancy after loss",
    ),
    (
        "Partners and family",
        "partners-and-family",
        "For partners, parents and friends walking beside someone.",
        "",
    ),
]

MEMBERS = [
    ("robin@example.com", "Hopeful Robin"),
    ("wren@example.com", "Quiet Wren"),
    ("sparrow@example.com", "Sparrow"),
    ("juniper@example.com", "Juniper"),
]

# (category slug, title, [(author index, body), ...]); index 0 starts the thread.
THREADS = [
    (
        "introductions",
        "Hello from someone who just found this place",
        [
            (
                0,
                "Three losses in eighteen months. I've read here for weeks and finally "
                "made an account. I don't really know what I'm looking for, maybe just "
                "people who get it.",
            ),
            (
                1,
                "Welcome. I'm so sorry you're here, and glad you found us. You don't "
                "need to know what you're looking for. We're listening.",
            ),
            (
                2,
                "Welcome Robin. Reading for weeks before posting is exactly what I did "
                "too. Be gentle with yourself x",
            ),
        ],
    ),
    (
        "tests-and-treatments",
        "Has anyone been offered NK cell testing?",
        [
            (
                1,
                "My private clinic mentioned testing for natural killer cells and then "
                "possibly steroids or IVIG. My NHS consultant says it isn't recommended. "
                "How did you decide?",
            ),
            (
                3,
                "I asked the same thing last year. The evidence article in Resources "
                "helped me: it says any NK treatment is still experimental and no "
                "medical organisation recommends testing for it. I took prednisolone "
                "in my last pregnancy and I'll never know if it made a difference.",
            ),
            (
                2,
                "A few small studies found IVIG may help some people, but nothing is "
                "proven. I'd ask the clinic what the risks are, especially with "
                "high-dose steroids early on.",
            ),
        ],
    ),
    (
        "living-with-loss",
        "The due date that never came",
        [
            (
                2,
                "It would have been today. Everyone else has forgotten and I don't "
                "know how to say that I haven't.",
            ),
            (
                0,
                "I remember mine every year too. Lighting a candle helped me a little. "
                "Thinking of you today.",
            ),
            (3, "I promise it gets softer, even if it never goes away. Sending love."),
        ],
    ),
    (
        "pregnancy-after-loss",
        "Eight weeks and terrified",
        [
            (
                3,
                "Scan next Tuesday. I can't let myself hope and I can't stop hoping. "
                "Does anyone else feel like this?",
            ),
            (
                1,
                "Every single day until my scans. You're not alone in this. Would you "
                "like someone to check in on Tuesday?",
            ),
        ],
    ),
]

# Posts that promise cures: screening holds them for the moderation queue.
HELD = [
    (
        "tests-and-treatments",
        "Has anyone been offered NK cell testing?",
        2,
        "Honestly, just do IVIG. It guarantees your baby will stay, it worked for "
        "everyone I know.",
    ),
]


class Command(BaseCommand):
    help = "Create an idempotent demo community: categories, members, a moderator, threads."

    @override_settings(FORUM_POST_RATE="10000/m", FORUM_THREAD_RATE="10000/m")
    def handle(self, *args, **options):
        with transaction.atomic():
            created = self.create_people()
            categories = self.create_categories()
            members = [User.objects.get(email=email) for email, _ in MEMBERS]
            self.create_threads(categories, members)
        self.stdout.write(self.style.SUCCESS("Demo community ready."))
        if created:
            self.stdout.write(
                "Demo accounts (passwords are shown only now; "
                "reset them with `manage.py changepassword EMAIL`):"
            )
            for email, password, role in created:
                self.stdout.write(f"  {role:<10} {email:<24} {password}")

    def create_people(self):
        created = []
        people = [(email, name, "member") for email, name in MEMBERS]
        people += [
            ("mod@example.com", "Kind Heron", "moderator"),
            ("admin@example.com", "Site Keeper", "admin"),
        ]
        moderators = Group.objects.get(name=MODERATORS_GROUP)
        for email, name, role in people:
            if User.objects.filter(email=email).exists():
                continue
            password = secrets.token_urlsafe(12)
            user = User.objects.create_user(
                email=email,
                password=password,
                display_name=name,
                is_staff=role in ("moderator", "admin"),
                is_superuser=role == "admin",
            )
            EmailAddress.objects.create(
                user=user, email=email, verified=True, primary=True
            )
            if role == "moderator":
                user.groups.add(moderators)
            created.append((email, password, role))
        return created

    def create_categories(self):
        categories = {}
        for order, (name, slug, description, note) in enumerate(CATEGORIES):
            categories[slug], _ = Category.objects.get_or_create(
                slug=slug,
                defaults={
                    "name": name,
                    "description": description,
                    "content_note": note,
                    "order": order,
                },
            )
        return categories

    def create_threads(self, categories, members):
        now = timezone.now()
        for age, (slug, title, posts) in enumerate(THREADS):
            if Thread.objects.filter(title=title, category=categories[slug]).exists():
                continue
            (author, body), *replies = posts
            thread = posting.create_thread(
                members[author], category=categories[slug], title=title, body=body
            )
            for index, reply in replies:
                posting.create_post(members[index], thread=thread, body=reply)
            # Spread the demo over the past days so the lists look lived in.
            when = now - timedelta(days=len(THREADS) - age, hours=3)
            Thread.objects.filter(pk=thread.pk).update(created_at=when)
        for slug, title, author, body in HELD:
            thread = Thread.objects.get(title=title, category=categories[slug])
            if not Post.objects.filter(thread=thread, body=body).exists():
                posting.create_post(members[author], thread=thread, body=body)
