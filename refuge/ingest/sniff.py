"""What kind of file is this? Refuse binaries early, with a reason a person understands."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Literal

MediaType = Literal["text/html", "text/plain"]

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF file"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (b"PK\x05\x06", "an empty ZIP archive"),
    (b"\x1f\x8b", "a gzip-compressed file"),
    (b"BZh", "a bzip2-compressed file"),
    (b"\xfd7zXZ\x00", "an xz-compressed file"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"\x7fELF", "an executable program"),
    (b"MZ", "a Windows executable"),
    (b"RIFF", "a RIFF media file"),
    (b"\x00\x00\x00\x18ftyp", "an MP4 video"),
    (b"\x00\x00\x00\x20ftyp", "an MP4 video"),
    (b"OggS", "an Ogg media file"),
    (b"ID3", "an MP3 audio file"),
    (b"SQLite format 3\x00", "an SQLite database"),
)

_HTML_START = re.compile(rb"^\s*(<!doctype\s+html|<html|<head|<body|<meta|<!--)", re.IGNORECASE)
_HTML_TAGS = re.compile(rb"</(p|div|span|a|body|html|article|section|li|td)>", re.IGNORECASE)
_HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml", ".php", ".asp", ".aspx", ".jsp"}


def binary_kind(data: bytes) -> str | None:
    """Name the binary format of `data`, or None when it may be text."""
    for magic, name in _MAGIC:
        if data.startswith(magic):
            return name
    head = data[:8192]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None  # UTF-16 text carries NUL bytes by design
    if b"\x00" in head:
        return "a binary file (it contains NUL bytes)"
    controls = sum(1 for b in head if b < 9 or 13 < b < 32)
    if head and controls / len(head) > 0.05:
        return "a binary file (too many control bytes)"
    return None


def media_type(path: Path, data: bytes) -> MediaType:
    if path.suffix.lower() in _HTML_SUFFIXES:
        return "text/html"
    head = data[:4096].lstrip(b"\xef\xbb\xbf")
    if _HTML_START.match(head) or len(_HTML_TAGS.findall(data[:65536])) >= 5:
        return "text/html"
    return "text/plain"
