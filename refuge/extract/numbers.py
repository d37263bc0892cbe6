"""Numbers as the four languages write them: digits, numeral characters and number words.

`parse_number` turns one written number into an int ("2천" -> 2000, "两千六百" -> 2600,
"Twenty-five" -> 25, "two dozen" -> 24). `number_pattern` gives the regex that finds such
numbers in running text, so the count and date recognisers agree with the parser on what a
number is. The words themselves live in `lang/<code>/numbers.toml`.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from refuge.extract.langdata import load

# Full-width ASCII (U+FF01..U+FF5E) and the ideographic space fold to ASCII one character for
# one, so offsets found in the folded text stay valid in the original.
_FOLD = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}

DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_DIGITS_RE = re.compile(rf"(?:{DIGITS})")
_EN_TOKEN = re.compile(r"[a-z]+|\d[\d,]*(?:\.\d+)?")


_FULL_WIDTH = re.compile("[\uff01-\uff5e\u3000]")


def fold(text: str) -> str:
    """`text` with full-width digits, letters and punctuation made ASCII; length unchanged."""
    # most sentences hold no full-width character: one C scan says so, where `translate`
    # would look each character up in the table
    return text.translate(_FOLD) if _FULL_WIDTH.search(text) else text


def _digits_value(token: str) -> float | None:
    if not re.fullmatch(DIGITS, token):
        return None
    return float(token.replace(",", ""))


def _as_int(value: float | None) -> int | None:
    if value is None or value != int(value):
        return None
    return int(value)


def parse_number(text: str, lang: str) -> int | None:
    """The integer `text` writes, or None when it is not one whole number in `lang`."""
    s = fold(text).strip()
    if not s:
        return None
    plain = _digits_value(s)
    if plain is not None:
        return _as_int(plain)
    if lang == "en":
        phrase = load("en", "numbers")["words"].get("phrases", {}).get(" ".join(s.lower().split()))
        return phrase if phrase is not None else _as_int(_parse_en(s.lower()))
    if lang == "ko":
        native = _parse_native_ko(s.replace(" ", ""))
        if native is not None:
            return native
    return _as_int(_parse_cjk(re.sub(r"\s+", "", s), lang))


def _parse_en(s: str) -> float | None:
    words = _words(load("en", "numbers"))
    tokens = _EN_TOKEN.findall(s.replace("-", " "))
    if not tokens or "".join(tokens) != re.sub(r"[\s-]+", "", s):
        return None
    total = 0.0
    current: float | None = None
    for tok in tokens:
        if tok in words["joiners"]:
            continue
        digit = _digits_value(tok)
        if digit is not None or tok in words["units"]:
            value = digit if digit is not None else words["units"][tok]
            if current is not None and value >= _lowest_place(current):
                return None
            current = (current or 0) + value
        elif tok in words["small_scales"]:
            current = (1 if current is None else current) * words["small_scales"][tok]
        elif tok in words["big_scales"]:
            total += (1 if current is None else current) * words["big_scales"][tok]
            current = None
        else:
            return None
    if current is None and total == 0:
        return None
    if tokens[-1] in ("a", "an"):
        return None
    return total + (current or 0)


def _lowest_place(value: float) -> int:
    """The largest power of ten dividing `value`: "twenty" takes "five" after it, "25" takes nothing."""
    place = 1
    while value and value % (place * 10) == 0:
        place *= 10
    return place


def _parse_native_ko(s: str) -> int | None:
    words = _words(load("ko", "numbers"))
    for tens_word, tens in [*words["native_tens"].items(), ("", 0)]:
        if not s.startswith(tens_word):
            continue
        rest = s[len(tens_word) :]
        if rest == "" and tens:
            return tens
        if rest in words["native_units"]:
            return tens + words["native_units"][rest]
    return None


def _parse_cjk(s: str, lang: str) -> float | None:
    """Positional CJK/Sino-Korean numerals, mixed with digits ("2천6백", "1.5万", "一万零五十")."""
    words = _words(load(lang, "numbers"))
    digits, small, big = words["digits"], words["small_units"], words["big_units"]
    if all(ch in digits for ch in s) and len(s) > 1:
        # "二〇〇二" is a digit string, read place by place.
        return float("".join(str(digits[ch]) for ch in s))
    total = 0.0
    section = 0.0
    current: float | None = None
    pos = 0
    while pos < len(s):
        m = _DIGITS_RE.match(s, pos)
        if m:
            if current is not None:
                return None
            current = float(m.group().replace(",", ""))
            pos = m.end()
            continue
        ch = s[pos]
        pos += 1
        if ch in digits:
            if digits[ch] == 0:
                continue
            if current is not None:
                return None
            current = float(digits[ch])
        elif ch in small:
            section += (1 if current is None else current) * small[ch]
            current = None
        elif ch in big:
            unit = section + (current or 0)
            total += (unit or 1) * big[ch]
            section, current = 0.0, None
        else:
            return None
    return total + section + (current or 0)


def _words(table: dict[str, Any]) -> dict[str, Any]:
    return table["words"]


@cache
def number_pattern(lang: str) -> str:
    """Regex source (no groups) for a written number in `lang`, longest forms first."""
    words = load(lang, "numbers")["words"]
    if lang == "en":
        names = [*words["units"], *words["small_scales"], *words["big_scales"]]
        names = sorted((n for n in names if n not in ("a", "an")), key=len, reverse=True)
        word = "(?:" + "|".join(names) + ")"
        scale = "(?:" + "|".join([*words["small_scales"], *words["big_scales"]]) + ")"
        # "a hundred": the article leads, the scale follows after the usual separator
        lead = rf"(?:(?:a|an)(?=[ ]+{scale})|{word}|{DIGITS})"
        # "a pair of": a phrase that names a number by itself, with nothing joined to it
        phrases = "|".join(
            r"[ ]+".join(map(re.escape, p.split()))
            for p in sorted(words.get("phrases", {}), key=len, reverse=True)
        )
        own = f"{phrases}|" if phrases else ""
        return rf"(?:{own}{lead}(?:(?:[ -]+|[ ]+and[ ]+){word})*)"
    chars = "".join([*words["digits"], *words["small_units"], *words["big_units"]])
    units = "".join([*words["small_units"], *words["big_units"]])
    # digits may carry units of their own: "5万", "1.5万", "3千"
    token = rf"(?:{DIGITS}[{units}]*|[{chars}]+)"
    big = "".join(words["big_units"])
    # A space may follow a big unit only ("1만 2천", "3万 5千").
    return rf"(?:{token}(?:(?<=[{big}])[ ]?{token})*)"


@cache
def native_ko_pattern() -> str:
    """Regex source for a native Korean number before a counter ("두", "스무", "열두")."""
    words = load("ko", "numbers")["words"]
    tens = "|".join(sorted(words["native_tens"], key=len, reverse=True))
    units = "|".join(sorted(words["native_units"], key=len, reverse=True))
    return rf"(?:(?:{tens})(?:{units})?|(?:{units}))"
