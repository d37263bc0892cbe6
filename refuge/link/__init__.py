"""Link claims into events: one event per real incident, with every figure kept and attributed.

linking = link(inputs, previous=earlier_assignments)
linking.assignments["<claim key>"]   # -> event id, stable across runs
linking.events[0].figures            # each source's figure, partial ones and copies marked
linking.links["<claim key>"].explain()  # "same day 2023-10-09, Dandong in both, ..."
"""

from refuge.link.core import link
from refuge.link.fingerprint import fingerprint
from refuge.link.model import Event, Figure, Link, Linking, LinkInput

__all__ = ["Event", "Figure", "Link", "LinkInput", "Linking", "fingerprint", "link"]
