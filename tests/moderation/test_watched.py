import pytest
from django.core.exceptions import ValidationError

from forum.moderation.models import WatchedPhrase
from forum.moderation.watched import build_regex, check_regex_is_safe, compiled_phrases


@pytest.mark.parametrize(
    "pattern",
    [r"(a+)+$", r"(\w*)*x", r"(x|y+)*z", r"(.*a){20}", r"(a)\1", "(", "[z-a]", "a*"],
)
def test_unsafe_or_invalid_patterns_are_refused(pattern):
    with pytest.raises(ValidationError):
        check_regex_is_safe(pattern)


@pytest.mark.parametrize("pattern", [r"\bguarantee[sd]?\b", r"dm\s+me", r"100\s*%"])
def test_reasonable_patterns_are_accepted(pattern):
    check_regex_is_safe(pattern)


def test_plain_phrases_match_whole_words_in_any_case():
    regex = build_regex("miracle tea", is_regex=False)
    assert regex.search("This MIRACLE   tea works")
    assert not regex.search("miracle teapot")


@pytest.mark.django_db
def test_compiled_phrases_follow_changes():
    assert compiled_phrases() == ()
    row = WatchedPhrase.objects.create(pattern="special price", action="hold")
    assert [p.id for p in compiled_phrases()] == [row.pk]
    row.is_active = False
    row.save()
    assert compiled_phrases() == ()


@pytest.mark.django_db
def test_compiled_phrases_are_not_rebuilt_without_a_change(django_assert_num_queries):
    WatchedPhrase.objects.create(pattern="special price")
    compiled_phrases()
    with django_assert_num_queries(0):
        compiled_phrases()
