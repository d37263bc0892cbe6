"""The CLI's `events` and `event` read through the web app's queries: same filter, same answer."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner
from web_store import write_fixture_store

from refuge.cli import app
from refuge.store import open_store
from refuge.web import WebSettings, create_app


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "refuge.db"
    with open_store(f"sqlite:///{path}") as store:
        write_fixture_store(store)
    return path


@pytest.mark.parametrize(
    "options",
    [
        {},
        {"language": "ko"},
        {"language": "en", "country": "CN"},
        {"type": "arrest"},
        {"since": "2024-01-01"},
    ],
)
def test_cli_events_are_the_api_events(db: Path, options: dict[str, str]) -> None:
    args = [f"--{k}={v}" for k, v in options.items()]
    result = CliRunner().invoke(app, ["events", "--db", str(db), "--json", *args])
    assert result.exit_code == 0, result.output
    from_cli = [json.loads(line)["id"] for line in result.output.splitlines()]
    with TestClient(create_app(WebSettings(db_url=f"sqlite:///{db}", tile_url=""))) as client:
        from_api = [e["id"] for e in client.get("/api/events", params=options).json()["items"]]
    assert from_cli == from_api and from_cli


def test_cli_language_filter_reads_the_reports_languages(db: Path) -> None:
    result = CliRunner().invoke(app, ["events", "--db", str(db), "--json", "--language", "ko"])
    assert [json.loads(line)["id"] for line in result.output.splitlines()] == ["ev-repatriation"]
    bad = CliRunner().invoke(app, ["events", "--db", str(db), "--language", "fr"])
    assert bad.exit_code != 0 and "fr" in bad.output


def test_cli_event_shows_each_report_and_why_it_was_linked(db: Path) -> None:
    wide = {"COLUMNS": "400"}
    result = CliRunner().invoke(app, ["event", "ev-repatriation", "--db", str(db)], env=wide)
    assert result.exit_code == 0, result.output
    assert "dandong-en.html" in result.output and "dandong-ko.html" in result.output
    assert "same day" in result.output
    missing = CliRunner().invoke(app, ["event", "nope", "--db", str(db)])
    assert missing.exit_code == 2
