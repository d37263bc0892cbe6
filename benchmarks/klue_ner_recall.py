"""Recall of the Korean date and head-count recognisers on KLUE-NER v1.1 dev.

    python benchmarks/klue_ner_recall.py [--tsv PATH] [--misses N]

KLUE-NER tags characters with BIO labels. Not every DT (date/time-of-date) span is a date and
not every QT (quantity) span is a head-count, so each is filtered first:

- DT spans that denote dates: a span is kept when it names a calendar day, month or year, or a
  day/month/year relative to the text's date: it holds a four-digit year with 년, a number with 월
  or 일, a weekday (…요일), or a relative word (어제, 오늘, 이날, 지난해, 지난달, 이달, 지난주…).
  Spans that are durations or eras are dropped: they hold or are followed by 간/동안/개월/째/만에/
  주년, 년대, 분기, 시즌, 학년, 세기, 시절, hold a number of years without a four-digit year
  ("2년"), or hold no digit and no relative word at all ("봄", "크리스마스", "어린이날").
- QT spans that denote head-counts of people: the span ends in the person counter 명 (optionally
  followed by a qualifier such as 이상, 가량) or is digits + 인, holds no decimal fraction
  ("1.23명" is an average) and is not followed by 당 ("10만명당" is a rate).

A span is recalled when a mention from `find_dates` (anchor 2020-06-15, since KLUE sentences carry
no date of their own) or `find_counts` overlaps it on at least half of its characters or lies
inside it (the date "오늘" in the DT span "오늘 오전"). The script
prints numerator/denominator for both, and a sample of misses.
"""

from __future__ import annotations

import argparse
import re
from datetime import date
from pathlib import Path

from refuge.extract.counts import find_counts
from refuge.extract.dates import find_dates

REPO = Path(__file__).resolve().parents[1]
DEFAULT_TSV = REPO.parent / "shared" / "data" / "klue-ner" / "klue-ner-v1.1_dev.tsv"
ANCHOR = date(2020, 6, 15)

_RELATIVE = (
    "어제|오늘|내일|모레|그저께|이날|당일|전날|지난해|작년|올해|금년|내년|재작년|지난달|이달|"
    "이번 달|다음 달|다음달|지난주|이번 주|이번주|다음 주|다음주|요일"
)
_DURATION = r"간|동안|개월|째|만에|주년|년대|분기|시즌|학년|세기|시절|년도"
_DATE_SHAPE = re.compile(rf"(?:19|20)\d\d\s*년|\d\s*월|\d\s*일|(?<![가-힣])(?:{_RELATIVE})")
_HEADCOUNT = re.compile(r"(?:\d|[가-힣])\s*명\s*(?:이상|가량|정도|이하|미만|안팎|넘게)?$|\d인$")


def read_spans(path: Path) -> list[tuple[str, list[tuple[str, int, int]]]]:
    """(sentence, [(label, start, end)]) for every sentence of a KLUE-NER BIO file."""
    out = []
    for block in path.read_text(encoding="utf-8").split("\n\n"):
        chars: list[str] = []
        tags: list[str] = []
        for line in block.split("\n"):
            if line.startswith("##") or "\t" not in line:
                continue
            char, tag = line.split("\t", 1)
            chars.append(char)
            tags.append(tag.strip())
        spans: list[tuple[str, int, int]] = []
        for i, tag in enumerate(tags):
            if tag.startswith("B-"):
                spans.append((tag[2:], i, i + 1))
            elif tag.startswith("I-") and spans and spans[-1][0] == tag[2:] and spans[-1][2] == i:
                label, start, _ = spans[-1]
                spans[-1] = (label, start, i + 1)
        if chars:
            out.append(("".join(chars), spans))
    return out


def denotes_date(span: str, after: str) -> bool:
    if re.search(_DURATION, span) or re.match(rf"\s*(?:{_DURATION}|만)", after):
        return False
    if re.search(r"\d\s*년", span) and not re.search(r"(?:19|20)\d\d\s*년", span):
        return False
    return bool(_DATE_SHAPE.search(span))


def denotes_headcount(span: str, after: str) -> bool:
    # "10만명당", "1인당" are rates; "1.23명" is an average.
    rate = after.startswith("당") or re.search(r"\d\.\d", span)
    return bool(_HEADCOUNT.search(span)) and not rate


def covered(start: int, end: int, mentions: list[tuple[int, int]]) -> bool:
    """A mention covers half the span, or lies inside it ("오늘" of "오늘 오전")."""
    need = (end - start) / 2
    return any(min(end, e) - max(start, s) >= need or start <= s < e <= end for s, e in mentions)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--tsv", type=Path, default=DEFAULT_TSV)
    parser.add_argument("--misses", type=int, default=25, help="how many misses to print")
    args = parser.parse_args()

    results = {"DT": [0, 0], "QT": [0, 0]}
    misses: dict[str, list[str]] = {"DT": [], "QT": []}
    for sentence, spans in read_spans(args.tsv):
        wanted = [
            (label, s, e)
            for label, s, e in spans
            if (label == "DT" and denotes_date(sentence[s:e], sentence[e : e + 4]))
            or (label == "QT" and denotes_headcount(sentence[s:e], sentence[e : e + 4]))
        ]
        if not wanted:
            continue
        found = {
            "DT": [(m.start, m.end) for m in find_dates(sentence, "ko", ANCHOR)],
            "QT": [(m.start, m.end) for m in find_counts(sentence, "ko")],
        }
        for label, s, e in wanted:
            results[label][1] += 1
            if covered(s, e, found[label]):
                results[label][0] += 1
            else:
                misses[label].append(f"{sentence[s:e]!r} in …{sentence[max(0, s - 20) : e + 20]}…")

    for label, name in (("DT", "dates (find_dates)"), ("QT", "head-counts (find_counts)")):
        hit, total = results[label]
        print(f"{name}: recall {hit}/{total} = {hit / max(total, 1):.3f}")
        for line in misses[label][: args.misses]:
            print("  miss", line)


if __name__ == "__main__":
    main()
