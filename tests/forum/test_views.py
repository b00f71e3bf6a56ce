import pytest
from django.urls import reverse

from forum import posting
from forum.models import Post, Thread
from tests.factories import CategoryFactory, PostFactory, ThreadFactory

ROLE_STATUS_READ = [
    ("anonymous", 200), ("member", 200), ("suspended_member", 200),
    ("moderator", 200), ("admin", 200),
]  # fmt: skip


@pytest.fixture
def thread(db, member):
    category = CategoryFactory(slug="talk")
    return posting.create_thread(
        member, category=category, title="A thread", body="Opening words"
    )


@pytest.mark.parametrize(("role", "status"), ROLE_STATUS_READ)
def test_reading_pages_are_open_to_every_role(client_for, thread, role, status):
    client = client_for(role)
    for url in ("/", thread.category.get_absolute_url(), thread.get_absolute_url(),
                "/search/?q=words", "/guidelines/"):  # fmt: skip
        assert client.get(url).status_code == status, url


@pytest.mark.parametrize(
    ("role", "status"),
    [("anonymous", 302), ("member", 302), ("suspended_member", 403),
     ("moderator", 302), ("admin", 302)],
)  # fmt: skip
def test_reply_permissions_by_role(client_for, thread, role, status):
    response = client_for(role).post(
        reverse("forum:reply", args=[thread.pk]), {"body": f"Reply from {role}"}
    )
    assert response.status_code == status
    if role == "anonymous":
        assert "/accounts/login/" in response.url
    saved = Post.objects.filter(body=f"Reply from {role}").exists()
    assert saved == (role in ("member", "moderator", "admin"))


@pytest.mark.parametrize(
    ("role", "status"),
    [("anonymous", 302), ("member", 200), ("suspended_member", 403),
     ("moderator", 200), ("admin", 200)],
)  # fmt: skip
def test_new_thread_page_by_role(client_for, thread, role, status):
    url = reverse("forum:new_thread", args=[thread.category.slug])
    assert client_for(role).get(url).status_code == status


@pytest.mark.parametrize(
    ("role", "status"),
    [("anonymous", 302), ("member", 200), ("suspended_member", 403),
     ("moderator", 200), ("admin", 200)],
)  # fmt: skip
def test_edit_permissions_by_role(client_for, user_for, role, status):
    # "member" edits their own post; the others try to edit the member's post.
    author = user_for("member")
    thread = ThreadFactory(author=author)
    post = thread.posts.get()
    if role == "suspended_member":
        post.author = user_for(role)
        post.save()
    response = client_for(role).get(reverse("forum:edit_post", args=[post.pk]))
    assert response.status_code == status


def test_other_members_cannot_edit_or_delete_a_post(client_for, thread, other_member):
    from django.test import Client

    client = Client()
    client.force_login(other_member)
    post = thread.posts.get()
    assert client.get(reverse("forum:edit_post", args=[post.pk])).status_code == 403
    assert client.post(reverse("forum:delete_post", args=[post.pk])).status_code == 403
    post.refresh_from_db()
    assert post.status == Post.Status.PUBLISHED


def test_failed_reply_reshows_the_text(member_client, thread, settings):
    settings.FORUM_POST_RATE = "1/m"
    member_client.post(reverse("forum:reply", args=[thread.pk]), {"body": "first"})

    response = member_client.post(
        reverse("forum:reply", args=[thread.pk]), {"body": "my precious words"}
    )

    content = response.content.decode()
    assert response.status_code == 200
    assert "faster than we allow" in content
    assert "my precious words" in content


def test_empty_reply_reshows_the_form_with_a_message(member_client, thread):
    response = member_client.post(
        reverse("forum:reply", args=[thread.pk]), {"body": "   "}
    )
    assert "can&#x27;t be empty" in response.content.decode()
    assert thread.posts.count() == 1


def test_new_thread_validation_keeps_title_and_body(member_client, thread):
    url = reverse("forum:new_thread", args=[thread.category.slug])
    response = member_client.post(url, {"title": "My title", "body": "x" * 20_001})
    content = response.content.decode()
    assert "at most 20,000 characters" in content
    assert 'value="My title"' in content


def test_reply_to_a_missing_thread_is_404(member_client):
    assert member_client.post("/t/999999/reply/", {"body": "hi"}).status_code == 404


def test_reply_to_a_locked_thread_is_refused_with_a_reason(member_client, thread):
    Thread.objects.filter(pk=thread.pk).update(locked=True)
    response = member_client.post(
        reverse("forum:reply", args=[thread.pk]), {"body": "hi"}
    )
    assert response.status_code == 403
    assert "locked" in response.content.decode()


def test_script_in_a_post_is_not_executed_on_the_page(client, thread, member):
    posting.create_post(member, thread=thread, body="<script>alert('x')</script> hi")
    content = client.get(thread.get_absolute_url()).content.decode()
    assert "<script>alert" not in content


def test_held_post_is_visible_to_its_author_only(client_for, thread, other_member):
    from django.test import Client

    held = posting.create_post(
        other_member,
        thread=thread,
        body="This tea heals your womb and guarantees your baby, 100%.",
    )
    author = Client()
    author.force_login(other_member)

    page = author.get(thread.get_absolute_url()).content.decode()
    assert "Waiting for a moderator" in page
    assert f"post-{held.pk}" in page
    for role in ("anonymous", "member"):
        other = client_for(role).get(thread.get_absolute_url()).content.decode()
        assert f"post-{held.pk}" not in other


def test_sign_in_only_category_asks_anonymous_readers_to_sign_in(client, member_client):
    category = CategoryFactory(login_required=True)
    thread = ThreadFactory(category=category)
    response = client.get(thread.get_absolute_url())
    assert response.status_code == 403
    assert "Please sign in" in response.content.decode()
    assert member_client.get(thread.get_absolute_url()).status_code == 200


def test_link_to_a_post_lands_on_its_page(client, thread, member):
    posts = [PostFactory(thread=thread, author=member) for _ in range(45)]
    target = posts[30]  # the 32nd post in the thread: page 2 of 20 per page

    response = client.get(target.get_absolute_url())

    assert response.status_code == 302
    assert response.url == f"{thread.get_absolute_url()}?page=2#post-{target.pk}"


def test_thread_url_with_a_wrong_slug_redirects(client, thread):
    response = client.get(f"/t/{thread.pk}/wrong-slug/")
    assert response.status_code == 301
    assert response.url == thread.get_absolute_url()


def test_support_button_works_without_javascript(member_client, thread, other_member):
    post = posting.create_post(other_member, thread=thread, body="Hello")
    response = member_client.post(reverse("forum:support", args=[post.pk]))
    assert response.status_code == 302
    post.refresh_from_db()
    assert post.support_count == 1


def test_preview_renders_sanitized_markdown(member_client):
    response = member_client.post(
        reverse("forum:preview"), {"body": "**hi** <script>x</script>"}
    )
    content = response.content.decode()
    assert "<strong>hi</strong>" in content
    assert "<script>" not in content


def test_notifications_page_and_mark_read(
    member_client, member, thread, other_member, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        posting.create_post(other_member, thread=thread, body="Hello there")
    page = member_client.get("/notifications/").content.decode()
    assert "replied in" in page
    member_client.post(reverse("forum:notifications_read"))
    assert member.notifications.unread().count() == 0


def test_revision_history_is_for_moderators(client_for, thread, member):
    post = thread.posts.get()
    posting.edit_post(member, post=post, body="New words")
    url = reverse("forum:post_history", args=[post.pk])
    assert client_for("member").get(url).status_code == 403
    response = client_for("moderator").get(url)
    assert "Opening words" in response.content.decode()
