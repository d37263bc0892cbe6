"""Per-language knowledge for the extract stage, read from TOML files beside this module.

Each language has a folder `lang/<code>/` holding small tables (`numbers.toml`, `dates.toml`,
`triggers.toml`, ...). Files are read on first use and cached, never at import time.
"""

from __future__ import annotations

import tomllib
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
