import pytest
from django.urls import reverse

from forum import posting
from forum.models import Post
from forum.moderation.models import ModerationAction, QueueItem, WatchedPhrase
from tests.factories import CategoryFactory

pytestmark = pytest.mark.django_db
CURE = "IVIG cured my NK cells. Do it and you WILL carry to term, guaranteed."


@pytest.fixture
def held(member, other_member):
    thread = posting.create_thread(
        member, category=CategoryFactory(), title="Hello", body="My story."
    )
    return posting.create_post(other_member, thread=thread, body=CURE)


@pytest.mark.parametrize(
    ("role", "status"),
    [("anonymous", 302), ("member", 302), ("suspended_member", 302),
     ("moderator", 200), ("admin", 200)],
)  # fmt: skip
def test_queue_in_the_admin_is_for_moderators(client_for, held, role, status):
    response = client_for(role).get(reverse("admin:moderation_queueitem_changelist"))
    assert response.status_code == status
    if status == 302:
        assert "login" in response.url


def test_queue_item_page_highlights_the_trigger_and_links_the_evidence(
    client_for, held
):
    item = QueueItem.objects.get(post=held)
    response = client_for("moderator").get(
        reverse("admin:moderation_queueitem_change", args=[item.pk])
    )
    content = response.content.decode()
    assert "<mark" in content
    assert "/resources/nk-cells-and-recurrent-miscarriage/#" in content
    assert held.author.email not in content


def test_approve_action_from_the_admin(client_for, held):
    item = QueueItem.objects.get(post=held)
    client_for("moderator").post(
        reverse("admin:moderation_queueitem_changelist"),
        {"action": "approve", "_selected_action": [item.pk]},
    )
    held.refresh_from_db()
    assert held.status == Post.Status.PUBLISHED


def test_reject_action_asks_for_a_reason_then_rejects(client_for, held):
    item = QueueItem.objects.get(post=held)
    client = client_for("moderator")
    url = reverse("admin:moderation_queueitem_changelist")

    form = client.post(url, {"action": "reject", "_selected_action": [item.pk]})
    assert "Reason the author will see" in form.content.decode()

    client.post(
        url,
        {"action": "reject", "_selected_action": [item.pk], "apply": "1",
         "reason": "We don't allow cure promises."},
    )  # fmt: skip
    held.refresh_from_db()
    assert held.status == Post.Status.REJECTED
    assert ModerationAction.objects.get().reason == "We don't allow cure promises."


def test_watched_phrase_with_catastrophic_regex_is_refused(client_for):
    response = client_for("moderator").post(
        reverse("admin:moderation_watchedphrase_add"),
        {"pattern": "(a+)+$", "is_regex": "on", "kind": "x", "action": "hold",
         "is_active": "on"},
    )  # fmt: skip
    assert "could take a very long time" in response.content.decode()
    assert not WatchedPhrase.objects.exists()


def test_watched_phrase_test_box_shows_catches_without_saving(client_for, held):
    response = client_for("moderator").post(
        reverse("admin:moderation_watchedphrase_add"),
        {"pattern": "carry to term", "kind": "cure claim", "action": "hold",
         "is_active": "on", "test_only": "on"},
    )  # fmt: skip
    content = response.content.decode()
    assert "would catch 1 of the latest" in content
    assert f"Post {held.pk}" in content
    assert not WatchedPhrase.objects.exists()
