"""A fingerprint of a passage that survives reposting: same words, any spacing, punctuation or case."""

from __future__ import annotations

import hashlib
import re
import unicodedata

_NOT_WORD = re.compile(r"[\W_]+")


def fingerprint(text: str) -> int:
    """64-bit hash of the passage's letters and digits, case-folded and NFKC-normalised.

    Two reposts of one newsletter paragraph get the same value; a translation does not (it is
    caught by its source and figure instead). Stable across runs and machines, so it can be stored.
    """
    norm = _NOT_WORD.sub("", unicodedata.normalize("NFKC", text).casefold())
    return int.from_bytes(hashlib.blake2b(norm.encode("utf-8"), digest_size=8).digest(), "big")
