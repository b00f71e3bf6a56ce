import pytest

from forum import posting
from forum.search import highlight, search_posts
from tests.factories import CategoryFactory, ThreadFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def thread(member):
    return posting.create_thread(
        member,
        category=CategoryFactory(),
        title="Progesterone questions",
        body="Has anyone taken progesterone pessaries after a loss?",
    )


def test_search_finds_published_posts(thread, member):
    results = list(search_posts("progesterone", member))
    assert [p.thread_id for p in results] == [thread.pk]


def test_search_hides_held_posts_and_sign_in_only_categories_from_anonymous(
    thread, member, other_member
):
    from django.contrib.auth.models import AnonymousUser

    held = posting.create_post(
        other_member, thread=thread, body="Progesterone will guarantee your baby, 100%."
    )
    private = ThreadFactory(
        category=CategoryFactory(login_required=True), opening="progesterone private"
    )

    anonymous = {p.pk for p in search_posts("progesterone", AnonymousUser())}
    signed_in = {p.pk for p in search_posts("progesterone", member)}

    assert held.pk not in anonymous | signed_in
    private_post = private.posts.get().pk
    assert private_post not in anonymous
    assert private_post in signed_in


def test_search_query_syntax_is_treated_as_words(thread, member):
    for query in ['"unbalanced', "AND OR NOT", "progesterone*", "(", "-", "NEAR("]:
        list(search_posts(query, member))  # no error


def test_empty_query_finds_nothing(thread, member):
    assert list(search_posts("  ", member)) == []


def test_highlight_escapes_and_marks():
    html = highlight("<b>hope</b> is here", "hope")
    assert "&lt;b&gt;<mark>hope</mark>&lt;/b&gt;" in html


def test_a_very_common_word_ranks_a_bounded_number_of_candidates(
    thread, member, monkeypatch
):
    monkeypatch.setattr("forum.search.MAX_CANDIDATES", 3)
    for n in range(4):
        ThreadFactory(title=f"T{n}", opening=f"progesterone diary, day {n}")
    assert len(search_posts("progesterone", member)) == 3
    assert len(search_posts("pessaries", member)) == 1
