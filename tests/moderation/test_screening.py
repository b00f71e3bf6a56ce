import re

import pytest

from forum.moderation.screening import Decision, Standing, screen
from forum.moderation.watched import CompiledPhrase

MEMBER = Standing(published_posts=10)
CURE = "Do the full immune protocol and you WILL carry to term, guaranteed."


def phrase(pattern, decision, reason="Watched."):
    return CompiledPhrase(1, "seller", decision, reason, re.compile(pattern, re.I))


def test_ordinary_grief_publishes():
    verdict = screen(
        "It would have been my due date today. I miss them.", standing=MEMBER
    )
    assert verdict.decision == Decision.PUBLISH
    assert verdict.matches == []


def test_cure_promise_is_held_with_its_phrase_and_reason():
    verdict = screen(CURE, standing=MEMBER)
    assert verdict.decision == Decision.HOLD
    match = verdict.matches[0]
    assert match.source == "detector"
    assert CURE[match.start : match.end] == match.text
    assert match.reason


def test_moderators_are_never_held_but_matches_are_kept():
    verdict = screen(CURE, standing=Standing(trusted=True))
    assert verdict.decision == Decision.PUBLISH
    assert verdict.matches


@pytest.mark.parametrize(
    ("decision", "expected"),
    [("hold", Decision.HOLD), ("flag", Decision.FLAG), ("block", Decision.BLOCK)],
)
def test_watched_phrase_actions(decision, expected):
    verdict = screen(
        "Message me for a special price", standing=MEMBER,
        watched=(phrase(r"special price", decision, "No selling."),),
    )  # fmt: skip
    assert verdict.decision == expected
    assert verdict.matches[0].text == "special price"
    if expected == Decision.BLOCK:
        assert verdict.message == "No selling."


def test_the_most_severe_action_wins():
    verdict = screen(
        "special price, dm me",
        standing=MEMBER,
        watched=(phrase("dm me", "flag"), phrase("special price", "hold")),
    )
    assert verdict.decision == Decision.HOLD


def test_premoderation_holds_first_posts_only():
    new = Standing(published_posts=1, premoderate_first=3)
    settled = Standing(published_posts=3, premoderate_first=3)
    assert screen("Hello all", standing=new).decision == Decision.HOLD
    assert screen("Hello all", standing=new).matches[0].source == "premoderation"
    assert screen("Hello all", standing=settled).decision == Decision.PUBLISH
