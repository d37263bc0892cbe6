"""The pipeline, as numbered steps: 1 ingest, 2 clean, 3 segment, 4 extract, 5 link, 6 store.

Steps 1-4 are pure functions of one file's bytes, so they run in a pool of worker processes;
the parent process is the store's only writer. Any failure of one document becomes a
Quarantine record and the batch goes on.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from refuge import __version__
from refuge.clean import clean
from refuge.extract import EXTRACTOR_VERSION, extract, prepare
from refuge.ingest import DEFAULT_MAX_BYTES, iter_files, read_document
from refuge.link import Event, Linking, link
from refuge.link.inputs import link_inputs
from refuge.records import (
    Claim,
    Document,
    Extraction,
    Quarantine,
    RawDocument,
    Segmentation,
    StoredClaim,
    claim_keys,
)
from refuge.segment import segment

if TYPE_CHECKING:
    # `refuge extract` links in memory and never opens a store: SQLAlchemy, a fifth of a
    # second to import, is loaded only by the steps that write one.
    from refuge.store import EventRow, Membership, Store


def pipeline_version(with_claims: bool) -> str:
    return f"{__version__}/{EXTRACTOR_VERSION if with_claims else 'none'}"


def is_current(stored: str | None, version: str, with_claims: bool) -> bool:
    """Whether a stored document already holds what this run would write.

    A run without claims leaves a document that the same code has extracted as it is: its
    text and segments would come out the same, and re-saving it would throw its claims away.
    """
    if stored is None or stored == version:
        return stored is not None
    return not with_claims and stored.split("/")[0] == version.split("/")[0]


@dataclass(frozen=True)
class Processed:
    raw: RawDocument
    document: Document
    segmentation: Segmentation
    claims: tuple[Claim, ...]


@dataclass(frozen=True)
class Known:
    """A file whose bytes are already stored by this version of the pipeline."""

    path: str
    sha256: str


Outcome = Processed | Quarantine | Known


@dataclass
class Summary:
    new: int = 0
    known: int = 0
    quarantined: list[Quarantine] = field(default_factory=list)
    claims: int = 0
    events: int = 0
    replaced: int = 0

    @property
    def reasons(self) -> Counter[str]:
        return Counter(q.error for q in self.quarantined)


def process(raw: RawDocument, *, with_claims: bool = True) -> Processed | Quarantine:
    """Steps 2-4 for one document; a failing stage becomes a quarantine record."""
    stage = "clean"
    try:
        document = clean(raw)  # 2 clean
        stage = "segment"
        segmentation = segment(document)  # 3 segment
        stage = "extract"
        claims = extract(document, segmentation) if with_claims else []  # 4 extract
    except RecursionError:
        return Quarantine(
            raw.source.path, stage, "too_deep", "the page is nested too deeply to parse", raw.sha256
        )
    except Exception as exc:  # the stage contract: one document's failure never stops a batch
        message = str(exc) or exc.__class__.__name__
        return Quarantine(raw.source.path, stage, exc.__class__.__name__, message, raw.sha256)
    return Processed(raw, document, segmentation, tuple(claims))


_known: dict[str, str] = {}
_settings: dict[str, object] = {}


def _init_worker(known: dict[str, str], settings: dict[str, object]) -> None:
    _known.clear()
    _known.update(known)
    _settings.clear()
    _settings.update(settings)


def _work(path: str) -> Outcome:
    """Step 1 (ingest) and steps 2-4, in a worker process."""
    raw = read_document(Path(path), max_bytes=int(_settings.get("max_bytes", DEFAULT_MAX_BYTES)))
    if isinstance(raw, Quarantine):
        return raw
    version = _settings.get("version")
    with_claims = bool(_settings.get("with_claims", True))
    if isinstance(version, str) and is_current(_known.get(raw.sha256), version, with_claims):
        return Known(path, raw.sha256)
    return process(raw, with_claims=with_claims)


def _outcomes(
    paths: Sequence[str], known: dict[str, str], settings: dict[str, object], workers: int
) -> Iterator[Outcome]:
    if workers <= 1:
        _init_worker(known, settings)
        yield from (_work(p) for p in paths)
        return
    if settings.get("with_claims", True):
        # Workers are forked from this process: a gazetteer and language tables built here
        # before they start are shared by all of them instead of built by each, and linking
        # needs the gazetteer here anyway.
        prepare()
    # A bounded number of documents in flight keeps memory flat whatever the corpus size.
    limit = workers * 4
    with ProcessPoolExecutor(workers, initializer=_init_worker, initargs=(known, settings)) as pool:
        pending: set[Future[Outcome]] = set()
        queue = iter(paths)
        for path in queue:
            pending.add(pool.submit(_work, path))
            if len(pending) >= limit:
                done, pending = wait(pending, return_when=FIRST_COMPLETED)
                yield from (f.result() for f in done)
        for future in pending:
            yield future.result()


def default_workers() -> int:
    return max(1, min(os.cpu_count() or 1, 8))


def run(
    inputs: Iterable[Path],
    store: Store,
    *,
    with_claims: bool = True,
    workers: int | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    on_file: Callable[[Outcome], None] | None = None,
    on_total: Callable[[int], None] | None = None,
) -> Summary:
    """Ingest files and folders into the store; link all stored claims into events."""
    paths = [str(p) for p in iter_files(inputs)]
    if on_total:
        on_total(len(paths))
    version = pipeline_version(with_claims)
    settings: dict[str, object] = {
        "max_bytes": max_bytes,
        "with_claims": with_claims,
        "version": version,
    }
    summary = Summary()
    for outcome in _outcomes(paths, store.known_versions(), settings, workers or default_workers()):
        if isinstance(outcome, Quarantine):
            store.quarantine(outcome)
            summary.quarantined.append(outcome)
        elif isinstance(outcome, Known):
            store.add_source(outcome.sha256, outcome.path)
            summary.known += 1
        else:
            replaced = store.save(
                outcome.raw, outcome.document, outcome.segmentation, outcome.claims, version
            )  # 6 store
            summary.new += 1
            summary.replaced += replaced
            summary.claims += len(outcome.claims)
        if on_file:
            on_file(outcome)
    # A replaced document took its old claims out of their events, so the events are
    # rebuilt even by a run that reads no claims.
    if with_claims or summary.replaced:
        summary.events = relink(store)  # 5 link
    store.optimize()
    return summary


LINKER_VERSION = "link-1"


def relink(store: Store) -> int:
    """Step 5 over everything stored, keeping the event ids of earlier runs."""
    stored = list(store.iter_claims())
    linking = link(link_inputs(stored), previous=store.event_assignments())
    events, members = event_rows(linking)
    store.save_linking(events, members, LINKER_VERSION)
    return len(linking.events)


def _event_title(event: Event) -> str:
    when = event.date_start.isoformat() if event.date_start else "undated"
    if event.date_end and event.date_end != event.date_start:
        when += f"…{event.date_end.isoformat()}"
    places = ", ".join(p.name for p in event.places[:4])
    return " · ".join(x for x in (event.type.replace("_", " "), when, places) if x)


def event_rows(linking: Linking) -> tuple[list[EventRow], list[Membership]]:
    """The store's rows for a linking: events with their figures and reasons, and memberships."""
    from refuge.store import EventRow, Membership

    events: list[EventRow] = []
    members: list[Membership] = []
    for event in linking.events:
        links = [linking.links[k] for k in event.claims if k in linking.links]
        partial = {f.key for f in event.figures if f.partial_of}
        detail = {
            "title": _event_title(event),
            "types": list(event.types),
            "figures": [f.to_json() for f in event.figures],
            "links": [
                {
                    "a": lk.key,
                    "b": lk.partner,
                    "score": round(lk.score, 2),
                    "reasons": [t for t, _ in lk.reasons],
                }
                for lk in links
                if lk.partner is not None
            ],
            "copies": [
                {"document": f.document, "copy_of": f.copy_of, "why": f.copy_reason}
                for f in event.copies
            ],
            "sources": list(event.sources),
        }
        events.append(
            EventRow(
                id=event.id,
                type=event.type,
                date_start=event.date_start,
                date_end=event.date_end,
                date_precision=event.date_precision,
                places=[p.to_json() for p in event.places],
                country=event.country,
                claim_count=len(event.claims),
                independent_sources=event.independent_sources,
                detail=detail,
            )
        )
        for key in event.claims:
            lk = linking.links.get(key)
            members.append(
                Membership(
                    claim_key=key,
                    event_id=event.id,
                    partial=key in partial,
                    score=round(lk.score, 2) if lk and lk.partner else None,
                    reasons=[lk.explain()] if lk else [],
                )
            )
    return events, members


def extract_paths(
    inputs: Iterable[Path],
    *,
    workers: int | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    on_file: Callable[[Outcome], None] | None = None,
    on_total: Callable[[int], None] | None = None,
) -> tuple[list[Extraction], list[Quarantine]]:
    """Steps 1-5 in memory, without a store: what `refuge extract` prints."""
    paths = [str(p) for p in iter_files(inputs)]
    if on_total:
        on_total(len(paths))
    settings: dict[str, object] = {"max_bytes": max_bytes, "with_claims": True, "version": None}
    done: list[Extraction] = []
    failed: list[Quarantine] = []
    for outcome in _outcomes(paths, {}, settings, workers or default_workers()):
        if isinstance(outcome, Processed):
            done.append(Extraction(outcome.document, outcome.segmentation, list(outcome.claims)))
        elif isinstance(outcome, Quarantine):
            failed.append(outcome)
        if on_file:
            on_file(outcome)
    _link_in_memory(done)
    return done, failed


def _link_in_memory(extractions: list[Extraction]) -> None:
    stored = []
    for ex in extractions:
        doc = ex.document
        keys = claim_keys(doc.sha256, ex.claims)
        published = doc.published.value if doc.published else None
        stored += [
            StoredClaim(k, c, doc.name, published, doc.title)
            for k, c in zip(keys, ex.claims, strict=True)
        ]
    linking = link(link_inputs(stored))
    for ex in extractions:
        keys = claim_keys(ex.document.sha256, ex.claims)
        ex.claims = [
            replace(c, event=linking.assignments.get(k), partial=k in linking.partial)
            for k, c in zip(keys, ex.claims, strict=True)
        ]
