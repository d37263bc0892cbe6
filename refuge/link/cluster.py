"""Blocking and clustering: claims with exact dates pair up in day blocks and merge by score;
claims known only to the month or year, or undated, then join the best event or found their own.

Merging is single-link on the best pairs first, but a merge is refused when any two members
of the two clusters veto each other, so one count-less claim cannot chain two events together.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Hashable, Mapping
from dataclasses import dataclass
from datetime import date

from refuge.link.blocking import anchor_pairs, figure_buckets
from refuge.link.compare import compare, score, veto
from refuge.link.model import Weight
from refuge.link.profile import Profile
from refuge.link.rules import Rules
from refuge.link.summary import Summary, reach

# An anchor is a claim dated to the day over at most this many days; it is blocked by day.
_ANCHOR_DAYS = 62
# How many members of a cluster a joining claim is scored against, and checked for vetoes.
_SCORE_MEMBERS = 5
_VETO_MEMBERS = 24
# How many candidate events a joining claim is scored against at most, best bound first.
_CANDIDATES = 12
_MAX_MONTHS = 36


@dataclass(frozen=True, slots=True)
class Match:
    partner: int | None
    score: float
    reasons: tuple[Weight, ...]


def _month(n: int) -> int:
    d = date.fromordinal(n)
    return d.year * 12 + d.month - 1


def _months(lo: int, hi: int) -> list[int]:
    first, last = _month(lo), _month(hi)
    if last - first >= _MAX_MONTHS:
        return [
            *range(first, first + _MAX_MONTHS // 2),
            *range(last - _MAX_MONTHS // 2 + 1, last + 1),
        ]
    return list(range(first, last + 1))


def rank(p: Profile) -> tuple[int, int, int, int, str]:
    """Most informative first: exact day, then month, year, stock figures, undated."""
    if p.lo is None:
        tier = 5
    elif p.by_publication or p.stock:
        tier = 4
    elif p.precision == "day":
        tier = 0 if p.days <= _ANCHOR_DAYS else 3
    else:
        tier = 1 if p.precision == "month" else 2
    return (tier, 0 if p.count else 1, 0 if p.ids else 1, p.lo or 0, p.key)


class _Clusters:
    """Union-find over claims. Each event keeps all its members and a head: its most
    informative members of distinct shapes, the only ones a joining claim is scored and
    vetoed against, so that joining a big event costs as much as joining a small one."""

    def __init__(self, profiles: list[Profile], pos: list[int]) -> None:
        self.profiles = profiles
        self.pos = pos
        self.parent = list(range(len(profiles)))
        # Singletons are not stored: a claim alone is its own member list and head.
        self._members: dict[int, list[int]] = {}
        self._heads: dict[int, list[int]] = {}
        self.label: dict[int, str] = {}
        self.summaries: dict[int, Summary] = {}
        # Root pairs found to veto each other; clusters only grow, so a veto stays.
        self.refused: set[tuple[int, int]] = set()

    def members(self, root: int) -> list[int]:
        return self._members.get(root) or [root]

    def head(self, root: int) -> list[int]:
        return self._heads.get(root) or [root]

    def size(self, root: int) -> int:
        found = self._members.get(root)
        return len(found) if found else 1

    def summary(self, root: int) -> Summary:
        found = self.summaries.get(root)
        if found is None:
            found = self.summaries[root] = Summary()
            for i in self.members(root):
                found.add(self.profiles[i])
        return found

    def find(self, i: int) -> int:
        root = i
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[i] != root:
            self.parent[i], i = root, self.parent[i]
        return root

    def can_merge(self, ra: int, rb: int, rules: Rules, dated: bool = True) -> bool:
        """Whether no two heads of the clusters veto each other; without `dated`, dates
        apart are no veto (a statement joins the incident it speaks of)."""
        la, lb = self.label.get(ra), self.label.get(rb)
        if la is not None and lb is not None and la != lb:
            return False  # two events of an earlier run are merged only by a reviewer
        pair = (ra, rb) if ra < rb else (rb, ra)
        if dated and pair in self.refused:
            return False
        ps = self.profiles
        if any(
            veto(ps[x], ps[y], rules, dated=dated) for x in self.head(ra) for y in self.head(rb)
        ):
            if dated:
                self.refused.add(pair)
            return False
        return True

    def union(self, ra: int, rb: int) -> int:
        if ra == rb:
            return ra
        if self.size(ra) < self.size(rb):
            ra, rb = rb, ra
        kept = self.summaries.pop(ra, None)
        if kept is not None:
            kept.merge(self.summaries.pop(rb, None) or self.summary(rb))
            self.summaries.pop(rb, None)
            self.summaries[ra] = kept
        self.parent[rb] = ra
        head = sorted(self.head(ra) + self.head(rb), key=self.pos.__getitem__)
        shapes: set[int] = set()
        self._heads[ra] = [
            i
            for i in head
            if not (self.profiles[i].shape in shapes or shapes.add(self.profiles[i].shape))
        ][:_VETO_MEMBERS]
        self._heads.pop(rb, None)
        members = self._members.get(ra) or [ra]
        members += self._members.pop(rb, None) or [rb]
        self._members[ra] = members
        if rb in self.label:
            self.label.setdefault(ra, self.label.pop(rb))
        return ra

    def roots(self) -> list[int]:
        return [i for i, parent in enumerate(self.parent) if i == parent]


# Edges are packed into one int each (score, then the two claims), so that millions of
# candidate links cost a list of ints rather than a tuple apiece, and sort in C.
_QUANTUM = 1024
_TOP = 1 << 24


def _pack(score: float, a: int, b: int, bits: int) -> int:
    lo, hi = (a, b) if a < b else (b, a)
    return ((_TOP - round(score * _QUANTUM)) << (2 * bits)) | (lo << bits) | hi


def _pair(edge: int, bits: int) -> tuple[int, int]:
    mask = (1 << bits) - 1
    return (edge >> bits) & mask, edge & mask


def cluster(
    profiles: list[Profile], rules: Rules, labels: Mapping[int, str]
) -> tuple[list[list[int]], dict[int, Match], dict[int, str]]:
    """Group profiles into events. Returns clusters (members most informative first), each
    claim's best match inside its cluster, and the earlier-run event id of clusters that had one."""
    order = sorted(range(len(profiles)), key=lambda i: rank(profiles[i]))
    pos = [0] * len(profiles)
    for n, i in enumerate(order):
        pos[i] = n
    cl = _Clusters(profiles, pos)
    best: dict[int, Match] = {}
    # 0. Claims that an earlier run put in one event stay together under that event's id.
    by_label: dict[str, list[int]] = defaultdict(list)
    for i, label in sorted(labels.items()):
        by_label[label].append(i)
    for label, group in by_label.items():
        root = group[0]
        for i in group[1:]:
            root = cl.union(cl.find(root), cl.find(i))
        cl.label[cl.find(root)] = label

    anchors = [i for i in order if rank(profiles[i])[0] == 0]
    loose = [i for i in order if rank(profiles[i])[0] != 0]

    # 1. Anchors. Claims of one shape (the same day, places, figure and actor: a report
    # repeated by other outlets or in another language) are one event before any scoring,
    # and only the first of them is compared further.
    first_of: dict[tuple[int, str | None], int] = {}
    reps: list[int] = []
    for i in anchors:
        rep = first_of.setdefault((profiles[i].shape, labels.get(i)), i)
        if rep == i:
            reps.append(i)
            continue
        found = compare(profiles[i], profiles[rep], rules)
        cl.union(cl.find(rep), cl.find(i))
        if found is not None:
            best[i] = Match(rep, found[0], found[1])
    del first_of

    # Score the pairs a shared day block proposes; merge the best pairs first. Items are
    # sorted by key, so index order breaks ties between equal scores deterministically.
    bits = max(1, len(profiles).bit_length())
    dense: set[int] = set()
    edges: list[int] = []
    for i, j in anchor_pairs(reps, profiles, rules, dense):
        found = score(profiles[i], profiles[j], rules)
        if found is not None and found >= rules.threshold:
            edges.append(_pack(found, i, j, bits))
    # A statement dated by when it was said speaks of what its own text reports, and a day
    # of a campaign belongs with the other days its text tells: such a claim meets every
    # report of its document, not only the first report of each shape.
    in_doc: dict[str, list[int]] = defaultdict(list)
    for i in anchors:
        in_doc[profiles[i].doc].append(i)
    for i in reps:
        p = profiles[i]
        if p.back or p.ahead or rules.types[p.type].ongoing:
            for j in in_doc[profiles[i].doc]:
                found = score(profiles[i], profiles[j], rules) if j != i else None
                if found is not None and found >= rules.threshold:
                    edges.append(_pack(found, i, j, bits))
    del in_doc
    edges.sort()
    for edge in edges:
        i, j = _pair(edge, bits)
        ri, rj = cl.find(i), cl.find(j)
        if ri != rj:
            if not cl.can_merge(ri, rj, rules):
                continue
            cl.union(ri, rj)
        if i not in best or j not in best:
            # Reasons are recomputed for the few edges kept, not stored for every pair scored.
            found = compare(profiles[i], profiles[j], rules)
            assert found is not None
            best.setdefault(i, Match(j, found[0], found[1]))
            best.setdefault(j, Match(i, found[0], found[1]))
    del edges

    # 2. Loose claims join the best-scoring event among those near in time or in their document.
    # A cluster is found through what its members name in a month (a place, a province, a
    # figure's order of magnitude, a sentence): a cluster that shares none of these with a
    # claim is never scored. Sources are left out on purpose: a few outlets report nearly
    # everything, so "same source" would put every event of the month in every block.
    # Indexes hold each event once (by the root it had when registered), not every member.
    by_key: dict[tuple[str, int, Hashable], set[int]] = defaultdict(set)
    by_month: dict[tuple[str, int], set[int]] = defaultdict(set)
    by_doc: dict[str, list[int]] = defaultdict(list)

    def register(i: int) -> None:
        p = profiles[i]
        root = cl.find(i)
        by_doc[p.doc].append(i)
        if p.lo is not None and p.hi is not None:
            keys = _features(p)
            for m in _months(p.lo, p.hi):
                by_month[(p.type, m)].add(root)
                for f in keys:
                    by_key[(p.type, m, f)].add(root)

    for i in anchors:
        register(i)

    def attach(i: int) -> None:
        p = profiles[i]
        mates = by_doc.get(p.doc, [])
        near_doc: set[int] = {cl.find(j) for j in mates}
        roots = set(near_doc)
        window = _window(p, rules)
        if window is not None:
            keys = _features(p)
            # A claim dated to the day over a long span may link on its date alone.
            wide = p.precision == "day" and not p.by_publication and p.days > _ANCHOR_DAYS
            months = _months(*window)
            # Most keys name no event: only those that do are looked through.
            for t in rules.partners(p.type):
                for m in months:
                    if wide:
                        found = by_month.get((t, m))
                        if found:
                            roots.update(map(cl.find, found))
                        continue
                    for f in keys:
                        found = by_key.get((t, m, f))
                        if found:
                            roots.update(map(cl.find, found))
        mine = cl.find(i)
        roots.discard(mine)
        choice = _best_cluster(i, sorted(roots), near_doc, mates, cl, rules)
        if choice is not None:
            root, match = choice
            cl.union(root, mine)
            best[i] = match

    for i in loose:
        attach(i)
        register(i)
    # 3. A claim left alone may fit an event that claims after it built; try once more. An
    # anchor of a dense block met only its neighbourhood, so it tries whole events too.
    for i in [*(i for i in anchors if i in dense), *loose]:
        root = cl.find(i)
        if cl.size(root) == 1:
            attach(i)

    # 4. A statement with no figure of its own that is still apart speaks of the one
    # incident of its kind reported in the days it may speak of, when there is only one.
    # Each event is filed once under each kind and day it reports, by its first account.
    accounts: dict[tuple[str, int], dict[int, int]] = defaultdict(dict)
    for j in anchors:
        q = profiles[j]
        if _account(q):
            assert q.lo is not None and q.hi is not None
            for day in range(q.lo, q.hi + 1):
                accounts[(q.type, day)].setdefault(cl.find(j), j)
    for i in _statements(profiles, cl, rules):
        match = _sole_event(i, accounts, cl, rules)
        if match is not None:
            assert match.partner is not None
            cl.union(cl.find(match.partner), cl.find(i))
            best[i] = match

    roots = sorted(cl.roots(), key=lambda r: pos[cl.head(r)[0]])
    clusters = [sorted(cl.members(r), key=pos.__getitem__) for r in roots]
    kept = {m[0]: cl.label[r] for m, r in zip(clusters, roots, strict=True) if r in cl.label}
    return clusters, best, kept


def _features(p: Profile) -> list[Hashable]:
    """What a claim names that another report of its event is likely to name too."""
    out: list[Hashable] = [("i", i) for i in p.ids]
    out += [("a", a) for a in p.admin1]
    out.append(("f", p.fingerprint))
    if p.lo is not None:
        out.append(("d", p.lo))  # ongoing kinds link on a shared first day ("missing since")
    out += [("n", b) for b in figure_buckets(p)]
    if p.stock:
        # a stock told in a loose word shares no figure bucket with an estimate of it
        out += [("s", c) for c in p.countries]
    return out


def _window(p: Profile, rules: Rules) -> tuple[int, int] | None:
    """Days whose events a loose claim may belong to."""
    w = rules.weights
    if p.lo is not None and p.hi is not None:
        r = rules.types[p.type]
        pad = r.stock_days if r.stock else r.tolerance
        return p.lo - pad - p.back, p.hi + pad + p.ahead
    if p.pub is not None:
        ahead = (
            int(w["publication_window_after"]) if p.modality in ("planned", "conditional") else 0
        )
        return p.pub - int(w["publication_window_before"]), p.pub + ahead
    return None


def _best_cluster(
    i: int, roots: list[int], near_doc: set[int], mates: list[int], cl: _Clusters, rules: Rules
) -> tuple[int, Match] | None:
    p = cl.profiles[i]
    best: tuple[float, float, int, str, int, Match] | None = None
    own = cl.label.get(cl.find(i))
    # Events are scored in order of the most they could give (events of the claim's own
    # document first, whatever their bound), and the search stops once no event left could
    # reach the best score found, or after the `_CANDIDATES` most promising: a claim known
    # only to its month in a busy month would otherwise be scored against every event in it.
    bounded: list[tuple[float, int]] = []
    for root in roots:
        label = cl.label.get(root)
        if label is not None and own not in (None, label):
            continue
        bound = math.inf if root in near_doc else reach(p, cl.summary(root), rules)
        if bound >= rules.threshold:
            bounded.append((-bound, root))
    bounded.sort()
    far = 0
    for neg, root in bounded:
        if best is not None and -neg < best[0]:
            break
        if root not in near_doc:
            far += 1
            if far > _CANDIDATES:
                break
        head = cl.head(root)
        scored = head[:_SCORE_MEMBERS]
        # Members told in the same document always count: they carry the context.
        if root in near_doc:
            scored = scored + [j for j in mates if cl.find(j) == root and j not in scored]
        top: Match | None = None
        vetoed = False
        for j in scored:
            found = score(p, cl.profiles[j], rules)
            if found is None:
                if veto(p, cl.profiles[j], rules) is not None:
                    vetoed = True
                    break
            elif top is None or found > top.score:
                top = Match(j, found, ())
        if vetoed or top is None or top.score < rules.threshold:
            continue
        if any(veto(p, cl.profiles[j], rules) for j in head[_SCORE_MEMBERS:]):
            continue
        # Between equal scores, an undated claim goes to the event nearest its publication.
        first = cl.profiles[head[0]]
        near = 0.0
        if p.lo is None and p.pub is not None and first.lo is not None and first.hi is not None:
            near = -abs(p.pub - (first.lo + first.hi) / 2)
        # Then to the event more pages report: a loose account is likelier a report of it.
        candidate = (top.score, near, cl.size(root), first.key, root, top)
        if best is None or candidate[:4] > best[:4]:
            best = candidate
    if best is None:
        return None
    # Reasons are written for the match chosen only, not for every pair scored.
    chosen = best[5]
    assert chosen.partner is not None
    found = compare(p, cl.profiles[chosen.partner], rules)
    assert found is not None
    return best[4], Match(chosen.partner, found[0], found[1])


def _bare(p: Profile, rules: Rules) -> bool:
    """A claim that tells no figure finer than a loose word: a statement about an incident
    ("the ministry believes many were sent back", "China denies it"), not an account of it."""
    r = rules.types[p.type]
    # A loose word for those held ("hundreds are held") tells a group, not what was said.
    return (
        (p.count is None or p.vague)
        and not (r.stock or r.stock_undated or p.stock or r.campaign)
        and p.modality not in ("planned", "conditional")
    )


def _account(p: Profile) -> bool:
    """A report of an incident that happened: dated to its day, with a head-count."""
    return (
        p.short
        and p.count is not None
        and not p.vague
        and p.modality not in ("planned", "conditional")
    )


def _speaks_of(p: Profile, rules: Rules) -> tuple[int, int] | None:
    """The days whose incident a statement may speak of: up to `statement_days` before the
    day it was said (its page's date when it gives none); the month it names."""
    if p.lo is None or p.hi is None:
        if p.pub is None:
            return None
        return p.pub - rules.statement_days, p.pub
    if p.by_publication:
        return None
    if p.precision == "day" and p.days <= rules.short_days:
        return p.lo - rules.statement_days, p.hi
    if p.precision == "month":
        return p.lo, p.hi
    return None


def _statements(profiles: list[Profile], cl: _Clusters, rules: Rules) -> list[int]:
    """Claims whose event holds statements of one kind only, most informative first."""
    alone: list[int] = []
    for root in cl.roots():
        members = cl.members(root)
        kinds = {profiles[j].type for j in members}
        if len(kinds) == 1 and all(_bare(profiles[j], rules) for j in members):
            alone.append(min(members, key=cl.pos.__getitem__))
    return sorted(alone, key=cl.pos.__getitem__)


def _sole_event(
    i: int, accounts: Mapping[tuple[str, int], Mapping[int, int]], cl: _Clusters, rules: Rules
) -> Match | None:
    """The account that the statement `i`'s event may join: a report of the same kind in the
    days its members may speak of (`accounts` by kind and day), when all such accounts that
    no member vetoes are of one event, or of one event that `dominant_event` times more pages
    report than any other."""
    ps = cl.profiles
    mine = cl.find(i)
    members = cl.members(mine)
    windows = [w for w in (_speaks_of(ps[j], rules) for j in members) if w is not None]
    found: dict[int, int] = {}
    for lo, hi in windows:
        for day in range(lo, hi + 1):
            for j in accounts.get((ps[i].type, day), {}).values():
                root = cl.find(j)
                if root == mine or root in found:
                    continue
                if any(_against(ps[m], ps[j], rules) for m in members):
                    continue
                found[root] = j
                if len(found) > _CANDIDATES:
                    return None
    if not found:
        return None
    pages = sorted(((len({ps[m].doc for m in cl.members(r)}), r) for r in found), reverse=True)
    top, root = pages[0]
    if len(pages) > 1 and top < pages[1][0] * rules.weights["dominant_event"]:
        return None
    partner = found[root]
    if not cl.can_merge(root, mine, rules, dated=False):
        return None
    compared = compare(ps[i], ps[partner], rules, dated=False)
    score, reasons = compared if compared is not None else (0.0, ())
    kind = ps[i].type.replace("_", " ")
    told = "the only" if len(pages) == 1 else "by far the most reported"
    why = (f"{told} {kind} reported in the days it speaks of", rules.weights["sole_event"])
    return Match(partner, score + why[1], (*reasons, why))


def _against(p: Profile, q: Profile, rules: Rules) -> bool:
    """Whether a statement cannot be about an account for any reason but their dates: a
    veto, or a loose word far from the account's figure ("several" against "more than 58"),
    unless it is told of another crossing (a part of the event: "a few more at Dandong")."""
    if veto(p, q, rules, dated=False) is not None:
        return True
    if (
        p.count is None
        or q.count is None
        or (p.count[0] <= q.count[1] and q.count[0] <= p.count[1])
    ):
        return False
    if p.ids and q.ids and not p.ids & q.ids:
        return False
    small, big = sorted((p.count, q.count))
    return big[0] > small[1] * rules.weights["vague_far_ratio"]
