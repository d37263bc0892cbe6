"""Script-aware text folding for place matching.

Matching runs on a folded copy of the text: Latin letters lower-cased, curly apostrophes
straightened and traditional / Japanese Han variants mapped to simplified Chinese. Every
character maps to exactly one character, so offsets into the folded text are offsets into
the original text.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from functools import cache
from importlib import resources

_APOSTROPHES = "’‘ʼ`´"


@cache
def fold_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for code in range(0x41, 0x250):
        ch = chr(code)
        low = ch.lower()
        if low != ch and len(low) == 1:
            table[code] = low
    for ch in _APOSTROPHES:
        table[ord(ch)] = "'"
    data = tomllib.loads(resources.files(__package__).joinpath("hanzi.toml").read_text("utf-8"))
    for group in data["fold"]:
        target = group[0]
        for variant in group[1:]:
            table[ord(variant)] = target
    return table


def fold(text: str) -> str:
    """Fold `text` for matching; the result has the same length as `text`."""
    return text.translate(fold_table())


@cache
def _han_table() -> dict[int, str]:
    return {code: target for code, target in fold_table().items() if is_han(chr(code))}


def fold_han(text: str) -> str:
    """`text` with traditional and Japanese Han variants written in simplified form, and
    nothing else changed; the result has the same length as `text`."""
    return text.translate(_han_table())


def ascii_fold(name: str) -> str:
    """'Sinŭiju' -> 'Sinuiju', 'Ji’an' -> "Ji'an": the spelling of English news copy."""
    decomposed = unicodedata.normalize("NFKD", name.translate({ord(c): "'" for c in _APOSTROPHES}))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def is_hangul(ch: str) -> bool:
    return "\uac00" <= ch <= "\ud7a3" or "\u1100" <= ch <= "\u11ff" or "\u3130" <= ch <= "\u318f"


def is_katakana(ch: str) -> bool:
    # U+30FB (・) is the middle dot that separates names, so it is not part of a word
    return ("\u30a0" <= ch <= "\u30ff" and ch != "\u30fb") or "\u31f0" <= ch <= "\u31ff"


def is_han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf" or "\uf900" <= ch <= "\ufaff"


def is_kana(ch: str) -> bool:
    return "\u3040" <= ch <= "\u30ff"


def is_word_char(ch: str) -> bool:
    """A character that continues an English word (so a name cannot start or end next to it)."""
    return ch.isalnum() and not (is_han(ch) or is_kana(ch) or is_hangul(ch))


# The ranges of is_hangul, and of is_han or is_kana, as classes: the gazetteer asks about
# every alternate name of every city it loads.
_HANGUL = "\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f"
_CJK = "\u4e00-\u9fff\u3400-\u4dbf\uf900-\ufaff\u3040-\u30ff"
_SOME_HANGUL = re.compile(f"[{_HANGUL}]")
_ALL_HANGUL = re.compile(f"[{_HANGUL}]*")
_SOME_CJK = re.compile(f"[{_CJK}]")
_ALL_CJK = re.compile(f"[{_CJK}]*")


def has_hangul(text: str) -> bool:
    return _SOME_HANGUL.search(text) is not None


def all_hangul(text: str) -> bool:
    """Whether every character of `text` is Hangul (true of an empty text)."""
    return _ALL_HANGUL.fullmatch(text) is not None


def has_cjk(text: str) -> bool:
    """Whether `text` holds a Han or kana character."""
    return _SOME_CJK.search(text) is not None


def all_cjk(text: str) -> bool:
    """Whether every character of `text` is Han or kana (true of an empty text)."""
    return _ALL_CJK.fullmatch(text) is not None


def script_of(name: str) -> str:
    """The script family of an alias: 'hangul', 'cjk' (Han or kana) or 'latin'."""
    if has_hangul(name):
        return "hangul"
    if has_cjk(name):
        return "cjk"
    return "latin"
