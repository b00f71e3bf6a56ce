import factory
from allauth.account.models import EmailAddress
from django.utils import timezone

from accounts.models import User
from forum.markdown import render_markdown
from forum.models import Category, Post, Thread


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"member{n}@example.com")
    display_name = factory.Sequence(lambda n: f"Member {n}")
    password = factory.django.Password("a-long-test-password")

    @factory.post_generation
    def verified(self, create, extracted, **kwargs):
        # Members arrive with a confirmed address unless a test says otherwise.
        if create and extracted is not False:
            EmailAddress.objects.create(
                user=self, email=self.email, verified=True, primary=True
            )


class CategoryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Category
        skip_postgeneration_save = True

    name = factory.Sequence(lambda n: f"Category {n}")
    slug = factory.Sequence(lambda n: f"category-{n}")
    description = "A place to talk."


class ThreadFactory(factory.django.DjangoModelFactory):
    """A published thread with its opening post and counters as posting would leave them."""

    class Meta:
        model = Thread
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Thread number {n}")
    category = factory.SubFactory(CategoryFactory)
    author = factory.SubFactory(UserFactory)
    last_poster = factory.SelfAttribute("author")

    @factory.post_generation
    def opening(self, create, extracted, **kwargs):
        if not create:
            return
        body = extracted or "Hello everyone, I wanted to share my story."
        PostFactory(thread=self, author=self.author, body=body, is_opening=True)


class PostFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Post
        skip_postgeneration_save = True

    thread = factory.SubFactory(ThreadFactory)
    author = factory.SubFactory(UserFactory)
    body = factory.Sequence(lambda n: f"A kind reply, number {n}.")
    body_html = factory.LazyAttribute(lambda o: render_markdown(o.body))
    created_at = factory.LazyFunction(timezone.now)
