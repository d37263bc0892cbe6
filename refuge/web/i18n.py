"""Interface messages in English and Korean, from the catalogs in `i18n/*.toml`."""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

UI_LANGUAGES: tuple[str, ...] = ("en", "ko")
FALLBACK = "en"
_CATALOGS = Path(__file__).parent / "i18n"


def _flatten(table: Mapping[str, Any], prefix: str = "") -> dict[str, str]:
    out: dict[str, str] = {}
    for key, value in table.items():
        name = f"{prefix}{key}"
        if isinstance(value, Mapping):
            out.update(_flatten(value, name + "."))
        else:
            out[name] = str(value)
    return out


@cache
def catalog(language: str) -> dict[str, str]:
    """Messages of one language, keyed "section.name"."""
    with (_CATALOGS / f"{language}.toml").open("rb") as f:
        return _flatten(tomllib.load(f))


@dataclass(frozen=True)
class Translator:
    language: str

    def __call__(self, key: str, **values: object) -> str:
        """The message for `key`, English when missing, the key itself as the last resort."""
        message = catalog(self.language).get(key) or catalog(FALLBACK).get(key) or key
        return message.format(**values) if values else message

    def maybe(self, key: str, default: str) -> str:
        """The message for `key` if the catalogs have one, else `default` (data values)."""
        return catalog(self.language).get(key) or catalog(FALLBACK).get(key) or default


def pick_language(
    requested: str | None, cookie: str | None, accept: str | None, default: str
) -> str:
    """The interface language: an explicit choice, then the cookie, then the browser's."""
    for choice in (requested, cookie):
        if choice in UI_LANGUAGES:
            return choice
    for part in (accept or "").split(","):
        code = part.split(";")[0].strip().lower()[:2]
        if code in UI_LANGUAGES:
            return code
    return default if default in UI_LANGUAGES else FALLBACK
