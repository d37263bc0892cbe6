"""Scoring of `refuge extract` output against gold, as `shared/docs/claims.md` defines it.

Every figure is a Ratio with its numerator and denominator, so a change reads as "three
more claims right", not only "F1 went up". Both sides are read as the JSON objects of the
claims format; nothing here depends on how the system produced them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

Json = Mapping[str, Any]


@dataclass(frozen=True)
class Ratio:
    num: float
    den: float

    @property
    def value(self) -> float | None:
        return self.num / self.den if self.den else None

    def to_json(self) -> dict[str, Any]:
        return {"num": self.num, "den": self.den, "value": self.value}


@dataclass(frozen=True)
class F1:
    precision: Ratio
    recall: Ratio

    @property
    def value(self) -> float | None:
        p, r = self.precision.value, self.recall.value
        if p is None or r is None:
            return None
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_json(self) -> dict[str, Any]:
        return {
            "precision": self.precision.to_json(),
            "recall": self.recall.to_json(),
            "f1": self.value,
        }


@dataclass
class Report:
    documents: Ratio
    must_keep: Ratio
    must_drop: Ratio
    published: Ratio
    main_language: Ratio
    languages: Ratio
    claims: F1
    claims_by_language: dict[str, F1]
    fields: dict[str, Ratio]
    linking: F1
    misses: list[dict[str, Any]] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "documents": self.documents.to_json(),
            "cleaning": {
                "must_keep": self.must_keep.to_json(),
                "must_drop": self.must_drop.to_json(),
            },
            "published": self.published.to_json(),
            "language": {
                "main": self.main_language.to_json(),
                "all": self.languages.to_json(),
            },
            "claims": self.claims.to_json(),
            "claims_by_language": {
                k: v.to_json() for k, v in sorted(self.claims_by_language.items())
            },
            "fields": {k: v.to_json() for k, v in self.fields.items()},
            "linking": self.linking.to_json(),
        }


def _types(gold: Json) -> list[str]:
    value = gold["type"]
    return list(value) if isinstance(value, list) else [value]


def _date_ok(gold: Json, system: Json) -> bool:
    g = gold.get("date")
    if not g:
        return True
    s = system.get("date")
    if not s:
        return False
    return bool(s["start"] <= g["end"] and g["start"] <= s["end"])


def _count_ok(gold: Json, system: Json) -> bool:
    g = gold.get("count")
    if not g:
        return True
    s = system.get("count")
    if g.get("qualifier") == "vague":
        return s is None or s.get("qualifier") == "vague"
    if g.get("qualifier") == "range":
        return bool(s) and s.get("min") == g.get("min") and s.get("max") == g.get("max")
    if g.get("value") is None:
        return True
    return bool(s) and s.get("value") == g.get("value")


def _places_ok(gold: Json, system: Json) -> bool:
    g_places = gold.get("places") or []
    if not g_places:
        return True
    s_places = system.get("places") or []
    for g in g_places:
        gid = g.get("geonames_id")
        for s in s_places:
            if gid is not None and s.get("geonames_id") == gid:
                return True
            if gid is None and g.get("country") and s.get("country") == g.get("country"):
                return True
    return False


def matches(gold: Json, system: Json) -> bool:
    s_type = system.get("type")
    s_types = s_type if isinstance(s_type, list) else [s_type]
    return (
        any(t in _types(gold) for t in s_types)
        and _date_ok(gold, system)
        and _count_ok(gold, system)
        and _places_ok(gold, system)
    )


def _qualifier(claim: Json) -> str | None:
    count = claim.get("count")
    return count.get("qualifier") if count else None


def _agreement(gold: Json, system: Json) -> tuple[float, int]:
    """How alike two matching claims are, to pair each gold claim with its best system claim."""
    g_words = set(str(gold.get("evidence", "")))
    s_words = set(str(system.get("evidence", "")))
    overlap = len(g_words & s_words) / max(len(g_words | s_words), 1)
    same = sum(
        (
            _qualifier(gold) == _qualifier(system),
            gold.get("actor") == system.get("actor"),
            gold.get("modality") == system.get("modality"),
            (gold.get("attribution") is None) == (system.get("attribution") is None),
            gold.get("date") == system.get("date"),
            gold.get("count") == system.get("count"),
        )
    )
    return overlap, same


def _pair(gold: Json, systems: list[Json], used: set[int]) -> int | None:
    """Index of the system claim to pair with `gold`: unused ones first, then the most alike."""
    candidates = [i for i, s in enumerate(systems) if matches(gold, s)]
    if not candidates:
        return None
    return max(candidates, key=lambda i: (i not in used, _agreement(gold, systems[i])))


def _bcubed(pairs: list[tuple[str, str]]) -> F1:
    """B-cubed over (gold event, system event) pairs, one per matched gold claim."""
    by_sys: dict[str, list[str]] = defaultdict(list)
    by_gold: dict[str, list[str]] = defaultdict(list)
    for g, s in pairs:
        by_sys[s].append(g)
        by_gold[g].append(s)
    p_sum = sum(by_sys[s].count(g) / len(by_sys[s]) for g, s in pairs)
    r_sum = sum(by_gold[g].count(s) / len(by_gold[g]) for g, s in pairs)
    return F1(Ratio(round(p_sum, 4), len(pairs)), Ratio(round(r_sum, 4), len(pairs)))


def score(gold_docs: Iterable[Json], system_docs: Iterable[Json]) -> Report:
    system_by_doc = {d["doc"]: d for d in system_docs}
    keep = drop = keep_n = drop_n = 0
    pub_ok = main_ok = langs_ok = n_docs = found_docs = 0
    tp_sys: dict[str, int] = defaultdict(int)
    n_sys: dict[str, int] = defaultdict(int)
    tp_gold: dict[str, int] = defaultdict(int)
    n_gold: dict[str, int] = defaultdict(int)
    fields = {k: [0, 0] for k in ("qualifier", "actor", "modality", "attribution")}
    link_pairs: list[tuple[str, str]] = []
    misses: list[dict[str, Any]] = []
    singleton = 0

    for gold in gold_docs:
        n_docs += 1
        system = system_by_doc.get(gold["doc"])
        if system is not None:
            found_docs += 1
        system = system or {}
        text = system.get("text") or ""
        keep_n += len(gold.get("must_keep", []))
        keep += sum(1 for s in gold.get("must_keep", []) if s in text)
        drop_n += len(gold.get("must_drop", []))
        drop += sum(1 for s in gold.get("must_drop", []) if system and s not in text)
        pub_ok += int(bool(system) and system.get("published") == gold.get("published"))
        s_langs = list(system.get("languages") or [])
        g_langs = list(gold.get("languages") or [])
        main_ok += int(bool(s_langs) and bool(g_langs) and s_langs[0] == g_langs[0])
        langs_ok += int(s_langs == g_langs)

        golds = gold.get("claims", [])
        systems = system.get("claims", [])
        for s in systems:
            hits = [g for g in golds if matches(g, s)]
            if hits and all(g.get("optional") for g in hits):
                continue
            lang = s.get("language") or "?"
            n_sys["all"] += 1
            n_sys[lang] += 1
            if hits:
                tp_sys["all"] += 1
                tp_sys[lang] += 1
            else:
                misses.append({"doc": gold["doc"], "kind": "spurious", "claim": s})
        used: set[int] = set()
        for g in golds:
            if g.get("optional"):
                continue
            lang = g.get("language") or "?"
            n_gold["all"] += 1
            n_gold[lang] += 1
            index = _pair(g, systems, used)
            if index is None:
                misses.append({"doc": gold["doc"], "kind": "missed", "claim": g})
                continue
            used.add(index)
            hit = systems[index]
            tp_gold["all"] += 1
            tp_gold[lang] += 1
            pairs = {
                "qualifier": (_qualifier(g), _qualifier(hit)),
                "actor": (g.get("actor"), hit.get("actor")),
                "modality": (g.get("modality"), hit.get("modality")),
                "attribution": (g.get("attribution") is None, hit.get("attribution") is None),
            }
            for name, (a, b) in pairs.items():
                fields[name][0] += int(a == b)
                fields[name][1] += 1
            event = hit.get("event")
            if event is None:
                singleton += 1
                event = f"\x00unlinked-{singleton}"
            link_pairs.append((str(g.get("event")), str(event)))

    languages = sorted(k for k in set(n_sys) | set(n_gold) if k != "all")
    return Report(
        documents=Ratio(found_docs, n_docs),
        must_keep=Ratio(keep, keep_n),
        must_drop=Ratio(drop, drop_n),
        published=Ratio(pub_ok, n_docs),
        main_language=Ratio(main_ok, n_docs),
        languages=Ratio(langs_ok, n_docs),
        claims=F1(Ratio(tp_sys["all"], n_sys["all"]), Ratio(tp_gold["all"], n_gold["all"])),
        claims_by_language={
            lang: F1(Ratio(tp_sys[lang], n_sys[lang]), Ratio(tp_gold[lang], n_gold[lang]))
            for lang in languages
        },
        fields={k: Ratio(v[0], v[1]) for k, v in fields.items()},
        linking=_bcubed(link_pairs),
        misses=misses,
    )
