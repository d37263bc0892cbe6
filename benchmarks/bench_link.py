"""Linking speed and quality on synthetic claims with known events, and quality on the dev gold.

    python benchmarks/bench_link.py [--n 100000] [--seed 7]
    python benchmarks/bench_link.py --dev        # B-cubed on ../shared dev gold and seed gold

The generator makes events (type, day, one to three cities, a true head-count, one to four
sources each with its own figure) with heavy-tailed report counts (most events told by a few
pages, a few by thousands), a third of them on a day and in a city that another event already
has. Each report, in one of four languages, picks a source and its figure (or none), dates the
event to the day, a day off, a two-day span, the month, the year, not at all, or (noise) weeks
off, and names its cities, a province, the country, nothing, or a wrong city. Some reports give
a partial figure for one crossing, repost an earlier sentence, repeat themselves in a second
language on one page, or come from roundup pages that report several events; a few are noise
claims of incidents nobody else reports. It links them with `refuge.link.link` and prints wall
and CPU seconds (the machine is shared, so CPU seconds are the comparable figure), claims per
second, peak memory (ru_maxrss of the whole process, generated claims included) and B-cubed
on the truth.
"""

from __future__ import annotations

import argparse
import json
import platform
import random
import resource
import sys
import time
from collections import defaultdict, deque
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from refuge.link import LinkInput, link
from refuge.link.bcubed import bcubed
from refuge.records import Claim, Count, DateSpan, Place

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"

_TYPES = {
    "forced_repatriation": 0.36,
    "arrest": 0.17,
    "protest": 0.1,
    "asylum_seeking": 0.07,
    "resettlement": 0.08,
    "detention": 0.08,
    "population_estimate": 0.05,
    "disappearance": 0.05,
    "execution": 0.04,
}
_LANGS = ("ko", "en", "ja", "zh")
_FIRST_YEAR, _LAST_YEAR = 1998, 2024
_END = date(_LAST_YEAR, 12, 31).toordinal()
_VAGUE = ((3, 9), (24, 99), (200, 999), (2000, 9999))


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


def _reports(rng: random.Random, scale: float) -> int:
    """Reports per event: most incidents are told by a few pages, a few by thousands."""
    return min(5000, int(scale * rng.paretovariate(1.25)))


def _day(rng: random.Random) -> int:
    """Incidents get more frequent towards recent years, as reporting does."""
    year = _FIRST_YEAR + int((_LAST_YEAR - _FIRST_YEAR + 1) * rng.random() ** 0.6)
    return date(year, 1, 1).toordinal() + rng.randrange(365)


def _figure(true: int, rng: random.Random) -> Count:
    """One source's figure for the event: sources disagree, round, and hedge."""
    r = rng.random()
    if r < 0.3:
        return Count(true, "exact")
    if r < 0.6:
        return Count(
            max(1, int(round(true * rng.uniform(0.85, 1.15), -1 if true > 30 else 0))), "about"
        )
    if r < 0.8:
        return Count(max(1, int(true * rng.uniform(0.75, 0.97))), "more_than")
    if r < 0.9:
        return Count(max(1, int(true * rng.uniform(1.0, 1.2))), "up_to")
    if r < 0.95 and true > 3:
        return Count(None, "range", max(1, int(true * 0.85)), int(true * 1.1) + 1)
    lo, hi = next(((lo, hi) for lo, hi in _VAGUE if true <= hi), _VAGUE[-1])
    return Count(None, "vague", lo, hi)


def _date(day: int, rng: random.Random) -> DateSpan | None:
    """How a report dates the incident: mostly the day, sometimes a day off, a two-day span,
    only the month or year, nothing, or (extraction noise) a wrong day weeks away."""
    r = rng.random()
    d = date.fromordinal(day)
    if r < 0.64:
        return DateSpan(d, d, "day")
    if r < 0.72:
        off = date.fromordinal(day + rng.choice((-1, 1)))
        return DateSpan(off, off, "day")
    if r < 0.77:
        return DateSpan(date.fromordinal(day - 1), d, "day")
    if r < 0.89:
        first = d.replace(day=1)
        last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
        return DateSpan(first, last, "month")
    if r < 0.91:
        return DateSpan(date(d.year, 1, 1), date(d.year, 12, 31), "year")
    if r < 0.98:
        return None
    wrong = date.fromordinal(day + rng.choice((-1, 1)) * rng.randint(3, 40))
    return DateSpan(wrong, wrong, "day")


def _events(n: int, rng: random.Random, gaz: dict[str, list[Place]]) -> list[dict]:
    """Events until they hold about `n` reports. A third of them happen on a day, in a city,
    that another event already has: two groups sent back through one crossing, a protest on
    the day of an arrest, arrests in one city in one sweep.

    A bigger corpus is a wider crawl of the same history, not a longer one: incidents are
    told by more pages each, and their number grows as the square root of the claims
    (about 5,600 events for 20,000 claims, 12,000 for 100,000, 51,000 for 1,000,000)."""
    scale = max(1.0, (n / 20_000) ** 0.5)
    countries = list(gaz)
    types, weights = list(_TYPES), list(_TYPES.values())
    events: list[dict] = []
    total = 0
    while total < n:
        kind = rng.choices(types, weights)[0]
        if events and rng.random() < 0.35:
            other = rng.choice(events[-200:])
            day, country = other["day"], other["country"]
            cities = rng.sample(other["places"], 1) + rng.sample(gaz[country], rng.randint(0, 1))
        else:
            day = _day(rng)
            country = "CN" if rng.random() < 0.6 else rng.choice(countries)
            cities = rng.sample(gaz[country], rng.randint(1, 3))
        true = max(1, int(rng.lognormvariate(3.0, 1.5)))
        events.append(
            {
                "type": kind,
                "day": day,
                "places": list(dict.fromkeys(cities)),
                "country": country,
                "true": true,
                "reports": _reports(rng, scale),
                # Each event has a few primary sources, each with its own figure.
                "figures": [_figure(true, rng) for _ in range(rng.randint(1, 4))],
            }
        )
        total += events[-1]["reports"]
    return events


def synthesize(n: int, seed: int) -> tuple[list[LinkInput], dict[str, str]]:
    """About `n` claims and the true event of each.

    Each report picks one of its event's sources and that source's figure (or none), dates
    and places the event with the variation of `_date` and `_place`; a share are reposts of
    an earlier sentence, translations inside a bilingual page, roundups that report several
    events of the same weeks, or noise (a claim of an incident reported nowhere else).
    """
    rng = random.Random(seed)
    gaz = _places(rng)
    sources = [f"source-{i}" for i in range(300)]
    events = _events(n, rng, gaz)
    # Reports of all events arrive interleaved, as pages do.
    slots = [e for e, ev in enumerate(events) for _ in range(ev["reports"])]
    rng.shuffle(slots)
    slots.sort(key=lambda e: events[e]["day"] + rng.randint(0, 30))
    items: list[LinkInput] = []
    truth: dict[str, str] = {}
    # Only recent pages are reposted or extended, so only those are kept.
    sentences: deque[tuple[str, str | None]] = deque(maxlen=50)
    roundups: deque[tuple[str, int]] = deque(maxlen=8)
    doc_no = 0
    event_sources: dict[int, list[str]] = {}

    def add(claim: Claim, doc: str, pub: int, truth_id: str) -> None:
        key = f"{doc}:{len(items)}:{claim.type}"
        items.append(LinkInput(key, claim, doc, date.fromordinal(min(pub, _END + 900))))
        truth[key] = truth_id

    for e_no in slots:
        if len(items) >= n:
            break
        ev = events[e_no]
        if e_no not in event_sources:
            event_sources[e_no] = rng.sample(sources, len(ev["figures"]))
        if roundups and rng.random() < 0.25:
            doc, pub = rng.choice(roundups)
        else:
            doc_no += 1
            lag = rng.randint(0, 20) if rng.random() < 0.9 else rng.randint(60, 900)
            doc, pub = f"doc-{doc_no:07d}", ev["day"] + lag
            if rng.random() < 0.2:
                roundups.append((doc, pub))
        lang = rng.choice(_LANGS)
        which = rng.randrange(len(ev["figures"]))
        count: Count | None = ev["figures"][which] if rng.random() < 0.8 else None
        places = _place(ev, gaz, rng)
        if count and len(ev["places"]) > 1 and rng.random() < 0.08:
            # A figure for one crossing of a group that crossed at several.
            count = Count(max(1, ev["true"] // rng.randint(3, 5)), "up_to")
            places = (rng.choice(ev["places"]),)
        attribution = event_sources[e_no][which] if rng.random() < 0.7 else None
        if sentences and rng.random() < 0.08:
            evidence, attribution = rng.choice(sentences)
        else:
            evidence = f"report {len(items)} of event {e_no} in {lang}"
            sentences.append((evidence, attribution))
        claim = Claim(
            type=ev["type"],
            date=_date(ev["day"], rng),
            places=places,
            count=count,
            actor="CN" if ev["country"] == "CN" and rng.random() < 0.7 else None,
            attribution=attribution,
            modality="reported" if attribution else "asserted",
            language=lang,
            evidence=evidence,
            evidence_start=0,
            evidence_end=len(evidence),
            document=doc,
        )
        add(claim, doc, pub, f"event-{e_no}")
        if rng.random() < 0.05:
            # The same page in a second language: the same fact, translated.
            other = rng.choice([x for x in _LANGS if x != lang])
            text = f"{evidence} ({other})"
            add(replace(claim, language=other, evidence=text), doc, pub, f"event-{e_no}")
        if rng.random() < 0.02:
            day = _day(rng)
            kind = rng.choices(list(_TYPES), list(_TYPES.values()))[0]
            noise = replace(
                claim,
                type=kind,
                date=DateSpan(date.fromordinal(day), date.fromordinal(day), "day"),
                count=_figure(max(1, int(rng.lognormvariate(2.0, 1.0))), rng),
                places=(rng.choice(rng.choice(list(gaz.values()))),),
                evidence=f"noise {len(items)}",
            )
            add(noise, doc, pub, f"noise-{len(items)}")
    return items, truth


def _place(ev: dict, gaz: dict[str, list[Place]], rng: random.Random) -> tuple[Place, ...]:
    """The cities named, only a province, only the country, nothing, or a wrong city."""
    p = rng.random()
    if p < 0.57:
        return tuple(rng.sample(ev["places"], rng.randint(1, len(ev["places"]))))
    city = ev["places"][0]
    if p < 0.64:
        return (Place(f"{city.admin1} province", city.country, None, city.admin1),)
    if p < 0.82:
        return (Place(ev["country"], ev["country"]),)
    if p < 0.97:
        return ()
    return (rng.choice(gaz[ev["country"]]),)


def _machine() -> str:
    import os

    return f"{platform.platform()}, {platform.processor() or platform.machine()}, {os.cpu_count()} CPUs"


def run_synthetic(n: int, seed: int) -> dict[str, object]:
    t0 = time.perf_counter()
    items, truth = synthesize(n, seed)
    made = time.perf_counter() - t0
    t1, c1 = time.perf_counter(), time.process_time()
    result = link(items)
    seconds, cpu = time.perf_counter() - t1, time.process_time() - c1
    p, r, f = bcubed((truth[k], result.assignments[k]) for k in truth)
    return {
        "claims": len(items),
        "true_events": len(set(truth.values())),
        "events": len(result.events),
        "generate_seconds": round(made, 1),
        "link_seconds": round(seconds, 1),
        "link_cpu_seconds": round(cpu, 1),
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
