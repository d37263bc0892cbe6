"""The `refuge` command: thin wiring from Typer to the library; loops live in `pipeline`."""

from __future__ import annotations

import json
import shutil
import sys
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

from refuge import __version__
from refuge.ingest import DEFAULT_MAX_BYTES
from refuge.records import Quarantine

app = typer.Typer(
    help=(
        "Refuge turns multilingual reports about North Korean refugees into a source-linked, "
        "reviewable incident database.\n\n"
        "Main job: `refuge run FOLDER` ingests, cleans, extracts claims, links them into events "
        "and stores everything in a SQLite file (refuge.db); `refuge serve` opens it in a browser."
    ),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
err = Console(stderr=True)
out = Console()


def _self_command() -> str:
    """How to call refuge again: a bare `refuge` works only where its venv is on PATH."""
    exe = Path(sys.argv[0]).resolve()
    found = shutil.which("refuge")
    if found and Path(found).resolve() == exe:
        return "refuge"
    try:
        return str(exe.relative_to(Path.cwd()))
    except ValueError:
        return str(exe)


DbOption = Annotated[
    str,
    typer.Option(
        "--db",
        envvar="REFUGE_DB",
        help="SQLAlchemy URL of the store: a SQLite file by default, postgresql://... for teams.",
    ),
]
Paths = Annotated[
    list[Path],
    typer.Argument(help="Files and folders (searched recursively) of HTML pages or text dumps."),
]
Workers = Annotated[
    int, typer.Option("--workers", "-w", help="Worker processes (0: one per CPU core).", min=0)
]
MaxBytes = Annotated[
    int,
    typer.Option("--max-bytes", help="Files larger than this are quarantined, not read.", min=1),
]
EXIT_QUARANTINED = 3


@contextmanager
def _progress(label: str):  # type: ignore[no-untyped-def]
    columns = (
        TextColumn(f"[bold]{label}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[note]}"),
        TimeRemainingColumn(),
    )
    with Progress(*columns, console=err, transient=False, disable=not err.is_terminal) as bar:
        task = bar.add_task(label, total=None, note="")

        def on_total(n: int) -> None:
            bar.update(task, total=n)

        def on_file(outcome: object) -> None:
            note = f"[yellow]quarantined {outcome.path}" if isinstance(outcome, Quarantine) else ""
            bar.update(task, advance=1, note=note)

        yield on_total, on_file


def _open(db: str):  # type: ignore[no-untyped-def]
    from refuge.store import open_store

    url = db if "://" in db else f"sqlite:///{db}"
    try:
        return open_store(url)
    except Exception as exc:
        err.print(f"[red]error:[/] cannot open the store {db}: {exc}")
        raise typer.Exit(2) from exc


def _check_paths(paths: list[Path]) -> None:
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        err.print(f"[red]error:[/] no such file or folder: {', '.join(missing)}")
        raise typer.Exit(2)


def _print_summary(summary, as_json: bool) -> None:  # type: ignore[no-untyped-def]
    record = {
        "new": summary.new,
        "already_known": summary.known,
        "quarantined": len(summary.quarantined),
        "claims": summary.claims,
        "events": summary.events,
        "quarantine": [q.__dict__ for q in summary.quarantined],
    }
    if as_json:
        out.print_json(json.dumps(record, ensure_ascii=False))
        return
    out.print(
        f"[bold]{summary.new}[/] new, [bold]{summary.known}[/] already known, "
        f"[bold]{len(summary.quarantined)}[/] quarantined; "
        f"{summary.claims} claims read from new documents; {summary.events} events in the store."
    )
    if summary.quarantined:
        table = Table("file", "stage", "reason", "what happened", title="Quarantined")
        for q in summary.quarantined:
            table.add_row(q.path, q.stage, q.error, q.message)
        out.print(table)


def _ingest(
    paths: list[Path], db: str, workers: int, max_bytes: int, with_claims: bool, as_json: bool
) -> None:
    from refuge.pipeline import run

    _check_paths(paths)
    store = _open(db)
    with store, _progress("ingest" if not with_claims else "run") as (on_total, on_file):
        summary = run(
            paths,
            store,
            with_claims=with_claims,
            workers=workers or None,
            max_bytes=max_bytes,
            on_file=on_file,
            on_total=on_total,
        )
    _print_summary(summary, as_json)
    if summary.quarantined:
        raise typer.Exit(EXIT_QUARANTINED)


@app.command()
def run(
    paths: Paths,
    db: DbOption = "refuge.db",
    workers: Workers = 0,
    max_bytes: MaxBytes = DEFAULT_MAX_BYTES,
    as_json: Annotated[bool, typer.Option("--json", help="Print the summary as JSON.")] = False,
) -> None:
    """The main job: ingest, clean, segment, extract claims, link events and store them.

    Re-running on the same files changes nothing. Exit status 3 means some files were
    quarantined (listed in the summary and by `refuge quarantine`); the rest are stored.
    """
    _ingest(paths, db, workers, max_bytes, True, as_json)
    if not as_json:
        out.print(
            f"Open the results with: [bold]{_self_command()} serve --db {db}[/]"
            " (then http://127.0.0.1:8000)",
            soft_wrap=True,
        )


@app.command()
def ingest(
    paths: Paths,
    db: DbOption = "refuge.db",
    workers: Workers = 0,
    max_bytes: MaxBytes = DEFAULT_MAX_BYTES,
    as_json: Annotated[bool, typer.Option("--json", help="Print the summary as JSON.")] = False,
) -> None:
    """Ingest, clean and segment documents into the store, without extracting claims.

    Each file's bytes are archived under their SHA-256; re-ingesting the same bytes is a no-op.
    Exit status 3 means some files were quarantined; the rest are stored.
    """
    _ingest(paths, db, workers, max_bytes, False, as_json)


@app.command()
def extract(
    paths: Paths,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="Write JSON lines here instead of standard output."),
    ] = None,
    workers: Workers = 0,
    max_bytes: MaxBytes = DEFAULT_MAX_BYTES,
) -> None:
    """Print one JSON line per document in the format of claims.md (no store needed)."""
    from refuge.pipeline import extract_paths

    _check_paths(paths)
    with _progress("extract") as (on_total, on_file):
        done, failed = extract_paths(
            paths, workers=workers or None, max_bytes=max_bytes, on_file=on_file, on_total=on_total
        )
    lines = "".join(json.dumps(e.to_json(), ensure_ascii=False) + "\n" for e in done)
    if output:
        output.write_text(lines, encoding="utf-8")
    else:
        sys.stdout.write(lines)
    claims = sum(len(e.claims) for e in done)
    err.print(f"{len(done)} documents, {claims} claims, {len(failed)} quarantined")
    for q in failed:
        err.print(f"[yellow]quarantined[/] {q.path}: {q.message}")
    if failed:
        raise typer.Exit(EXIT_QUARANTINED)


@app.command("eval")
def evaluate(
    gold: Annotated[
        Path, typer.Argument(help="Gold JSON lines, or a corpus folder with gold.jsonl.")
    ],
    predicted: Annotated[Path, typer.Argument(help="JSON lines written by `refuge extract`.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the figures as JSON.")] = False,
    misses: Annotated[
        bool, typer.Option("--misses", help="Also list missed and spurious claims.")
    ] = False,
) -> None:
    """Score extraction output against gold: cleaning, dates, languages, claims, linking."""
    from refuge.evaluate import GoldError, score_files
    from refuge.evaluate.report import render

    try:
        report = score_files(gold, predicted)
    except GoldError as exc:
        err.print(f"[red]error:[/] {exc}")
        raise typer.Exit(2) from exc
    if as_json:
        out.print_json(json.dumps(report.to_json(), ensure_ascii=False))
    else:
        out.print(render(report), highlight=False, markup=False)
    if misses:
        for miss in report.misses:
            c = miss["claim"]
            out.print(
                f"{miss['kind']:8} {miss['doc']}: {c.get('type')} {json.dumps(c.get('count'))} "
                f"{json.dumps(c.get('date'))} | {c.get('evidence')}",
                highlight=False,
                markup=False,
            )


@app.command()
def quarantine(db: DbOption = "refuge.db") -> None:
    """List the files that could not be ingested, with the reason."""
    store = _open(db)
    with store:
        rows = store.quarantined()
    table = Table("file", "stage", "reason", "what happened", title=f"{len(rows)} quarantined")
    for q in rows:
        table.add_row(q.path, q.stage, q.error, q.message)
    out.print(table)


@app.command()
def search(
    query: Annotated[str, typer.Argument(help="Words or a phrase, in any language.")],
    db: DbOption = "refuge.db",
    limit: Annotated[int, typer.Option(min=1, max=1000)] = 20,
) -> None:
    """Full-text search over the cleaned text of stored documents."""
    store = _open(db)
    with store:
        for sha in store.search(query, limit=limit):
            doc = store.document(sha)
            if doc:
                published = doc.published.value.isoformat() if doc.published else "undated"
                out.print(
                    f"{sha[:12]}  {published}  {doc.name}  {doc.title or ''}", highlight=False
                )


@app.command()
def version() -> None:
    """Print Refuge's version."""
    out.print(__version__)


def _parse_day(value: str | None, name: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise typer.BadParameter(
            f"{value!r} is not a date like 2023-10-09", param_hint=name
        ) from exc


@app.command()
def link(db: DbOption = "refuge.db") -> None:
    """Re-link every stored claim into events; events keep the ids of earlier runs."""
    from refuge.pipeline import relink

    store = _open(db)
    with store:
        n = relink(store)
    out.print(f"{n} events")


@app.command()
def events(
    db: DbOption = "refuge.db",
    type: Annotated[
        str | None, typer.Option("--type", help="forced_repatriation, arrest, ...")
    ] = None,
    since: Annotated[
        str | None, typer.Option(help="Events ending on or after this day (YYYY-MM-DD).")
    ] = None,
    until: Annotated[
        str | None, typer.Option(help="Events starting on or before this day.")
    ] = None,
    country: Annotated[
        str | None, typer.Option(help="ISO country code of the event's places, e.g. CN.")
    ] = None,
    language: Annotated[
        str | None, typer.Option(help="Events with a report in this language: ko, en, ja, zh.")
    ] = None,
    limit: Annotated[int, typer.Option(min=1, max=10000)] = 100,
    as_json: Annotated[
        bool, typer.Option("--json", help="Print JSON lines instead of a table.")
    ] = False,
) -> None:
    """List events, newest first, with how many claims and independent sources each has."""
    from refuge.records import CLAIM_TYPES, LANGUAGES
    from refuge.store.queries import EventFilter, list_events

    if type and type not in CLAIM_TYPES:
        raise typer.BadParameter(
            f"{type!r} is not one of {', '.join(CLAIM_TYPES)}", param_hint="--type"
        )
    if language and language not in LANGUAGES:
        raise typer.BadParameter(
            f"{language!r} is not one of {', '.join(LANGUAGES)}", param_hint="--language"
        )
    f = EventFilter(
        type=type,
        since=_parse_day(since, "--since"),
        until=_parse_day(until, "--until"),
        country=country.upper() if country else None,
        language=language,
        per_page=limit,
    )
    store = _open(db)
    # The web app's query, so that the CLI and the event list agree on what a filter means.
    with store, store.engine.connect() as conn:
        rows = list_events(conn, store.dialect, f).items
    if as_json:
        for e in rows:
            record = {**e.__dict__, "date_start": _iso(e.date_start), "date_end": _iso(e.date_end)}
            sys.stdout.write(json.dumps(record, ensure_ascii=False, default=str) + "\n")
        return
    table = Table(title=f"{len(rows)} events")
    # ids are what `refuge event ID` takes, so they are never cut short
    table.add_column("event", no_wrap=True)
    table.add_column("type")
    table.add_column("when", no_wrap=True)
    for name in ("places", "claims", "sources"):
        table.add_column(name)
    for e in rows:
        when = _iso(e.date_start) or "undated"
        if e.date_end and e.date_end != e.date_start:
            when += f"\n… {_iso(e.date_end)}"
        places = ", ".join(p.get("name", "") for p in e.places[:4])
        table.add_row(
            e.id,
            e.type.replace("_", " "),
            when,
            places,
            str(e.claim_count),
            str(e.independent_sources),
        )
    out.print(table)


@app.command()
def event(
    event_id: Annotated[str, typer.Argument(help="An event id from `refuge events`.")],
    db: DbOption = "refuge.db",
) -> None:
    """Show one event: every source's figure side by side, and why each report was linked."""
    from refuge.store.queries import get_event

    store = _open(db)
    with store, store.engine.connect() as conn:
        found = get_event(conn, event_id)
    if found is None:
        err.print(f"[red]error:[/] no event {event_id!r} in {db}")
        raise typer.Exit(2)
    row, members = found
    out.print(
        f"[bold]{row.id}[/] {row.type}  {_iso(row.date_start) or 'undated'} … {_iso(row.date_end) or ''}"
    )
    out.print(
        f"{row.claim_count} claims, {row.independent_sources} independent sources", highlight=False
    )
    table = Table()
    table.add_column("document", overflow="fold")
    for name in ("published", "lang", "figure"):
        table.add_column(name, no_wrap=True)
    for name in ("partial", "attribution", "quote", "why linked"):
        table.add_column(name)
    for member in members:
        c = member.claim
        figure = "—"
        if c.count:
            figure = f"{c.count.qualifier} {c.count.value if c.count.value is not None else f'{c.count.min}–{c.count.max}'}"
        table.add_row(
            member.document_name,
            _iso(member.published) or "",
            c.language,
            figure,
            "partial" if member.partial else "",
            c.attribution or "",
            c.evidence,
            "; ".join(member.reasons),
        )
    out.print(table)


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


@app.command()
def serve(
    db: DbOption = "refuge.db",
    host: Annotated[
        str, typer.Option(help="Address to bind; 127.0.0.1 keeps it local.")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535)] = 8000,
) -> None:
    """Browse, search and export the store in a web browser (read-only), with a JSON API under /api."""
    from refuge.web import serve as serve_web

    out.print(f"Serving {db} at http://{host}:{port} (Ctrl+C to stop)")
    serve_web(db, host=host, port=port)
