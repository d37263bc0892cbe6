"""The store: real SQLite files, migrations, idempotent writes, human decisions kept apart."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

from sqlalchemy import insert, select

from refuge.records import (
    Claim,
    Count,
    DateSpan,
    Document,
    Place,
    Published,
    Quarantine,
    RawDocument,
    RemovedBlock,
    Segment,
    Segmentation,
    Sentence,
    Source,
)
from refuge.store import open_store
from refuge.store import tables as t

TEXT = "Police in Dandong arrested 12 North Koreans on Monday, a rights group said.\nNo further details."


def _document(text: str = TEXT) -> tuple[RawDocument, Document, Segmentation, list[Claim]]:
    data = ("<p>" + text + "</p>").encode()
    sha = hashlib.sha256(data).hexdigest()
    raw = RawDocument(sha, "a.html", Source("in/a.html"), data, "text/html", "utf-8", data.decode())
    doc = Document(
        sha,
        "a.html",
        "Arrests",
        text,
        Published(date(2023, 10, 11), "html-meta", "2023-10-11"),
        (RemovedBlock("Share this", "share bar"),),
    )
    sentence = Sentence(0, text.index("\n"), "en")
    seg = Segmentation(("en",), (Segment(0, len(text), "en", (sentence,)),))
    end = text.find(",") if "," in text else text.index("\n")
    claim = Claim(
        "arrest",
        DateSpan(date(2023, 10, 9), date(2023, 10, 9), "day"),
        (Place("Dandong", "CN", 2037886),),
        Count(12, "exact"),
        "CN",
        "a rights group",
        "reported",
        "en",
        text[:end],
        0,
        end,
        sha,
        "test-1",
    )
    return raw, doc, seg, [claim]


def test_a_document_round_trips_with_provenance(db_url: str) -> None:
    raw, doc, seg, claims = _document()
    with open_store(db_url) as store:
        store.save(raw, doc, seg, claims, "v1")
        back = store.document(raw.sha256)
        assert back is not None
        assert back.text == doc.text
        assert back.published == doc.published
        assert back.removed == doc.removed
        assert store.raw_bytes(raw.sha256) == raw.data
        (stored,) = list(store.iter_claims())
        assert stored.claim == claims[0]
        assert stored.document_name == "a.html"
        assert (
            doc.text[stored.claim.evidence_start : stored.claim.evidence_end]
            == stored.claim.evidence
        )


def test_saving_again_replaces_machine_output_but_never_decisions(db_url: str) -> None:
    raw, doc, seg, claims = _document()
    with open_store(db_url) as store:
        store.save(raw, doc, seg, claims, "v1")
        with store.engine.begin() as conn:
            conn.execute(
                insert(t.decisions).values(
                    target_kind="claim",
                    target_id="x",
                    action="accept",
                    payload="{}",
                    author="reviewer",
                    created_at=date(2024, 1, 1),
                )
            )
        store.save(raw, doc, seg, claims, "v2")
        assert store.counts()["documents"] == 1
        assert store.counts()["claims"] == 1
        with store.engine.connect() as conn:
            assert conn.execute(select(t.decisions.c.author)).scalars().all() == ["reviewer"]
            assert conn.execute(select(t.documents.c.pipeline_version)).scalar() == "v2"


def test_reopening_runs_no_migration_twice_and_keeps_data(db_url: str) -> None:
    raw, doc, seg, claims = _document()
    with open_store(db_url) as store:
        store.save(raw, doc, seg, claims, "v1")
    with open_store(db_url) as store:
        assert store.counts()["documents"] == 1
        assert store.known_versions() == {raw.sha256: "v1"}


def test_the_same_failure_is_recorded_once(db_url: str) -> None:
    q = Quarantine("in/x.png", "ingest", "binary", "this is a PNG image", "ab" * 32)
    with open_store(db_url) as store:
        assert store.quarantine(q) is True
        assert store.quarantine(q) is False
        assert store.quarantined() == [q]


def test_full_text_search_finds_korean_and_short_words(db_url: str) -> None:
    raw, doc, seg, _claims = _document(
        "중국 당국이 탈북민을 강제북송했다.\nPolice in Dandong arrested them."
    )
    with open_store(db_url) as store:
        store.save(raw, doc, seg, [], "v1")
        assert store.search("강제북송") == [raw.sha256]
        assert store.search("북송") == [raw.sha256]
        assert store.search("Dandong") == [raw.sha256]
        assert store.search("Shenyang") == []


def test_sources_remember_every_path_of_the_same_bytes(db_url: str, tmp_path: Path) -> None:
    raw, doc, seg, claims = _document()
    with open_store(db_url) as store:
        store.save(raw, doc, seg, claims, "v1")
        store.add_source(raw.sha256, "elsewhere/a-copy.html")
        store.add_source(raw.sha256, "elsewhere/a-copy.html")
        with store.engine.connect() as conn:
            paths = (
                conn.execute(select(t.sources.c.path).order_by(t.sources.c.path)).scalars().all()
            )
        assert paths == ["elsewhere/a-copy.html", "in/a.html"]


def test_readers_are_not_blocked_while_a_writer_holds_its_lock(db_url: str) -> None:
    import time

    raw, doc, seg, claims = _document()
    with open_store(db_url) as store:
        store.save(raw, doc, seg, claims, "v1")
        with store.writer.begin() as conn:
            conn.execute(
                insert(t.decisions).values(
                    target_kind="claim",
                    target_id="x",
                    action="reject",
                    payload="{}",
                    author="r",
                    created_at=date(2024, 1, 1),
                )
            )
            started = time.monotonic()
            assert store.counts()["documents"] == 1
            assert time.monotonic() - started < 5
