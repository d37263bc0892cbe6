"""Which of Refuge's languages a piece of text is in.

Writing systems settle most cases at no cost: Hangul is Korean, kana is Japanese, Latin
letters are English (the only Latin-script language Refuge reads). Lingua, restricted to the
four supported languages, decides the rest: runs of Chinese characters with no kana, which
may be Chinese or kanji-heavy Japanese.
"""

from __future__ import annotations

import re
from functools import cache

from lingua import Language, LanguageDetector, LanguageDetectorBuilder

_LINGUA_CODES = {
    Language.KOREAN: "ko",
    Language.ENGLISH: "en",
    Language.JAPANESE: "ja",
    Language.CHINESE: "zh",
}


@cache
def _detector() -> LanguageDetector:
    return LanguageDetectorBuilder.from_languages(*_LINGUA_CODES).build()


# One pass of the regex engine per script is several times faster than a Python loop over
# the characters, and this runs on every sentence of every document.
_SCRIPTS = {
    "hangul": re.compile("[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]"),
    "kana": re.compile("[\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9d]"),
    "han": re.compile("[\u4e00-\u9fff\u3400-\u4dbf\uf900-\ufaff]"),
    "latin": re.compile("[A-Za-z]"),
}


# Latin letters mixed with digits are identifiers, not words: a board's "ID:p3HsMa0Lq", a
# tracking code or a hash says nothing about the language of the line it stands in.
_LATIN_WORD = re.compile("(?<![A-Za-z0-9])[A-Za-z]+(?![A-Za-z0-9])")


def script_counts(text: str) -> dict[str, int]:
    counts = {name: len(pattern.findall(text)) for name, pattern in _SCRIPTS.items()}
    if counts["latin"]:
        counts["latin"] = sum(map(len, _LATIN_WORD.findall(text)))
    return counts


_SHORT_HAN = 16


def detect(text: str, context: str | None = None) -> str | None:
    """The language of `text`, or None when it has no letters at all.

    `context` is the language of the surrounding document, used for a short run of
    Chinese characters that could be either Chinese or Japanese.
    """
    c = script_counts(text)
    # A Latin letter carries about half as much text as a Hangul syllable or a Han character.
    weights = {
        "ko": c["hangul"] * 1.0,
        "ja": c["kana"] * 1.0,
        "cjk": c["han"] * 1.0,
        "en": c["latin"] * 0.5,
    }
    if not any(weights.values()):
        return None
    if c["kana"] >= 2 or (c["kana"] and c["kana"] >= c["hangul"]):
        weights["ja"] += weights.pop("cjk")
    elif c["hangul"] and c["hangul"] >= c["han"] * 0.3:
        weights["ko"] += weights.pop("cjk")
    top = max(weights, key=lambda k: weights[k])
    if top != "cjk":
        return top
    # Lingua cannot tell Chinese from Japanese on a short run of Han characters (a dateline,
    # "北国新報 2024年5月8日"): it takes the language of the document around it.
    if c["han"] < _SHORT_HAN and context in ("zh", "ja"):
        return context
    found = _detector().detect_language_of(text)
    if found in (Language.JAPANESE, Language.CHINESE):
        return _LINGUA_CODES[found]
    return context if context in ("zh", "ja") else "zh"


# How much of a page a Latin letter is, against a Hangul syllable or a Han character. On the
# bilingual pages of the corpora, writers list the Korean, Chinese or Japanese part first up
# to about two and a half letters of English for each of its characters, and English first
# from about 2.8: three eighths of a character a letter puts the line between the two.
_LETTER_SHARE = 0.375


def weight(text: str) -> float:
    """How much text this is, comparable across writing systems."""
    c = script_counts(text)
    return c["hangul"] + c["kana"] + c["han"] + c["latin"] * _LETTER_SHARE
