"""Turn a cluster of claims into an Event: span, places, and every figure by source, with
partial figures and copies marked, and the independent sources counted."""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Sequence
from datetime import date

from refuge.link.model import Event, Figure, LinkInput
from refuge.link.profile import Profile, more_specific
from refuge.link.rules import Rules
from refuge.link.sources import source_label
from refuge.records import Place


def event_id(founder: Profile, rules: Rules) -> str:
    """Readable and stable: the founding claim's date and type, and a hash of its key."""
    when = date.fromordinal(founder.lo).isoformat() if founder.lo is not None else "undated"
    digest = hashlib.blake2b(founder.key.encode("utf-8"), digest_size=4).hexdigest()
    return f"{when}-{rules.types[founder.type].short}-{digest}"


def _span(ps: Sequence[Profile]) -> tuple[date | None, date | None, str | None]:
    dated = [p for p in ps if p.lo is not None and not p.by_publication] or [
        p for p in ps if p.lo is not None
    ]
    if not dated:
        return None, None, None
    order = {"day": 0, "month": 1, "year": 2}
    finest = min(dated, key=lambda p: order.get(p.precision or "year", 2)).precision
    chosen = [p for p in dated if p.precision == finest]
    lo = min(p.lo for p in chosen if p.lo is not None)
    hi = max(p.hi for p in chosen if p.hi is not None)
    return date.fromordinal(lo), date.fromordinal(hi), finest


def _places(items: Sequence[LinkInput]) -> tuple[Place, ...]:
    counts: Counter[tuple[object, ...]] = Counter()
    first: dict[tuple[object, ...], Place] = {}
    for item in items:
        for p in item.claim.places:
            k = (p.geonames_id, p.country) if p.geonames_id is not None else (p.name, p.country)
            counts[k] += 1
            first.setdefault(k, p)
    specific = {p.country for p in first.values() if p.geonames_id is not None or p.admin1}
    keep = [
        k
        for k in first
        if first[k].geonames_id is not None or first[k].admin1 or first[k].country not in specific
    ]
    keep.sort(key=lambda k: -counts[k])
    return tuple(first[k] for k in keep)


def _partial_of(p: Profile, ps: Sequence[Profile]) -> str | None:
    """The larger figure of the same event this one is a part of ("up to 200 via Dandong" of
    "about 600 via four cities"), or None."""
    if p.count is None or p.vague:
        return None
    for w in ps:
        if (
            w is not p
            and w.type == p.type
            and w.count is not None
            and not w.vague
            and p.count[1] < w.count[0]
            and more_specific(p, w)
        ):
            return w.key
    return None


def _partials(ps: Sequence[Profile]) -> list[str | None]:
    """`_partial_of` for every member. Whether a figure is part of another depends only on
    the two shapes, so a big event is searched once per distinct shape, not once per pair."""
    firsts: dict[int, Profile] = {}
    for p in ps:
        firsts.setdefault(p.shape, p)
    wholes = list(firsts.values())
    memo: dict[int, str | None] = {}
    out: list[str | None] = []
    for p in ps:
        if p.shape not in memo:
            memo[p.shape] = _partial_of(p, wholes)
        out.append(memo[p.shape])
    return out


class _Groups:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


class _Copies:
    """Finds, for each member in publication order, an earlier member it merely repeats.

    Keeps the first members seen under each key (up to two, so that one from another
    document or language is always at hand), so a big event costs one lookup per member."""

    def __init__(self, ps: Sequence[Profile]) -> None:
        self.ps = ps
        self.text: dict[tuple[str, int], list[tuple[str, int]]] = {}
        self.translation: dict[tuple[str, str, str], list[tuple[str, int]]] = {}
        self.figure: dict[tuple[str, str, str], list[tuple[str, int]]] = {}

    @staticmethod
    def _first_other(table: dict, key: tuple, mine: str) -> int | None:
        # a loop, not next() over a generator: this runs for every member of every event
        for other, j in table.get(key, ()):
            if other != mine:
                return j
        return None

    @staticmethod
    def _remember(table: dict, key: tuple, mine: str, i: int) -> None:
        seen = table.setdefault(key, [])
        if len(seen) < 2 and all(other != mine for other, _ in seen):
            seen.append((mine, i))

    def copy_of(self, i: int, p: Profile, language: str) -> tuple[int, str] | None:
        found: list[tuple[int, int, str]] = []
        j = self._first_other(self.text, (p.type, p.fingerprint), p.doc)
        if j is not None:
            found.append((j, 0, "the same text, reposted"))
        j = self._first_other(self.translation, (p.type, p.doc, p.figure), language)
        if j is not None:
            found.append((j, 1, "a translation in the same document"))
        for s in p.sources:
            j = self._first_other(self.figure, (p.type, s, p.figure), p.doc)
            if j is not None:
                found.append((j, 2, ""))
        self._remember(self.text, (p.type, p.fingerprint), p.doc, i)
        self._remember(self.translation, (p.type, p.doc, p.figure), language, i)
        for s in p.sources:
            self._remember(self.figure, (p.type, s, p.figure), p.doc, i)
        if not found:
            return None
        # The earliest member repeated wins; at one member, a repost before a translation.
        j, _, why = min(found)
        return j, why or f"repeats {source_label(self.ps[j].sources[0])}'s figure"


def build_event(
    event: str, items: Sequence[LinkInput], ps: Sequence[Profile], rules: Rules
) -> Event:
    """`items` and `ps` are the members, most informative first; the first founded the event."""
    order = sorted(range(len(items)), key=lambda i: (items[i].published or date.max, items[i].key))
    items = [items[i] for i in order]
    ps = [ps[i] for i in order]
    groups = _Groups(len(ps))
    copies = _Copies(ps)
    partials = _partials(ps)
    by_source: dict[str, int] = {}
    figures = []
    for i, (item, p) in enumerate(zip(items, ps, strict=True)):
        copy = copies.copy_of(i, p, item.claim.language)
        if copy is not None:
            groups.union(i, copy[0])
        for s in p.sources:
            groups.union(i, by_source.setdefault(s, i))
        c = item.claim
        figures.append(
            Figure(
                key=item.key,
                document=item.document,
                published=item.published,
                language=c.language,
                type=c.type,
                count=c.count,
                figure=p.figure,
                attribution=c.attribution,
                source=source_label(p.sources[0]),
                modality=c.modality,
                quote=c.evidence,
                partial_of=partials[i],
                copy_of=items[copy[0]].key if copy else None,
                copy_reason=copy[1] if copy else None,
            )
        )
    # A denial is on the record as a figure but corroborates nothing.
    corroborating = [i for i, p in enumerate(ps) if p.modality != "denied"]
    roots = sorted({groups.find(i) for i in corroborating})
    types = Counter(p.type for p in ps)
    start, end, precision = _span(ps)
    return Event(
        id=event,
        type=max(types, key=lambda t: (types[t], -[p.type for p in ps].index(t))),
        types=tuple(sorted(types)),
        date_start=start,
        date_end=end,
        date_precision=precision,
        places=_places(items),
        claims=tuple(item.key for item in items),
        figures=tuple(figures),
        sources=tuple(dict.fromkeys(figures[r].source for r in roots)),
        independent_sources=len(roots),
    )
