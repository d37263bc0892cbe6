"""Bytes to text: find the encoding of a page the way a careful reader would.

Order of evidence: a byte-order mark, then the charset an HTML page declares, then strict
UTF-8, then charset-normalizer restricted to the encodings of the four languages Refuge reads.
Declared legacy Chinese charsets are widened to GB18030, their superset, because real pages
that say gb2312 routinely contain characters outside it.
"""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.IGNORECASE
)

_WIDER = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "cp936": "gb18030",
    "euc-kr": "cp949",
    "ks_c_5601-1987": "cp949",
    "shift_jis": "cp932",
    "shift-jis": "cp932",
    "sjis": "cp932",
    "x-sjis": "cp932",
    "big5": "big5hkscs",
}

_CANDIDATES = [
    "utf_8",
    "cp949",
    "euc_kr",
    "cp932",
    "shift_jis",
    "euc_jp",
    "iso2022_jp",
    "gb18030",
    "big5hkscs",
    "big5",
    "utf_16",
    "cp1252",
]


# UTF-16 without a byte-order mark and single-byte Western charsets decode any bytes at
# all, so they cannot compete when only the count of broken characters decides.
_FALLBACK = ["utf_8", "cp949", "cp932", "euc_jp", "gb18030", "big5hkscs"]

# The share of replaced characters above which a decoding is judged wrong rather than
# a page with a few damaged bytes.
_MAX_BROKEN = 0.005


class DecodeError(ValueError):
    """The bytes are not text in any encoding Refuge can read."""


def declared_charset(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:4096])
    if not match:
        return None
    name = match.group(1).decode("ascii", "ignore").lower()
    name = _WIDER.get(name, name)
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Return (text, encoding name). Raises DecodeError when no encoding fits."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(name), name
            except UnicodeDecodeError as exc:
                raise DecodeError(
                    f"starts with a {name} byte-order mark but is not {name}"
                ) from exc
    declared = declared_charset(data)
    if declared:
        decoded = _lenient(data, declared)
        if decoded is not None:
            return decoded, declared
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    best = from_bytes(data, cp_isolation=_CANDIDATES).best()
    if best is not None and best.encoding is not None:
        encoding = codecs.lookup(_WIDER.get(best.encoding, best.encoding)).name
        decoded = _lenient(data, encoding)
        if decoded is not None:
            return decoded, encoding
    # Real pages carry a few broken bytes (a truncated multi-byte character, a stray
    # byte from another charset); the candidate that needs the fewest replacements wins.
    scored = []
    for rank, name in enumerate(_FALLBACK):
        text = data.decode(name, errors="replace")
        scored.append((_broken_share(text), rank, name, text))
    ratio, _, name, text = min(scored)
    if ratio > _MAX_BROKEN:
        raise DecodeError(
            "the bytes do not decode as UTF-8, EUC-KR, Shift_JIS, GB18030, Big5 or UTF-16"
        )
    return text, codecs.lookup(name).name


def _lenient(data: bytes, encoding: str) -> str | None:
    """Decode, tolerating a small share of broken bytes, or None if the share is larger."""
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        text = data.decode(encoding, errors="replace")
        return text if _broken_share(text) <= _MAX_BROKEN else None


_BROKEN = re.compile("[\ufffd\ue000-\uf8ff\x80-\x9f]")


def _broken_share(text: str) -> float:
    """Replacement characters, private-use code points and C1 controls: signs of a wrong charset."""
    return len(_BROKEN.findall(text)) / max(len(text), 1)
