"""Watched phrases: validated when saved, compiled once, recompiled after any change.

Each process keeps its compiled list until a change bumps the shared version
(config.process_cache), so an edit on one app server reaches every server.
"""

import re
import re._constants as sre_constants
import re._parser as sre_parse
from dataclasses import dataclass

from django.core.exceptions import ValidationError

from config.process_cache import VersionedValue

MAX_PATTERN_LENGTH = 200

_REPEATS = (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT)


@dataclass(frozen=True, slots=True)
class CompiledPhrase:
    id: int
    kind: str
    decision: str  # a screening.Decision value
    reason: str
    regex: re.Pattern

    def finditer(self, text: str):
        for match in self.regex.finditer(text):
            if match.end() > match.start():
                yield match.start(), match.end()


def build_regex(pattern: str, *, is_regex: bool) -> re.Pattern:
    """Compile a watched phrase. Plain phrases match whole words in any case."""
    if is_regex:
        check_regex_is_safe(pattern)
        return re.compile(pattern, re.IGNORECASE)
    words = [re.escape(word) for word in pattern.split()]
    if not words:
        raise ValidationError("Enter a word or phrase.")
    return re.compile(r"(?<!\w)" + r"\s+".join(words) + r"(?!\w)", re.IGNORECASE)


def check_regex_is_safe(pattern: str) -> None:
    """Refuse invalid patterns and those that can take exponential time."""
    if len(pattern) > MAX_PATTERN_LENGTH:
        raise ValidationError(f"Keep patterns under {MAX_PATTERN_LENGTH} characters.")
    try:
        parsed = sre_parse.parse(pattern)
    except re.error as error:
        raise ValidationError(
            f"This is not a valid regular expression: {error}."
        ) from error
    problem = _find_catastrophe(parsed, inside_repeat=False)
    if problem:
        raise ValidationError(
            f"This pattern could take a very long time on some posts ({problem}). "
            "Avoid repeating a group that itself repeats, e.g. (a+)+."
        )
    if re.compile(pattern, re.IGNORECASE).fullmatch("") is not None:
        raise ValidationError(
            "This pattern matches empty text, so it would catch every post."
        )


def _find_catastrophe(parsed, *, inside_repeat: bool) -> str:
    for op, arg in parsed:
        if op in _REPEATS:
            low, high, body = arg
            unbounded = high is sre_constants.MAXREPEAT or high > 100
            if inside_repeat and unbounded:
                return "a repetition nested inside another"
            # Anything repeated more than once must not contain an unbounded repeat.
            found = _find_catastrophe(body, inside_repeat=inside_repeat or high > 1)
            if found:
                return found
        elif op == sre_constants.SUBPATTERN:
            found = _find_catastrophe(arg[-1], inside_repeat=inside_repeat)
            if found:
                return found
        elif op == sre_constants.BRANCH:
            for branch in arg[1]:
                found = _find_catastrophe(branch, inside_repeat=inside_repeat)
                if found:
                    return found
        elif op in (sre_constants.GROUPREF, sre_constants.GROUPREF_EXISTS):
            return "a back-reference"
        elif op in (sre_constants.ASSERT, sre_constants.ASSERT_NOT):
            found = _find_catastrophe(arg[1], inside_repeat=inside_repeat)
            if found:
                return found
    return ""


def _build_phrases() -> tuple[CompiledPhrase, ...]:
    from forum.moderation.models import WatchedPhrase

    phrases = []
    for row in WatchedPhrase.objects.filter(is_active=True):
        try:
            regex = build_regex(row.pattern, is_regex=row.is_regex)
        except ValidationError:
            continue  # rows are validated on save; skip one edited around the admin
        reason = (
            row.message or f"Matches the watched phrase “{row.pattern}” ({row.kind})."
        )
        phrases.append(CompiledPhrase(row.pk, row.kind, row.action, reason, regex))
    return tuple(phrases)


_phrases = VersionedValue("moderation:watched:version", _build_phrases)
# Called whenever a watched phrase changes (see signals in apps.py).
bump_version = _phrases.invalidate


def compiled_phrases() -> tuple[CompiledPhrase, ...]:
    """The active watched phrases, compiled; rebuilt only after a change."""
    return _phrases.get()
