"""The whole job on real files: idempotent re-runs, quarantine, and surviving SIGKILL."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from refuge.pipeline import run
from refuge.store import open_store

PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<meta property="article:published_time" content="2023-10-{day:02d}T09:00:00+09:00">
<title>Report {n}: rights group says China sent back North Koreans</title></head><body>
<nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/asia">Asia</a></nav>
<article><h1>Report {n}: rights group says China sent back North Koreans</h1>
<p>A rights group said on Wednesday that Chinese police had sent {count} North Korean refugees back
across the border at Dandong on Monday night, the {n}th such report this season.</p>
<p>The group said the people had been held for months in a detention centre in Liaoning province.
Officials in Beijing did not respond to a request for comment on report number {n}.</p>
</article><footer>Copyright 2023 Example News. All rights reserved.</footer></body></html>
"""


def _corpus(folder: Path, n: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        path = folder / f"page_{i:04d}.html"
        path.write_text(PAGE.format(n=i, day=1 + i % 28, count=10 + i), encoding="utf-8")
        paths.append(path)
    return paths


def _table_counts(db: Path) -> dict[str, int]:
    with sqlite3.connect(db) as conn:
        return {
            name: conn.execute(f"SELECT count(*) FROM {name}").fetchone()[0]
            for name in (
                "documents",
                "blobs",
                "documents_fts",
                "claims",
                "segments",
                "removed_blocks",
                "sources",
            )
        }


def test_running_twice_changes_nothing(tmp_path: Path) -> None:
    _corpus(tmp_path / "in", 5)
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    db = tmp_path / "refuge.db"
    with open_store(f"sqlite:///{db}") as store:
        first = run([tmp_path / "in"], store, workers=1)
    before = _table_counts(db)
    with open_store(f"sqlite:///{db}") as store:
        second = run([tmp_path / "in"], store, workers=1)
    assert (first.new, first.known) == (5, 0)
    assert (second.new, second.known) == (0, 5)
    assert [q.error for q in first.quarantined] == ["empty"]
    assert _table_counts(db) == before


def test_ingesting_after_a_full_run_keeps_the_claims_and_events(tmp_path: Path) -> None:
    _corpus(tmp_path / "in", 3)
    db = tmp_path / "refuge.db"
    with open_store(f"sqlite:///{db}") as store:
        first = run([tmp_path / "in"], store, workers=1)
    before = _table_counts(db)
    with open_store(f"sqlite:///{db}") as store:
        again = run([tmp_path / "in"], store, workers=1, with_claims=False)
        assert (again.new, again.known) == (0, 3)
        assert store.counts()["events"] == first.events > 0
    assert _table_counts(db) == before


def test_a_document_replaced_without_claims_leaves_no_stale_events(tmp_path: Path) -> None:
    _corpus(tmp_path / "in", 3)
    db = tmp_path / "refuge.db"
    with open_store(f"sqlite:///{db}") as store:
        run([tmp_path / "in"], store, workers=1)
    # What an upgrade of the code does to every stored document: its version is stale.
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE documents SET pipeline_version = 'old/old'")
    with open_store(f"sqlite:///{db}") as store:
        again = run([tmp_path / "in"], store, workers=1, with_claims=False)
        assert (again.new, again.replaced) == (3, 3)
        assert store.counts()["claims"] == 0
        assert store.counts()["events"] == 0


def test_a_batch_with_bad_files_goes_on(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    _corpus(folder, 2)
    (folder / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0" + bytes(1000))
    (folder / "archive.zip").write_bytes(b"PK\x03\x04" + bytes(100))
    (folder / "truncated.html").write_text(
        "<html><body><div><p>North Koreans were sent", encoding="utf-8"
    )
    (folder / "nested.html").write_text("<div>" * 50000 + "text" + "</div>" * 10, encoding="utf-8")
    with open_store(f"sqlite:///{tmp_path / 'refuge.db'}") as store:
        summary = run([folder], store, workers=1)
        reasons = {Path(q.path).name: q.error for q in summary.quarantined}
        assert reasons["photo.jpg"] == "binary"
        assert reasons["archive.zip"] == "binary"
        assert summary.new + len(summary.quarantined) == 6
        assert summary.new >= 2
        assert len(store.quarantined()) == len(summary.quarantined)


def test_sigkill_mid_batch_then_rerun_stores_everything_exactly_once(tmp_path: Path) -> None:
    paths = _corpus(tmp_path / "in", 300)
    db = tmp_path / "refuge.db"
    cmd = [
        sys.executable,
        "-m",
        "refuge",
        "ingest",
        str(tmp_path / "in"),
        "--db",
        str(db),
        "--workers",
        "1",
    ]
    proc = subprocess.Popen(
        cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True
    )
    deadline = time.monotonic() + 120
    stored = 0
    while time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.2)
        if db.exists():
            try:
                with sqlite3.connect(db, timeout=1) as conn:
                    stored = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
            except sqlite3.OperationalError:
                continue
            if stored >= 20:
                break
    assert proc.poll() is None, (
        "the batch finished before it could be killed; make the corpus larger"
    )
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    killed_at = _table_counts(db)["documents"]
    assert 20 <= killed_at < len(paths)

    rerun = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    assert rerun.returncode == 0, rerun.stderr
    counts = _table_counts(db)
    assert counts["documents"] == counts["blobs"] == counts["documents_fts"] == len(paths)
    assert counts["sources"] == len(paths)
    with sqlite3.connect(db) as conn:
        orphans = conn.execute(
            "SELECT count(*) FROM segments WHERE sha256 NOT IN (SELECT sha256 FROM documents)"
        ).fetchone()[0]
        assert orphans == 0
        per_doc = conn.execute("SELECT count(DISTINCT sha256), count(*) FROM documents").fetchone()
        assert per_doc == (len(paths), len(paths))
        without_segments = conn.execute(
            "SELECT count(*) FROM documents d WHERE NOT EXISTS (SELECT 1 FROM segments s WHERE s.sha256 = d.sha256)"
        ).fetchone()[0]
        assert without_segments == 0


def test_tables_are_compiled_before_workers_fork() -> None:
    """Workers forked after `prepare` find every language's tables built, not one of them to
    compile on their first pages."""
    from refuge.extract import prepare
    from refuge.extract.langdata import LANG_DIR
    from refuge.extract.rules import lang_rules
    from refuge.extract.triggers import lexicon

    languages = sorted(p.name for p in LANG_DIR.iterdir() if p.is_dir())
    lexicon.cache_clear()  # type: ignore[attr-defined]
    lang_rules.cache_clear()  # type: ignore[attr-defined]
    prepare()
    assert languages == ["en", "ja", "ko", "zh"]
    assert lexicon.cache_info().currsize == len(languages)  # type: ignore[attr-defined]
    assert lang_rules.cache_info().currsize == len(languages)  # type: ignore[attr-defined]
