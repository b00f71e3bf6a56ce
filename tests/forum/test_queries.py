"""Every page has a query budget that does not grow with the rows it shows."""

import pytest
from django.test import Client

from forum import posting
from forum.models import Notification
from tests.factories import CategoryFactory, PostFactory, ThreadFactory, UserFactory


def thread_with_posts(count):
    thread = ThreadFactory()
    for _ in range(count - 1):
        PostFactory(thread=thread, author=UserFactory())
    return thread


def category_with_threads(count):
    category = CategoryFactory()
    for _ in range(count):
        ThreadFactory(category=category)
    return category


def client_as(role, user_for):
    client = Client()
    user = user_for(role)
    if user:
        client.force_login(user)
    return client


ROLES = ["anonymous", "member", "moderator"]


@pytest.mark.django_db
@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("size", [1, 50])
def test_thread_page_budget(user_for, django_assert_max_num_queries, role, size):
    thread = thread_with_posts(size)
    client = client_as(role, user_for)
    with django_assert_max_num_queries(14):
        assert client.get(thread.get_absolute_url()).status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("size", [1, 50])
def test_category_page_budget(user_for, django_assert_max_num_queries, role, size):
    category = category_with_threads(size)
    client = client_as(role, user_for)
    with django_assert_max_num_queries(9):
        assert client.get(category.get_absolute_url()).status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize("role", ROLES)
def test_index_budget(user_for, django_assert_max_num_queries, role):
    for _ in range(10):
        category_with_threads(2)
    client = client_as(role, user_for)
    with django_assert_max_num_queries(7):
        assert client.get("/").status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize("size", [1, 50])
def test_search_budget(member_client, django_assert_max_num_queries, size):
    thread = ThreadFactory(opening="hope and waiting")
    for _ in range(size):
        PostFactory(thread=thread, body="more hope for everyone")
    with django_assert_max_num_queries(9):
        assert member_client.get("/search/?q=hope").status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize("size", [1, 50])
def test_notifications_budget(
    member_client, member, django_assert_max_num_queries, size
):
    thread = ThreadFactory()
    post = thread.posts.get()
    for _ in range(size):
        Notification.objects.create(
            recipient=member, kind="reply", post=post, message="m"
        )
    with django_assert_max_num_queries(8):
        assert member_client.get("/notifications/").status_code == 200


@pytest.mark.django_db
def test_posting_a_reply_budget(member, django_assert_max_num_queries):
    thread = thread_with_posts(50)
    with django_assert_max_num_queries(20):
        posting.create_post(member, thread=thread, body="A reply")
