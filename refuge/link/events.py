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


def _copy_of(i: int, ps: Sequence[Profile], items: Sequence[LinkInput]) -> tuple[int, str] | None:
    """An earlier member that this one merely repeats, and why, or None."""
    p, item = ps[i], items[i]
    for j in range(i):
        q, other = ps[j], items[j]
        if q.type != p.type:
            continue
        if q.doc != p.doc and q.fingerprint == p.fingerprint:
            return j, "the same text, reposted"
        if q.doc == p.doc and other.claim.language != item.claim.language and q.figure == p.figure:
            return j, "a translation in the same document"
        if q.doc != p.doc and set(q.sources) & set(p.sources) and q.figure == p.figure:
            return j, f"repeats {source_label(q.sources[0])}'s figure"
    return None


def build_event(
    event: str, items: Sequence[LinkInput], ps: Sequence[Profile], rules: Rules
) -> Event:
    """`items` and `ps` are the members, most informative first; the first founded the event."""
    order = sorted(range(len(items)), key=lambda i: (items[i].published or date.max, items[i].key))
    items = [items[i] for i in order]
    ps = [ps[i] for i in order]
    groups = _Groups(len(ps))
    figures = []
    for i, (item, p) in enumerate(zip(items, ps, strict=True)):
        copy = _copy_of(i, ps, items)
        if copy is not None:
            groups.union(i, copy[0])
        for j in range(i):
            if set(ps[j].sources) & set(p.sources):
                groups.union(i, j)
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
                partial_of=_partial_of(p, ps),
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
