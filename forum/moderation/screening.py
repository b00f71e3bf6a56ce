"""Decide what happens to a new post or edit: publish, hold for review, or block.

`screen` combines the cure-claim detector, the watched phrases and the author's standing.
It is pure: the caller passes in everything it needs, so it is cheap and easy to test.
"""

from dataclasses import dataclass, field
from enum import StrEnum

from forum.moderation.claims import find_cure_claims
from forum.moderation.watched import CompiledPhrase


class Decision(StrEnum):
    PUBLISH = "publish"
    FLAG = "flag"  # publish, and put it in the queue for a second look
    HOLD = "hold"
    BLOCK = "block"


@dataclass(frozen=True, slots=True)
class Standing:
    published_posts: int = 0
    trusted: bool = False  # moderators: their posts are never held
    premoderate_first: int = 0  # hold this many of a member's first posts


@dataclass(frozen=True, slots=True)
class Match:
    source: str  # "detector", "watched" or "premoderation"
    rule: str
    start: int
    end: int
    text: str
    reason: str
    score: float = 1.0


@dataclass(frozen=True, slots=True)
class Verdict:
    decision: Decision
    matches: list[Match] = field(default_factory=list)
    message: str = ""  # for BLOCK: what the author is told

    @property
    def held(self) -> bool:
        return self.decision == Decision.HOLD


PREMODERATION_REASON = (
    "New members' first posts are read by a moderator before they appear."
)

_SEVERITY = [Decision.PUBLISH, Decision.FLAG, Decision.HOLD, Decision.BLOCK]


def screen(
    text: str, *, standing: Standing, watched: tuple[CompiledPhrase, ...] = ()
) -> Verdict:
    """Return what to do with *text* written by an author of *standing*."""
    decision = Decision.PUBLISH
    matches: list[Match] = []
    message = ""

    for claim in find_cure_claims(text):
        matches.append(
            Match(
                "detector",
                claim.rule,
                claim.start,
                claim.end,
                claim.text,
                claim.reason,
                claim.score,
            )
        )
        decision = Decision.HOLD

    for phrase in watched:
        for start, end in phrase.finditer(text):
            matches.append(
                Match(
                    "watched", phrase.kind, start, end, text[start:end], phrase.reason
                )
            )
            decision = max(decision, Decision(phrase.decision), key=_SEVERITY.index)
            if phrase.decision == Decision.BLOCK:
                message = message or phrase.reason

    if standing.trusted and decision != Decision.BLOCK:
        # Moderators' words are not held, but what matched is still recorded.
        return Verdict(Decision.PUBLISH, matches)

    if decision == Decision.PUBLISH and standing.published_posts < (
        standing.premoderate_first
    ):
        matches.append(
            Match("premoderation", "first_posts", 0, 0, "", PREMODERATION_REASON)
        )
        decision = Decision.HOLD
    return Verdict(decision, matches, message)
