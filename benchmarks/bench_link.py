"""Linking speed and quality on synthetic claims with known events, and quality on the dev gold.

    python benchmarks/bench_link.py [--n 100000] [--seed 7]
    python benchmarks/bench_link.py --dev        # B-cubed on ../shared dev gold and seed gold

The generator makes events (type, date, places, true head-count) and, for each, several
reports in four languages: dates exact, a day off, only the month, or missing; places named,
only the country, or none; counts with qualifiers, rounded, partial ("up to 200 via one city"),
or missing; attributions from a pool of outlets; documents that report several nearby events;
and reposts (the same sentence in another document). It links them with `refuge.link.link`
and prints seconds, claims per second, peak memory (ru_maxrss) and B-cubed F1 on the truth.
"""

from __future__ import annotations

import argparse
import json
import platform
import random
import resource
import sys
import time
from collections import defaultdict
from datetime import date, timedelta
from pathlib import Path

from refuge.link import LinkInput, link
from refuge.link.bcubed import bcubed
from refuge.records import Claim, Count, DateSpan, Place

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"

_TYPES = {
    "forced_repatriation": 0.38,
    "arrest": 0.16,
    "protest": 0.1,
    "asylum_seeking": 0.08,
    "resettlement": 0.08,
    "detention": 0.07,
    "population_estimate": 0.05,
    "disappearance": 0.05,
    "execution": 0.03,
}
_LANGS = ("ko", "en", "ja", "zh")
_START = date(1995, 1, 1).toordinal()
_END = date(2024, 12, 31).toordinal()


def _places(rng: random.Random) -> dict[str, list[Place]]:
    """A made-up gazetteer: provinces of several countries, each with a few numbered cities."""
    layout = {"CN": 8, "KP": 5, "KR": 3, "TH": 2, "VN": 2, "LA": 1, "MN": 1, "RU": 1}
    out: dict[str, list[Place]] = defaultdict(list)
    gid = 9_000_000
    for country, provinces in layout.items():
        for prov in range(provinces):
            for city in range(rng.randint(3, 6)):
                gid += 1
                out[country].append(
                    Place(f"{country}-city-{prov}-{city}", country, gid, f"{country}.{prov:02d}")
                )
    return out


def _count(true: int, rng: random.Random) -> Count | None:
    r = rng.random()
    if r < 0.2:
        return None
    if r < 0.45:
        return Count(true, "exact")
    if r < 0.7:
        return Count(max(1, round(true * rng.uniform(0.9, 1.1))), "about")
    if r < 0.85:
        return Count(max(1, int(true * rng.uniform(0.8, 0.97))), "more_than")
    if r < 0.95:
        return Count(max(1, int(true * rng.uniform(1.0, 1.15))), "up_to")
    return Count(None, "vague", max(1, true // 3), true * 3)


def _date(day: int, rng: random.Random) -> DateSpan | None:
    r = rng.random()
    d = date.fromordinal(day)
    if r < 0.68:
        return DateSpan(d, d, "day")
    if r < 0.78:
        off = date.fromordinal(day + rng.choice((-1, 1)))
        return DateSpan(off, off, "day")
    if r < 0.83:
        return DateSpan(date.fromordinal(day - 1), d, "day")
    if r < 0.95:
        first = d.replace(day=1)
        last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
        return DateSpan(first, last, "month")
    return None


def synthesize(n: int, seed: int) -> tuple[list[LinkInput], dict[str, str]]:
    """About `n` claims and the true event of each."""
    rng = random.Random(seed)
    gaz = _places(rng)
    countries = list(gaz)
    sources = [f"source-{i}" for i in range(60)]
    types, weights = list(_TYPES), list(_TYPES.values())
    events = []
    total = 0
    while total < n:
        k = min(40, 1 + int(rng.expovariate(1 / 6)))
        country = "CN" if rng.random() < 0.6 else rng.choice(countries)
        cities = rng.sample(gaz[country], rng.randint(1, 3))
        events.append(
            {
                "type": rng.choices(types, weights)[0],
                "day": rng.randint(_START, _END),
                "places": cities,
                "country": country,
                "true": max(1, int(rng.lognormvariate(3.0, 1.4))),
                "reports": k,
            }
        )
        total += k
    events.sort(key=lambda e: e["day"])
    items: list[LinkInput] = []
    truth: dict[str, str] = {}
    sentences: list[tuple[str, str]] = []
    doc_no = 0
    open_docs: list[tuple[str, int]] = []
    for e_no, ev in enumerate(events):
        for r in range(ev["reports"]):
            if len(items) >= n:
                break
            # Most documents report one event; some report several events of the same weeks.
            if open_docs and rng.random() < 0.3:
                doc, pub = rng.choice(open_docs[-5:])
            else:
                doc_no += 1
                lag = rng.randint(0, 20) if rng.random() < 0.9 else rng.randint(60, 900)
                doc, pub = f"doc-{doc_no:07d}", ev["day"] + lag
                open_docs.append((doc, pub))
            lang = rng.choice(_LANGS)
            p = rng.random()
            if p < 0.6:
                places = tuple(rng.sample(ev["places"], rng.randint(1, len(ev["places"]))))
            elif p < 0.85:
                places = (Place(ev["country"], ev["country"]),)
            else:
                places = ()
            count = _count(ev["true"], rng)
            if count and len(ev["places"]) > 1 and rng.random() < 0.1:
                count = Count(max(1, ev["true"] // rng.randint(3, 5)), "up_to")
                places = (rng.choice(ev["places"]),)
            if sentences and rng.random() < 0.08:
                evidence, attribution = rng.choice(sentences[-20:])
            else:
                evidence = f"report {e_no} {r} in {lang}"
                attribution = rng.choice(sources) if rng.random() < 0.7 else None
                sentences.append((evidence, attribution or ""))
            claim = Claim(
                type=ev["type"],
                date=_date(ev["day"], rng),
                places=places,
                count=count,
                actor="CN" if ev["country"] == "CN" else None,
                attribution=attribution or None,
                modality="reported" if attribution else "asserted",
                language=lang,
                evidence=evidence,
                evidence_start=0,
                evidence_end=len(evidence),
                document=doc,
            )
            key = f"{doc}:{len(items)}:{ev['type']}"
            items.append(LinkInput(key, claim, doc, date.fromordinal(min(pub, _END + 900))))
            truth[key] = f"event-{e_no}"
    return items, truth


def _machine() -> str:
    import os

    return f"{platform.platform()}, {platform.processor() or platform.machine()}, {os.cpu_count()} CPUs"


def run_synthetic(n: int, seed: int) -> dict[str, object]:
    t0 = time.perf_counter()
    items, truth = synthesize(n, seed)
    made = time.perf_counter() - t0
    t1 = time.perf_counter()
    result = link(items)
    seconds = time.perf_counter() - t1
    p, r, f = bcubed((truth[k], result.assignments[k]) for k in truth)
    return {
        "claims": len(items),
        "true_events": len(set(truth.values())),
        "events": len(result.events),
        "generate_seconds": round(made, 1),
        "link_seconds": round(seconds, 1),
        "claims_per_second": round(len(items) / seconds),
        "peak_memory_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "bcubed": {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)},
        "machine": _machine(),
        "python": sys.version.split()[0],
    }


def gold_inputs(shared: Path) -> tuple[list[LinkInput], dict[str, str], dict[str, bool]]:
    """The gold claims of the seeds and the dev corpus as link inputs, with their gold events."""
    from refuge.gazetteer import load_gazetteer
    from refuge.link.inputs import with_provinces

    gaz, memo = load_gazetteer(), {}
    items, gold, optional = [], {}, {}
    for path in (shared / "gold" / "seeds.jsonl", shared / "dev" / "gold.jsonl"):
        for line in path.read_text("utf-8").splitlines():
            doc = json.loads(line)
            pub = date.fromisoformat(doc["published"]) if doc.get("published") else None
            for i, c in enumerate(doc["claims"]):
                kind = c["type"][0] if isinstance(c["type"], list) else c["type"]
                d, n = c["date"], c["count"]
                claim = Claim(
                    type=kind,
                    date=DateSpan(
                        date.fromisoformat(d["start"]), date.fromisoformat(d["end"]), d["precision"]
                    )
                    if d
                    else None,
                    places=tuple(
                        Place(p["name"], p.get("country"), p.get("geonames_id"))
                        for p in c["places"]
                    ),
                    count=Count(n.get("value"), n["qualifier"], n.get("min"), n.get("max"))
                    if n
                    else None,
                    actor=c.get("actor"),
                    attribution=c.get("attribution"),
                    modality=c["modality"],
                    language=c["language"],
                    evidence=c["evidence"],
                    evidence_start=0,
                    evidence_end=len(c["evidence"]),
                    document=doc["doc"],
                )
                key = f"{doc['doc']}:{i:02d}:{kind}"
                items.append(LinkInput(key, with_provinces(claim, gaz, memo), doc["doc"], pub))
                gold[key] = c["event"]
                optional[key] = bool(c.get("optional"))
    return items, gold, optional


def run_dev(shared: Path) -> dict[str, object]:
    items, gold, optional = gold_inputs(shared)
    result = link(items)
    out: dict[str, object] = {"events": len(result.events), "gold_events": len(set(gold.values()))}
    for name, keys in (
        ("scored", [k for k in gold if not optional[k]]),
        ("with_optional", list(gold)),
    ):
        p, r, f = bcubed((gold[k], result.assignments[k]) for k in keys)
        out[name] = {
            "claims": len(keys),
            "precision": round(p, 4),
            "recall": round(r, 4),
            "f1": round(f, 4),
        }
    return out


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--n", type=int, default=100_000, help="number of synthetic claims")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--dev", action="store_true", help="score the dev and seed gold instead")
    args = ap.parse_args()
    report = run_dev(SHARED) if args.dev else run_synthetic(args.n, args.seed)
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
