"""Refuge: a source-linked, reviewable incident database built from multilingual reports."""

__version__ = "0.1.0"
