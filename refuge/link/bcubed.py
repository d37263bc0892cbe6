"""B-cubed precision, recall and F1 of a clustering against the truth, in linear time."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable


def bcubed(pairs: Iterable[tuple[str, str]]) -> tuple[float, float, float]:
    """(precision, recall, F1) over (true cluster, predicted cluster) pairs, one per item."""
    joint: Counter[tuple[str, str]] = Counter()
    true: Counter[str] = Counter()
    pred: Counter[str] = Counter()
    for t, p in pairs:
        joint[(t, p)] += 1
        true[t] += 1
        pred[p] += 1
    n = sum(true.values())
    if not n:
        return 0.0, 0.0, 0.0
    # Each item in cell (t, p) scores |t∩p|/|p| for precision and |t∩p|/|t| for recall.
    precision = sum(c * c / pred[p] for (_, p), c in joint.items()) / n
    recall = sum(c * c / true[t] for (t, _), c in joint.items()) / n
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1
