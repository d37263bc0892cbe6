"""What a whole cluster names, kept so a joining claim can skip events it cannot reach.

`reach()` is an upper bound on the best match weight a claim could get against any member:
if it is below the threshold, scoring the members one by one is wasted work.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from refuge.link.profile import Profile
from refuge.link.rules import Rules


@dataclass(slots=True)
class Summary:
    ids: set[int] = field(default_factory=set)
    admin1: set[str] = field(default_factory=set)
    countries: set[str] = field(default_factory=set)
    low: float = float("inf")
    high: float = float("-inf")
    countless: bool = False
    sources: set[str] = field(default_factory=set)
    fingerprints: set[int] = field(default_factory=set)

    def add(self, p: Profile) -> None:
        self.ids |= p.ids
        self.admin1 |= p.admin1
        self.countries |= p.countries
        if p.count is None:
            self.countless = True
        else:
            self.low = min(self.low, p.count[0])
            self.high = max(self.high, p.count[1])
        self.sources.update(p.sources)
        self.fingerprints.add(p.fingerprint)

    def merge(self, other: Summary) -> None:
        self.ids |= other.ids
        self.admin1 |= other.admin1
        self.countries |= other.countries
        self.low = min(self.low, other.low)
        self.high = max(self.high, other.high)
        self.countless = self.countless or other.countless
        self.sources |= other.sources
        self.fingerprints |= other.fingerprints


def reach(p: Profile, s: Summary, rules: Rules) -> float:
    """The most a claim from another document could score against any member of the cluster."""
    w = rules.weights
    if p.lo is None:
        date = w["undated_near_publication"]
    elif (p.precision == "day" and not p.by_publication) or rules.types[p.type].ongoing:
        date = max(w["same_day"], w["overlapping_days"], w["near_day"])
    else:
        date = w["same_month"]
    # Each part is the best any member could give; a member with no place or no figure gives 0.
    place = 0.0
    if p.has_places:
        if p.ids & s.ids:
            place = w["same_place"]
        elif p.admin1 & s.admin1:
            place = w["same_province"]
        elif p.countries & s.countries:
            place = w["same_country"]
    count = 0.0
    if p.count is not None:
        if p.count[0] <= s.high and s.low <= p.count[1]:
            count = max(rules.types[p.type].count_weight, 1.5) * w["same_figure"]
        elif p.stock:
            count = w["loose_stock"]
        elif not s.countless:
            count = max(w["part_of_figure"], w["different_groups"], w["vague_disagrees"])
    extra = w["same_source"] if s.sources.intersection(p.sources) else 0.0
    if p.fingerprint in s.fingerprints:
        extra += w["same_text"]
    return date + place + count + extra
