"""How long screening takes per post: the detector alone, and the whole screen().

Usage: python bench/bench_claims.py [--repeats R]
Posts: the development set (when beside the checkout) and our own labelled examples,
plus a 20,000-character post. Reports median and p95 per post in microseconds.
"""

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from forum.moderation.claims import find_cure_claims  # noqa: E402 - after sys.path
from forum.moderation.screening import Standing, screen  # noqa: E402

SETS = [
    ROOT.parent / "shared" / "moderation" / "cure_claims_dev.jsonl",
    ROOT / "forum" / "moderation" / "data" / "cure_claims_extra.jsonl",
]


def load_posts() -> list[str]:
    posts = []
    for path in SETS:
        if path.exists():
            posts += [
                json.loads(line)["text"] for line in path.read_text().splitlines()
            ]
    return posts


def per_call_us(function, text: str, repeats: int) -> list[float]:
    timings = []
    for _ in range(repeats):
        started = time.perf_counter()
        function(text)
        timings.append((time.perf_counter() - started) * 1e6)
    return timings


def summarise(name: str, timings: list[float]) -> None:
    timings = sorted(timings)
    p95 = timings[int(len(timings) * 0.95) - 1]
    print(f"{name:<44} {statistics.median(timings):>10.1f} {p95:>10.1f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeats", type=int, default=50)
    args = parser.parse_args()
    posts = load_posts()
    # Worst case: nothing but claims and near-claims. Usual case: long ordinary prose.
    dense_post = (" ".join(posts) * 20)[:20_000]
    article = ROOT / "resources" / "content" / "nk-cells-and-recurrent-miscarriage.md"
    prose_post = (article.read_text().split("+++")[2] * 3)[:20_000]
    standing = Standing(published_posts=10)

    def screen_text(text):
        return screen(text, standing=standing)

    print(f"{len(posts)} posts, {args.repeats} repeats each")
    print(f"{'':<44} {'median µs':>10} {'p95 µs':>10}")
    for name, function in (
        ("find_cure_claims", find_cure_claims),
        ("screen", screen_text),
    ):
        timings = []
        for text in posts:
            timings += per_call_us(function, text, args.repeats)
        summarise(f"{name}, typical post", timings)
        summarise(
            f"{name}, 20,000 chars of claims", per_call_us(function, dense_post, 20)
        )
        summarise(
            f"{name}, 20,000 chars of prose", per_call_us(function, prose_post, 20)
        )


if __name__ == "__main__":
    main()
