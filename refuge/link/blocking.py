"""Candidate pairs of day-dated claims, with bounded work in dense blocks.

A block is one claim type (and the types it may share an event with) on one day, widened by
the type's tolerance. Small blocks are compared all against all. A block that a big story
fills (thousands of reports of one mass return, or dozens of events on one day in one city)
is compared by sorted neighbourhood instead: a claim meets the few latest claims before it
that name the same place, province, country, figure range or first day, so its work is
bounded whatever the block's size. Claims are visited most informative first, so the
neighbours are the strongest reports of the day; a claim that finds no partner this way
is tried again later against whole events (`cluster.attach`).
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Hashable, Iterator, Sequence

from refuge.link.profile import Profile
from refuge.link.rules import Rules

# A block holding at most this many earlier claims is compared in full.
BLOCK = 48
# In a denser block, how many of the latest claims sharing each feature are compared.
WINDOW = 6


def figure_buckets(p: Profile) -> range:
    """Quarter-octave buckets of a figure's interval: overlapping figures always share one."""
    if p.count is None:
        return range(0)
    low = int(4 * math.log2(max(p.count[0], 1.0)))
    high = int(4 * math.log2(max(p.count[1], 1.0)))
    return range(low, high + 1)


def _neighbourhood(p: Profile) -> list[Hashable]:
    out: list[Hashable] = [("i", i) for i in p.ids]
    out += [("a", a) for a in p.admin1]
    out += [("c", c) for c in p.countries]
    out += [("n", b) for b in figure_buckets(p)]
    out.append(("d", p.lo))
    return out


def anchor_pairs(
    anchors: Sequence[int], profiles: Sequence[Profile], rules: Rules, dense: set[int]
) -> Iterator[tuple[int, int]]:
    """Pairs (earlier, later) of anchors to compare, in visiting order. Adds to `dense` the
    anchors whose candidates were cut to their neighbourhood."""
    cells: dict[tuple[str, int], list[int]] = defaultdict(list)
    near: dict[tuple[str, int, Hashable], list[int]] = defaultdict(list)
    for i in anchors:
        p = profiles[i]
        assert p.lo is not None and p.hi is not None
        tol = rules.types[p.type].tolerance
        features = _neighbourhood(p)
        seen: set[int] = set()
        for t in rules.partners(p.type):
            for d in range(p.lo - tol - p.back, p.hi + tol + p.ahead + 1):
                cell = cells.get((t, d))
                if not cell:
                    continue
                if len(cell) <= BLOCK:
                    seen.update(cell)
                    continue
                dense.add(i)
                for f in features:
                    found = near.get((t, d, f))
                    if found:
                        seen.update(found[-WINDOW:])
        for j in seen:
            yield j, i
        # A statement is also filed under the days it may speak of, and a campaign under the
        # days it may go on, so that a report of the incident visited after it still meets it.
        for d in range(p.lo - p.back, p.hi + p.ahead + p.runs + 1):
            cells[(p.type, d)].append(i)
            for f in features:
                near[(p.type, d, f)].append(i)
