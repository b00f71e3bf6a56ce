"""The cure-claim detector: what the guideline says it must and must not hold."""

import json
from pathlib import Path

import pytest
from django.conf import settings
from hypothesis import given
from hypothesis import strategies as st

from forum.moderation.claims import claim_score, find_cure_claims

DATA = Path(settings.BASE_DIR) / "forum" / "moderation" / "data"
DEV_SET = (
    Path(settings.BASE_DIR).parent / "shared" / "moderation" / "cure_claims_dev.jsonl"
)


def evaluate(path: Path) -> tuple[float, float, list[str]]:
    rows = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    tp = fp = fn = 0
    wrong = []
    for row in rows:
        flagged = bool(find_cure_claims(row["text"]))
        tp += flagged and row["promises_cure"]
        fp += flagged and not row["promises_cure"]
        fn += not flagged and row["promises_cure"]
        if flagged != row["promises_cure"]:
            wrong.append(row["id"])
    return tp / (tp + fp), tp / (tp + fn), wrong


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("IVIG will guarantee your baby.", "guaranteed_outcome"),
        ("This tea heals your womb so the next pregnancy stays.", "miracle_product"),
        ("Take prednisolone and you will never miscarry again.", "guaranteed_outcome"),
        ("DM me for our clinic's package, 95% of patients carry to term.",
         "selling_with_outcome"),
        ("Steroids are the cure for immune miscarriage.", "unproven_as_proven"),
        ("It worked for me and it will work for you.", "personal_result_as_rule"),
        ("Once the killer cells are down with intralipids nothing can go wrong "
         "with the pregnancy.", "guaranteed_outcome"),
    ],
)  # fmt: skip
def test_promises_of_a_cure_are_found_with_their_rule(text, rule):
    matches = find_cure_claims(text)
    assert rule in {m.rule for m in matches}
    for match in matches:
        assert text[match.start : match.end] == match.text
        assert match.reason.endswith(".")
        assert 0 < match.score <= 1


@pytest.mark.parametrize(
    "text",
    [
        "Does IVIG actually work, or is it expensive hope?",
        "I took prednisolone and had my rainbow, but I'll never know if it helped.",
        "Anyone who guarantees a baby is lying to you.",
        "A few small studies found IVIG may help some women.",
        "NK cells cause miscarriages, I'm convinced.",
        "We offer immune testing at our clinic.",
        "I pray they find a cure.",
        "A clinic told me their protocol 'guarantees a baby'. Reported.",
        "I promise it gets softer. 100% agree with everyone here.",
        "I guarantee everyone here understands.",
        "",
        "   \n\n  ",
    ],
)
def test_questions_experience_doubt_hope_quotes_and_support_pass(text):
    assert find_cure_claims(text) == []
    assert claim_score(text) == 0.0


def test_a_seller_softening_the_claim_is_still_held():
    text = (
        "Our acupuncture programme can help reduce miscarriage. Half price this week."
    )
    assert [m.rule for m in find_cure_claims(text)] == ["selling_with_outcome"]


def test_the_same_claim_phrased_as_a_question_is_not_held():
    assert find_cure_claims("Will IVIG guarantee your baby?") == []
    assert find_cure_claims("IVIG will guarantee your baby.")


def test_spans_point_into_the_original_text_after_other_sentences():
    text = (
        "So sorry for your loss.\n\nHonestly, the intralipids will get you your baby."
    )
    (match,) = find_cure_claims(text)
    assert text[match.start : match.end] == match.text
    assert match.start > text.index("Honestly")


def test_development_set_meets_the_targets():
    if not DEV_SET.exists():
        pytest.skip(f"development set not beside this checkout ({DEV_SET})")
    precision, recall, wrong = evaluate(DEV_SET)
    assert precision >= 0.95 and recall >= 0.95, wrong


def test_our_own_labelled_examples_meet_the_targets():
    precision, recall, wrong = evaluate(DATA / "cure_claims_extra.jsonl")
    assert precision >= 0.95 and recall >= 0.95, wrong


@pytest.mark.parametrize(
    "text",
    [
        "a" * 20_000,
        "will " * 4_000,
        "!" * 20_000,
        "'" * 20_000,
        ("IVIG will guarantee your baby. " * 700)[:20_000],
        "every one who " * 1_400,
    ],
)
def test_long_and_pathological_posts_are_screened(text):
    matches = find_cure_claims(text)
    assert all(text[m.start : m.end] == m.text for m in matches)
    if "guarantee" in text:
        assert len(matches) >= 600  # every sentence, not just the first


@given(st.text(max_size=400))
def test_any_text_gives_valid_spans(text):
    for match in find_cure_claims(text):
        assert 0 <= match.start < match.end <= len(text)
        assert text[match.start : match.end] == match.text
