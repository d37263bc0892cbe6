"""Boilerplate removal for crawler text dumps, line by line.

A dump is a page flattened to lines: widgets, menus and share bars above the article,
related lists, comments and footers below it. The article body is the run of prose lines
(long, sentence-like); the few plain lines just above its first paragraph are the headline
and dateline. Inside the body, marked lines (share bars, adverts) go; a line that opens a
related list, a comment section or a footer ends the body.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources

from refuge.records import RemovedBlock

_LANGS = ("common", "en", "ko", "ja", "zh")
_SENTENCE_END = re.compile(r"[.。!?！？]\s*[\"'”’」』)）]*\s*$|[.。!?！？][\"'”’」』)）]*\s")
_WIDGET = re.compile(r"[℃°]|▲|▼|[+-]\d+(\.\d+)?%|\b[A-Z]{3}/[A-Z]{3}\b|\d+(\.\d+)?\s*%\s*[|｜]")
_SEPARATORS = re.compile(r"\s[|｜·•]\s|\s[|｜]|[|｜]\s|　\S{1,8}　")
_BREADCRUMB = re.compile(r"\S\s*[>＞›»]\s*\S+\s*[>＞›»]")
_BULLET = re.compile(r"^\s*([•·・\-–*◇■□▶▷►○●]|\d{1,2}[.)]\s|\[\d+\])")
# Notes, disclaimers and promo lines open with a symbol, never a paragraph of the article.
_NOTE = re.compile(r"^\s*[※☞◇◆■□▶▷►★☆]")
_HEADER_LINES = 4


@dataclass(frozen=True)
class Markers:
    end: tuple[str, ...]
    drop: tuple[str, ...]
    banner: tuple[str, ...]
    strong_end: tuple[str, ...]
    title_prefix: tuple[str, ...]


@cache
def markers() -> Markers:
    lists: dict[str, list[str]] = {"end": [], "drop": [], "banner": [], "title_prefix": []}
    folder = resources.files("refuge.clean") / "boilerplate"
    strong: list[str] = []
    for name in _LANGS:
        data = tomllib.loads((folder / f"{name}.toml").read_text(encoding="utf-8"))
        for key, values in lists.items():
            values += data.get(key, [])
        if name == "common":
            strong = list(data.get("end", []))
    return Markers(
        end=tuple(lists["end"]),
        drop=tuple(lists["drop"]),
        banner=tuple(lists["banner"]),
        strong_end=tuple(strong),
        title_prefix=tuple(lists["title_prefix"]),
    )


def weighted_length(line: str) -> int:
    """Length in Latin-letter units: a CJK or Hangul character counts as two."""
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in line if not ch.isspace())


def is_prose(line: str) -> bool:
    """A paragraph of the article: long and sentence-like, and not a banner or a footer."""
    stripped = line.strip()
    if (
        weighted_length(stripped) < 50
        or not _SENTENCE_END.search(stripped)
        or _NOTE.match(stripped)
    ):
        return False
    m = markers()
    return not (_has(stripped, m.banner) or _has(stripped, m.strong_end))


def _has(line: str, words: tuple[str, ...]) -> bool:
    return any(w in line for w in words)


def line_reason(line: str) -> str | None:
    """Why a line outside running prose is boilerplate, or None when it may be content."""
    m = markers()
    if _has(line, m.banner):
        return "banner"
    if _has(line, m.end):
        return "footer-or-list"
    if _WIDGET.search(line):
        return "widget"
    if _BREADCRUMB.search(line):
        return "breadcrumb"
    if len(_SEPARATORS.findall(line)) >= 2:
        return "menu-or-share-bar"
    if _has(line, m.drop):
        return "marked"
    return None


def clean_text(text: str) -> tuple[str, list[RemovedBlock]]:
    """The article's lines, verbatim, and the removed lines with the reason for each."""
    lines = [ln.strip() for ln in text.splitlines()]
    prose = [i for i, ln in enumerate(lines) if ln and is_prose(ln)]
    if not prose:
        kept = [ln for ln in lines if ln and line_reason(ln) is None]
        removed = [
            RemovedBlock(ln, line_reason(ln) or "") for ln in lines if ln and line_reason(ln)
        ]
        return "\n".join(kept), removed
    first = prose[0]
    keep = [False] * len(lines)
    reasons: dict[int, str] = {}
    # The headline and dateline: the plain lines just above the first paragraph.
    seen = 0
    for i in range(first - 1, -1, -1):
        if not lines[i]:
            continue
        reason = line_reason(lines[i])
        if reason in ("widget", "breadcrumb", "banner") or seen >= _HEADER_LINES:
            break
        if reason is None and not _BULLET.match(lines[i]):
            keep[i] = True
            seen += 1
    for i in range(first):
        if lines[i].startswith(markers().title_prefix):
            keep[i] = True
    # The body: from the first paragraph to the first line that opens a list or a footer.
    for i in range(first, len(lines)):
        line = lines[i]
        if not line:
            continue
        if is_prose(line):
            if _BULLET.match(line) and i > prose[-1]:
                break
            keep[i] = True
            continue
        reason = line_reason(line)
        if reason == "footer-or-list":
            break
        if reason is None and not _trailing(lines, i, prose):
            keep[i] = True
        elif reason:
            reasons[i] = reason
    kept_lines = [ln for i, ln in enumerate(lines) if keep[i]]
    removed = [
        RemovedBlock(ln, reasons.get(i, "outside-article"))
        for i, ln in enumerate(lines)
        if ln and not keep[i]
    ]
    return "\n".join(kept_lines), removed


def _trailing(lines: list[str], i: int, prose: list[int]) -> bool:
    """A short line after the last paragraph: a signature, a site name, a tag list."""
    return i > prose[-1]
