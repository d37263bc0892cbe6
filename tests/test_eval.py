"""`refuge eval` scores as claims.md defines, every figure with numerator and denominator."""

from __future__ import annotations

import copy
import json
from pathlib import Path

from typer.testing import CliRunner

from refuge.cli import app
from refuge.evaluate import read_jsonl, score


def _gold(shared: Path) -> list[dict]:
    return list(read_jsonl(shared / "dev" / "gold.jsonl"))


def test_gold_scored_against_itself_is_perfect(shared: Path) -> None:
    gold = _gold(shared)
    report = score(gold, gold)
    assert report.claims.value == 1.0
    assert report.claims.recall.den == 140
    assert report.linking.value == 1.0
    assert all(r.value == 1.0 for r in report.fields.values())
    assert report.published.value == 1.0


def test_a_wrong_count_loses_exactly_one_claim(shared: Path) -> None:
    gold = _gold(shared)
    system = copy.deepcopy(gold)
    target = next(
        c
        for d in system
        for c in d["claims"]
        if not c.get("optional") and c["count"] and c["count"]["value"]
    )
    target["count"]["value"] += 1
    report = score(gold, system)
    assert report.claims.recall.num == report.claims.recall.den - 1
    assert report.claims.precision.num == report.claims.precision.den - 1


def test_dates_match_when_spans_overlap() -> None:
    gold = [
        {
            "doc": "d",
            "claims": [
                {
                    "type": "arrest",
                    "date": {"start": "2023-08-21", "end": "2023-08-31", "precision": "month"},
                    "places": [],
                    "count": None,
                    "event": "e",
                }
            ],
        }
    ]
    inside = {
        "type": "arrest",
        "date": {"start": "2023-08-29", "end": "2023-08-29", "precision": "day"},
        "places": [],
        "count": None,
    }
    outside = {**inside, "date": {"start": "2023-09-01", "end": "2023-09-01", "precision": "day"}}
    assert score(gold, [{"doc": "d", "claims": [inside]}]).claims.recall.num == 1
    assert score(gold, [{"doc": "d", "claims": [outside]}]).claims.recall.num == 0


def test_a_country_in_gold_is_matched_by_any_place_in_it() -> None:
    gold = [
        {
            "doc": "d",
            "claims": [
                {
                    "type": "arrest",
                    "date": None,
                    "places": [{"name": "China", "country": "CN"}],
                    "count": None,
                    "event": "e",
                }
            ],
        }
    ]
    system = {
        "type": "arrest",
        "date": None,
        "places": [{"name": "Dandong", "country": "CN", "geonames_id": 2037886}],
        "count": None,
    }
    assert score(gold, [{"doc": "d", "claims": [system]}]).claims.value == 1.0


def test_claims_matching_only_optional_gold_count_on_neither_side() -> None:
    gold = [
        {
            "doc": "d",
            "claims": [
                {
                    "type": "protest",
                    "date": None,
                    "places": [],
                    "count": None,
                    "event": "e",
                    "optional": True,
                }
            ],
        }
    ]
    report = score(
        gold,
        [{"doc": "d", "claims": [{"type": "protest", "date": None, "places": [], "count": None}]}],
    )
    assert report.claims.precision.den == 0
    assert report.claims.recall.den == 0


def test_the_cli_prints_every_figure_with_its_fraction(shared: Path, tmp_path: Path) -> None:
    gold = _gold(shared)
    predicted = tmp_path / "pred.jsonl"
    predicted.write_text(
        "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in gold), encoding="utf-8"
    )
    result = CliRunner().invoke(app, ["eval", str(shared / "dev"), str(predicted)])
    assert result.exit_code == 0, result.output
    assert "(140/140)" in result.output
    assert "claims [ko]" in result.output
    as_json = CliRunner().invoke(app, ["eval", str(shared / "dev"), str(predicted), "--json"])
    figures = json.loads(as_json.output)
    assert figures["claims"]["recall"] == {"num": 140, "den": 140, "value": 1.0}


def test_a_broken_prediction_file_names_the_line(shared: Path, tmp_path: Path) -> None:
    predicted = tmp_path / "pred.jsonl"
    predicted.write_text('{"doc": "a"}\nnot json\n', encoding="utf-8")
    result = CliRunner().invoke(app, ["eval", str(shared / "dev"), str(predicted)])
    assert result.exit_code == 2
    assert "pred.jsonl:2" in result.output
