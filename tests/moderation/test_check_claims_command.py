import io
import json

import pytest
from django.core.management import call_command


def run(*args, stdin: str | None = None, monkeypatch=None):
    out, err = io.StringIO(), io.StringIO()
    if stdin is not None:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = 0
    try:
        call_command("check_claims", *args, stdout=out, stderr=err)
    except SystemExit as exit:
        code = exit.code
    return out.getvalue(), err.getvalue(), code


def lines(*rows) -> str:
    return "".join(json.dumps(row) + "\n" for row in rows)


def test_one_verdict_per_line_with_spans_and_reasons(tmp_path):
    path = tmp_path / "posts.jsonl"
    path.write_text(
        lines(
            {"id": "a", "text": "IVIG will guarantee your baby."},
            {"id": "b", "text": "Does IVIG work?"},
        )
    )
    out, err, code = run(str(path))
    first, second = (json.loads(line) for line in out.splitlines())
    assert code == 0 and err == ""
    assert first["id"] == "a" and first["flagged"] is True and first["score"] > 0.5
    (match,) = first["matches"]
    assert set(match) == {"start", "end", "text", "rule", "reason"}
    assert (
        "IVIG will guarantee your baby."[match["start"] : match["end"]] == match["text"]
    )
    assert second == {"id": "b", "flagged": False, "score": 0.0, "matches": []}


def test_reads_stdin_by_default(monkeypatch):
    out, _, code = run(stdin=lines({"id": 7, "text": "hello"}), monkeypatch=monkeypatch)
    assert json.loads(out)["id"] == 7
    assert code == 0


def test_evaluate_prints_precision_recall_f1_and_the_misclassified_ids(tmp_path):
    path = tmp_path / "labelled.jsonl"
    path.write_text(
        lines(
            {
                "id": "tp",
                "text": "IVIG will guarantee your baby.",
                "promises_cure": True,
            },
            {"id": "fn", "text": "Hello there.", "promises_cure": True},
            {"id": "tn", "text": "Does IVIG work?", "promises_cure": False},
        )
    )
    out, _, code = run(str(path), "--evaluate")
    assert "precision: 1.000" in out
    assert "recall: 0.500" in out
    assert "f1: 0.667" in out
    assert "false negatives (1): fn" in out
    assert "false positives (0): -" in out
    assert code == 0


def test_malformed_lines_are_reported_by_number_and_the_rest_processed(tmp_path):
    path = tmp_path / "mixed.jsonl"
    path.write_text(
        lines({"id": 1, "text": "fine"})
        + "{not json\n"
        + "\n"
        + "[1, 2]\n"
        + lines({"id": 5}, {"text": "no id"}, {"id": 7, "text": "also fine"})
    )
    out, err, code = run(str(path))
    assert [json.loads(line)["id"] for line in out.splitlines()] == [1, 7]
    assert "line 2: invalid JSON" in err
    assert "line 4: expected a JSON object" in err
    assert 'line 5: "text" must be a string' in err
    assert 'line 6: missing "id"' in err
    assert code == 1


def test_evaluate_requires_labels(tmp_path):
    path = tmp_path / "unlabelled.jsonl"
    path.write_text(lines({"id": 1, "text": "x"}))
    _, err, code = run(str(path), "--evaluate")
    assert 'line 1: "promises_cure" must be true or false' in err
    assert code == 1


def test_a_missing_file_is_a_clear_error():
    from django.core.management import CommandError

    with pytest.raises(CommandError, match="Cannot read"):
        call_command("check_claims", "/nonexistent/file.jsonl")
