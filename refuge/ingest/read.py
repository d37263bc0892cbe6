"""Read one file into a RawDocument, or explain in a Quarantine record why it cannot be."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from pathlib import Path

from refuge.ingest.decode import DecodeError, decode_bytes
from refuge.ingest.sniff import binary_kind, media_type
from refuge.records import Quarantine, RawDocument, Source

DEFAULT_MAX_BYTES = 20 * 1024 * 1024


def iter_files(paths: Iterable[Path]) -> Iterator[Path]:
    """Files under the given paths, depth first, in a stable order; hidden entries skipped.

    A path that does not exist is yielded as is, so that the reader reports it instead of
    the walk silently dropping it.
    """
    for path in paths:
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                rel = child.relative_to(path)
                if child.is_file() and not any(part.startswith(".") for part in rel.parts):
                    yield child
        else:
            yield path


def _megabytes(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB"


def read_document(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> RawDocument | Quarantine:
    try:
        size = path.stat().st_size
        if size > max_bytes:
            return Quarantine(
                str(path),
                "ingest",
                "too_large",
                f"the file is {_megabytes(size)}, over the {_megabytes(max_bytes)} limit "
                "(raise it with --max-bytes if this really is one page)",
            )
        data = path.read_bytes()
    except FileNotFoundError:
        return Quarantine(
            str(path), "ingest", "missing", "the file does not exist (or vanished during the run)"
        )
    except IsADirectoryError:
        return Quarantine(str(path), "ingest", "unreadable", "this is a directory, not a file")
    except PermissionError:
        return Quarantine(str(path), "ingest", "unreadable", "permission denied")
    except OSError as exc:
        return Quarantine(
            str(path), "ingest", "unreadable", f"cannot read the file: {exc.strerror or exc}"
        )
    return read_bytes(path, data)


def read_bytes(path: Path, data: bytes) -> RawDocument | Quarantine:
    sha = hashlib.sha256(data).hexdigest()
    if not data.strip():
        return Quarantine(str(path), "ingest", "empty", "the file is empty", sha)
    kind = binary_kind(data)
    if kind:
        return Quarantine(
            str(path), "ingest", "binary", f"this is {kind}, not a web page or text", sha
        )
    try:
        text, encoding = decode_bytes(data)
    except DecodeError as exc:
        return Quarantine(str(path), "ingest", "undecodable", str(exc), sha)
    replaced = text.count("\ufffd")
    if replaced > max(8, len(text) // 50):
        return Quarantine(
            str(path),
            "ingest",
            "undecodable",
            f"{replaced} characters could not be decoded as {encoding}; the encoding is unknown or mixed",
            sha,
        )
    return RawDocument(
        sha256=sha,
        name=path.name,
        source=Source(str(path)),
        data=data,
        media_type=media_type(path, data),
        encoding=encoding,
        text=text,
    )
