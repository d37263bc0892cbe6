"""Pages: documents with their highlighted evidence, the archived original, and search."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Path, Query, Request
from fastapi.responses import Response

from refuge.store import queries
from refuge.web.deps import (
    ConnDep,
    OptLanguage,
    OptText,
    Page,
    ReaderDep,
    TranslatorDep,
)
from refuge.web.highlight import Span, claim_anchor, highlight
from refuge.web.pages import render

router = APIRouter(include_in_schema=False)
Sha256 = Annotated[str, Path(pattern=r"^[0-9a-f]{64}$", description="Document id (SHA-256).")]
PER_PAGE = 50


@router.get("/documents")
def document_list(
    request: Request,
    conn: ConnDep,
    t: TranslatorDep,
    language: Annotated[OptLanguage, Query()] = None,
    page: Page = 1,
) -> Response:
    items, total = queries.list_documents(conn, language=language, page=page, per_page=PER_PAGE)
    return render(
        request,
        "documents.html",
        {
            "items": items,
            "total": total,
            "page": page,
            "pages": max(1, -(-total // PER_PAGE)),
            "language": language,
            "params": {"language": language} if language else {},
        },
        t,
    )


@router.get("/documents/{sha256}")
def document_page(
    request: Request,
    sha256: Sha256,
    conn: ConnDep,
    t: TranslatorDep,
    removed: Annotated[bool, Query(description="Show the boilerplate cleaning removed.")] = False,
) -> Response:
    doc = queries.get_document(conn, sha256)
    if doc is None:
        raise HTTPException(404, t("errors.no_document", id=sha256))
    labels = {c.key: str(i) for i, c in enumerate(doc.claims, 1)}
    spans = [
        Span(
            c.claim.evidence_start,
            c.claim.evidence_end,
            labels[c.key],
            claim_anchor(c.key),
            c.claim.type,
        )
        for c in doc.claims
    ]
    return render(
        request,
        "document.html",
        {
            "doc": doc,
            "body": highlight(doc.text, spans),
            "labels": labels,
            "anchor": claim_anchor,
            "show_removed": removed,
        },
        t,
    )


@router.get("/documents/{sha256}/original")
def original(sha256: Sha256, conn: ConnDep, t: TranslatorDep) -> Response:
    """The archived bytes as a download, never rendered here (they may hold scripts)."""
    data = queries.raw_bytes(conn, sha256)
    if data is None:
        raise HTTPException(404, t("errors.no_document", id=sha256))
    return Response(
        data,
        media_type="application/octet-stream",
        headers={
            "Content-Disposition": f'attachment; filename="{sha256}.bin"',
            "Content-Security-Policy": "sandbox; default-src 'none'",
        },
    )


@router.get("/search")
def search_page(
    request: Request,
    conn: ConnDep,
    reader: ReaderDep,
    t: TranslatorDep,
    q: Annotated[OptText, Query()] = None,
    page: Page = 1,
) -> Response:
    results = (
        queries.search_documents(conn, reader.dialect, q, page=page, per_page=PER_PAGE) if q else []
    )
    return render(
        request,
        "search.html",
        {"q": q or "", "results": results, "page": page, "per_page": PER_PAGE},
        t,
    )
