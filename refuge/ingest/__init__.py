"""Ingest: bytes in from files and folders; sniffed, decoded and keyed by their SHA-256."""

from refuge.ingest.read import DEFAULT_MAX_BYTES, iter_files, read_bytes, read_document

__all__ = ["DEFAULT_MAX_BYTES", "iter_files", "read_bytes", "read_document"]
