"""Evaluate: score `refuge extract` output against gold in the claims format."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from refuge.evaluate.scoring import F1, Ratio, Report, matches, score


class GoldError(ValueError):
    """A gold or prediction file that cannot be read; the message names file and line."""


def read_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    try:
        handle = path.open(encoding="utf-8")
    except OSError as exc:
        raise GoldError(f"{path}: cannot open ({exc.strerror or exc})") from exc
    with handle:
        for n, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise GoldError(f"{path}:{n}: not valid JSON ({exc.msg})") from exc
            if not isinstance(record, dict) or "doc" not in record:
                raise GoldError(f'{path}:{n}: each line must be an object with a "doc" field')
            yield record


def resolve_gold(path: Path) -> Path:
    """Accept a gold file, or a corpus folder holding gold.jsonl."""
    return path / "gold.jsonl" if path.is_dir() else path


def score_files(gold: Path, predicted: Path) -> Report:
    return score(list(read_jsonl(resolve_gold(gold))), list(read_jsonl(predicted)))


__all__ = ["F1", "GoldError", "Ratio", "Report", "matches", "read_jsonl", "score", "score_files"]
