import pytest

from tests.factories import PostFactory, ThreadFactory, UserFactory


@pytest.mark.django_db
def test_profile_shows_pseudonym_join_date_and_posts_but_never_the_email(client):
    member = UserFactory(display_name="Quiet Wren", email="wren.private@example.com")
    ThreadFactory(author=member, title="My first thread")

    response = client.get(member.get_absolute_url())

    content = response.content.decode()
    assert response.status_code == 200
    assert "Quiet Wren" in content
    assert "Member since" in content
    assert "My first thread" in content
    assert "wren.private@example.com" not in content


@pytest.mark.django_db
def test_profile_lists_only_posts_the_viewer_may_read(client):
    member = UserFactory()
    thread = ThreadFactory(title="Visible thread")
    PostFactory(thread=thread, author=member, body="published words")
    PostFactory(thread=thread, author=member, body="held words", status="pending")

    content = client.get(member.get_absolute_url()).content.decode()

    assert "published words" in content
    assert "held words" not in content


@pytest.mark.django_db
def test_member_edits_pseudonym_and_notification_choice(member_client, member):
    response = member_client.post(
        "/accounts/settings/",
        {"display_name": "Brave Robin", "email_notifications": "on"},
    )

    assert response.status_code == 302
    member.refresh_from_db()
    assert member.display_name == "Brave Robin"
    assert member.email_notifications is True


@pytest.mark.django_db
def test_settings_refuses_a_taken_pseudonym_and_keeps_the_input(
    member_client, member, other_member
):
    response = member_client.post(
        "/accounts/settings/", {"display_name": other_member.display_name.upper()}
    )

    content = response.content.decode()
    assert "That pseudonym is taken" in content
    assert f'value="{other_member.display_name.upper()}"' in content
    member.refresh_from_db()
    assert member.display_name == "Hopeful Robin"


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("role", "status"),
    [("anonymous", 302), ("member", 200), ("suspended_member", 200),
     ("moderator", 200), ("admin", 200)],
)  # fmt: skip
def test_settings_page_is_for_signed_in_members(client_for, role, status):
    assert client_for(role).get("/accounts/settings/").status_code == status


@pytest.mark.django_db
def test_profile_page_query_budget(client, django_assert_max_num_queries):
    member = UserFactory()
    for _ in range(20):
        ThreadFactory(author=member)
    with django_assert_max_num_queries(6):
        assert client.get(member.get_absolute_url()).status_code == 200
