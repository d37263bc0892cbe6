"""What the gazetteer returns for each place it finds in a text."""

from __future__ import annotations

from dataclasses import dataclass

from refuge.records import Place


@dataclass(frozen=True)
class PlaceMention:
    """A place named in a text: its span, the words used and the place they mean.

    `kind` is "country", "admin1" (a province or region), "city" or "facility" (an embassy,
    consulate, customs post or detention centre, placed in its city).
    """

    start: int
    end: int
    surface: str
    place: Place
    kind: str
