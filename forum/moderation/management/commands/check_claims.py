"""Run the cure-claim detector over JSON lines: one verdict per line, or an evaluation."""

import json
import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from forum.moderation.claims import find_cure_claims


class Command(BaseCommand):
    help = (
        'Read JSON lines {"id", "text"} from FILE (default stdin) and write one line per '
        'input: {"id", "flagged", "score", "matches": [...]}. With --evaluate, lines also '
        'carry "promises_cure" and only precision, recall, F1 and the misclassified ids are '
        "printed. Malformed lines are reported on stderr by line number and skipped; the "
        "exit status is then 1."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "file", nargs="?", default="-", help="JSON lines; - is stdin"
        )
        parser.add_argument("--evaluate", action="store_true")

    def handle(self, *args, file, evaluate, **options):
        try:
            # Closed by the `with` below; stdin or a file alike.
            stream = sys.stdin if file == "-" else Path(file).open(encoding="utf-8")  # noqa: SIM115
        except OSError as error:
            raise CommandError(f"Cannot read {file}: {error.strerror}") from error
        with stream:
            rows, errors = _read(stream, need_label=evaluate)
        for error in errors:
            self.stderr.write(error)

        tally = {"tp": 0, "fp": 0, "fn": 0, "tn": 0}
        wrong: dict[str, list[str]] = {"false positives": [], "false negatives": []}
        for row in rows:
            matches = find_cure_claims(row["text"])
            flagged = bool(matches)
            if not evaluate:
                self.stdout.write(
                    json.dumps(_verdict(row["id"], matches), ensure_ascii=False)
                )
                continue
            expected = row["promises_cure"]
            key = ("t" if flagged == expected else "f") + ("p" if flagged else "n")
            tally[key] += 1
            if key == "fp":
                wrong["false positives"].append(str(row["id"]))
            elif key == "fn":
                wrong["false negatives"].append(str(row["id"]))
        if evaluate:
            self._report(tally, wrong, len(rows))
        if errors:
            sys.exit(1)

    def _report(self, tally, wrong, total):
        tp, fp, fn = tally["tp"], tally["fp"], tally["fn"]
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = (
            2 * precision * recall / (precision + recall) if precision + recall else 0.0
        )
        self.stdout.write(f"lines: {total}")
        self.stdout.write(f"precision: {precision:.3f}")
        self.stdout.write(f"recall: {recall:.3f}")
        self.stdout.write(f"f1: {f1:.3f}")
        for label, ids in wrong.items():
            self.stdout.write(f"{label} ({len(ids)}): {', '.join(ids) or '-'}")


def _verdict(row_id, matches) -> dict:
    return {
        "id": row_id,
        "flagged": bool(matches),
        "score": max((m.score for m in matches), default=0.0),
        "matches": [m.as_dict() for m in matches],
    }


def _read(stream, *, need_label: bool) -> tuple[list[dict], list[str]]:
    """Parse every line; collect a message for each malformed one instead of stopping."""
    rows, errors = [], []
    for number, line in enumerate(stream, start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as error:
            errors.append(f"line {number}: invalid JSON: {error.msg}")
            continue
        if not isinstance(row, dict):
            errors.append(f"line {number}: expected a JSON object")
        elif "id" not in row:
            errors.append(f'line {number}: missing "id"')
        elif not isinstance(row.get("text"), str):
            errors.append(f'line {number}: "text" must be a string')
        elif need_label and not isinstance(row.get("promises_cure"), bool):
            errors.append(f'line {number}: "promises_cure" must be true or false')
        else:
            rows.append(row)
    return rows, errors
