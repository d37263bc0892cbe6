"""Shared corpora for the cleaning tests: the gold documents and the Chinese extraction set.

Figures are computed here once per session and asserted on in `test_clean_gate.py`.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path

from refuge.clean import clean
from refuge.ingest import read_document
from refuge.ingest.read import read_bytes
from refuge.records import Document, RawDocument

SHARED = Path(__file__).resolve().parents[2] / "shared"
ZH = SHARED / "data" / "zh-web-extraction"


def read(path: Path) -> RawDocument:
    raw = read_document(path)
    assert isinstance(raw, RawDocument), raw
    return raw


@dataclass(frozen=True)
class GoldDoc:
    path: Path
    gold: dict

    @property
    def name(self) -> str:
        return self.path.name


def gold_docs() -> list[GoldDoc]:
    out = []
    for gold_file, folder in (("gold/seeds.jsonl", "seeds"), ("dev/gold.jsonl", "dev/docs")):
        for line in (SHARED / gold_file).read_text(encoding="utf-8").splitlines():
            if line.strip():
                gold = json.loads(line)
                out.append(GoldDoc(SHARED / folder / gold["doc"], gold))
    return out


@cache
def cleaned(path: Path) -> Document:
    return clean(read(path))


def clean_text(text: str, name: str = "page.txt") -> Document:
    """A page written in a test, read as the file `name` would be and cleaned."""
    raw = read_bytes(Path(name), text.encode("utf-8"))
    assert isinstance(raw, RawDocument), raw
    return clean(raw)


def tokens(text: str) -> Counter[str]:
    """Characters that are letters or digits: Chinese is tokenised by character."""
    return Counter(c for c in text if unicodedata.category(c)[0] in "LN")


def token_f1(system: str, gold: str) -> float:
    sys_tokens, gold_tokens = tokens(system), tokens(gold)
    overlap = sum((sys_tokens & gold_tokens).values())
    if not overlap:
        return 0.0
    precision = overlap / sum(sys_tokens.values())
    recall = overlap / sum(gold_tokens.values())
    return 2 * precision * recall / (precision + recall)


def zh_pages() -> list[Path]:
    return sorted((ZH / "original").glob("*.html"))


def zh_gold_text(page: Path) -> str:
    return (ZH / "cleaned" / f"{page.stem}.txt").read_text(encoding="utf-8", errors="replace")


def zh_gold_date(page: Path) -> tuple[int, ...] | None:
    """Gold as (year[, month[, day]]); None for UNKNOWN or anything that is not a date."""
    text = (ZH / "date" / f"{page.stem}.txt").read_text(encoding="utf-8", errors="replace")
    match = re.match(r"^(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?", text.strip())
    return tuple(int(g) for g in match.groups() if g) if match else None


def date_matches(found: date | None, gold: tuple[int, ...] | None) -> bool:
    """Right to the precision gold gives; no date is right when gold has none."""
    if gold is None:
        return found is None
    return found is not None and (found.year, found.month, found.day)[: len(gold)] == gold
