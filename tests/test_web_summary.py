"""What the store keeps beside the events for the web app: report languages, counts per
type, documents' events. Filled when events are saved, backfilled by migration 0003, and
always in agreement with a plain scan of the events."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine, select, text
from web_store import write_fixture_store

from refuge.records import LANGUAGES
from refuge.store import EventRow, Store, open_store
from refuge.store import tables as t
from refuge.store.queries import EventFilter, iter_events, list_events
from refuge.store.summary import language_sets, span_days

MIGRATIONS = Path(__file__).parent.parent / "refuge" / "store" / "migrations"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    s = open_store(f"sqlite:///{tmp_path_factory.mktemp('summary') / 'refuge.db'}")
    write_fixture_store(s)
    return s


def test_saving_events_records_the_languages_of_their_reports(store: Store) -> None:
    with store.engine.connect() as conn:
        rows = dict(conn.execute(select(t.events.c.id, t.events.c.languages)).all())
    assert rows == {
        "ev-repatriation": "en,ko",
        "ev-arrest": "en",
        "ev-hostile": "en",
        "ev-bare": "",
    }


def test_language_sets_are_every_stored_value_with_the_language() -> None:
    for language in LANGUAGES:
        sets = language_sets(language)
        assert len(sets) == len(set(sets)) == 2 ** (len(LANGUAGES) - 1)
        assert all(language in s.split(",") and s.split(",") == sorted(s.split(",")) for s in sets)


@pytest.mark.parametrize(
    "f",
    [
        EventFilter(),
        EventFilter(country="CN"),
        EventFilter(country="KR"),
        EventFilter(language="ko"),
        EventFilter(language="en", country="CN"),
        EventFilter(language="ja"),
        EventFilter(type="arrest", language="en"),
        EventFilter(since=date(2024, 1, 1)),
        EventFilter(q="Dandong"),
        EventFilter(q="asylum", language="en"),
    ],
)
def test_counts_per_type_agree_with_a_scan_of_the_events(store: Store, f: EventFilter) -> None:
    with store.engine.connect() as conn:
        page = list_events(conn, store.dialect, f)
        scanned = Counter(e.type for e in iter_events(conn, store.dialect, replace(f, type=None)))
        listed = [e.id for e in iter_events(conn, store.dialect, f)]
    assert page.counts == dict(scanned)
    assert page.total == len(listed) and [e.id for e in page.items] == listed[: f.per_page]


def _dated(event_id: str, start: date | None, end: date | None) -> EventRow:
    return EventRow(event_id, "arrest", start, end, "day", [], "CN", 0, 0, {})


@pytest.mark.parametrize("unknown_start", [False, True])
def test_since_finds_long_events_however_the_index_is_bounded(
    tmp_path: Path, unknown_start: bool
) -> None:
    events = [
        _dated("short", date(2020, 5, 1), date(2020, 5, 2)),
        _dated("long", date(2001, 1, 1), date(2020, 6, 1)),
        _dated("old", date(2001, 1, 1), date(2001, 1, 2)),
        _dated("open", date(2020, 4, 1), None),
    ]
    if unknown_start:
        events.append(_dated("endonly", None, date(2020, 7, 1)))
    with open_store(f"sqlite:///{tmp_path / 'r.db'}") as store:
        store.save_linking(events, [], "test-1")
        with store.engine.connect() as conn:
            page = list_events(conn, store.dialect, EventFilter(since=date(2020, 3, 1)))
            longest = conn.execute(select(t.event_counts.c.longest_days)).scalars().all()
    expected = {"short", "long", "open"} | ({"endonly"} if unknown_start else set())
    assert {e.id for e in page.items} == expected and page.counts == {"arrest": len(expected)}
    assert longest == [None if unknown_start else (date(2020, 6, 1) - date(2001, 1, 1)).days]


def test_span_days() -> None:
    assert span_days(date(2020, 1, 1), date(2020, 1, 31)) == 30
    assert span_days(date(2020, 1, 1), None) == 0
    assert span_days(None, date(2020, 1, 1)) is None
    assert span_days(None, None) == 0


def _config(conn: object) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = conn
    return config


def test_migration_0003_backfills_a_store_linked_before_it(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'old.db'}"
    engine = create_engine(url)
    with engine.begin() as conn:
        command.upgrade(_config(conn), "0002")
        conn.execute(
            text(
                "INSERT INTO documents (sha256, name, media_type, encoding, size, text, "
                "languages, pipeline_version, ingested_at) VALUES "
                "('a', 'a.html', 'text/html', 'utf-8', 1, 'x', 'ko', 'p', '2026-01-01'), "
                "('b', 'b.html', 'text/html', 'utf-8', 1, 'y', 'ja', 'p', '2026-01-01')"
            )
        )
        for key, sha, language in (("k1", "a", "ko"), ("k2", "b", "ja"), ("k3", "a", "ko")):
            conn.execute(
                text(
                    "INSERT INTO claims (key, sha256, extractor_version, seq, type, places, "
                    "modality, language, evidence, evidence_start, evidence_end) VALUES "
                    "(:k, :s, 'x', 0, 'arrest', '[]', 'reported', :l, 'e', 0, 1)"
                ),
                {"k": key, "s": sha, "l": language},
            )
        for event_id, country in (("e1", "CN"), ("e2", "CN")):
            conn.execute(
                text(
                    "INSERT INTO events (id, type, places, country, claim_count, "
                    "independent_sources, detail, linker_version) VALUES "
                    "(:e, 'arrest', '[]', :c, 1, 1, '{}', 'l')"
                ),
                {"e": event_id, "c": country},
            )
        for key, event_id in (("k1", "e1"), ("k2", "e1"), ("k3", "e2")):
            conn.execute(
                text(
                    "INSERT INTO claim_events (claim_key, event_id, partial, reasons) "
                    "VALUES (:k, :e, 0, '[]')"
                ),
                {"k": key, "e": event_id},
            )
    engine.dispose()
    with open_store(url) as store, store.engine.connect() as conn:
        languages = dict(conn.execute(select(t.events.c.id, t.events.c.languages)).all())
        counts = conn.execute(select(t.event_counts)).all()
        pairs = set(conn.execute(select(t.document_events)).all())
        assert list_events(conn, store.dialect, EventFilter(language="ja")).total == 1
    assert languages == {"e1": "ja,ko", "e2": "ko"}
    assert sorted(counts) == [("arrest", "CN", "ja,ko", 1, 0), ("arrest", "CN", "ko", 1, 0)]
    assert pairs == {("a", "e1"), ("b", "e1"), ("a", "e2")}


def test_migration_0003_goes_down_and_up_again(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'r.db'}"
    open_store(url).close()
    engine = create_engine(url)
    with engine.begin() as conn:
        command.downgrade(_config(conn), "0002")
        columns = [r[1] for r in conn.exec_driver_sql("PRAGMA table_info(events)")]
        assert "languages" not in columns
        command.upgrade(_config(conn), "head")
        columns = [r[1] for r in conn.exec_driver_sql("PRAGMA table_info(events)")]
        assert "languages" in columns
    engine.dispose()
