"""Per-language knowledge for the extract stage, read from TOML files beside this module.

Each language has a folder `lang/<code>/` holding small tables (`numbers.toml`, `dates.toml`,
`triggers.toml`, ...). Files are read on first use and cached, never at import time.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import Any

LANG_DIR = Path(__file__).resolve().parent / "lang"


@cache
def load(lang: str, name: str) -> dict[str, Any]:
    """The table `lang/<lang>/<name>.toml`; an empty dict when the language has no such file.

    The result is shared between callers: treat it as read-only.
    """
    path = LANG_DIR / lang / f"{name}.toml"
    if not path.is_file():
        return {}
    with path.open("rb") as fh:
        return tomllib.load(fh)


def either(patterns: Sequence[str], flags: int = 0) -> re.Pattern[str] | None:
    """One regex that matches any of a data file's patterns, or None when the list is empty."""
    return re.compile("|".join(f"(?:{p})" for p in patterns), flags) if patterns else None
