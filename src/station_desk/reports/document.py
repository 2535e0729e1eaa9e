"""A prepared document: what to typeset, with everything needed for its pages and its audit
entry; and `render`, which turns it into PDF bytes in memory."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from reportlab.platypus import Flowable

from station_desk.reports import template
from station_desk.reports.data import StationInfo

Story = Callable[[float], list[Flowable]]  # content width in points -> flowables


@dataclass(frozen=True)
class Document:
    kind: str  # summary, session, case, assessment, monthly, forms, ledger
    code: str  # prefix of its document numbers
    title: str
    subject: str  # shown in every page header next to the title
    target: str  # audit target, e.g. "file:XL-2025-000012"
    station: StationInfo
    build: Story  # called afresh for every render: reportlab flowables are single-use
    clinical: bool = True  # holds notes or results (PRINT_RECORDS) rather than a register
    confidential: bool = True
    landscape: bool = False
    detail: Mapping[str, Any] = field(default_factory=dict)  # extra audit detail
    lang: str = "zh"  # the language it is printed in (the page's header and footer follow)


@dataclass(frozen=True)
class Rendered:
    pdf: bytes
    pages: int
    doc_number: str


def render_document(doc: Document, *, doc_number: str, printed_by: str, printed_at: str,
                    watermark: str | None = None) -> Rendered:
    """Typeset `doc`; the PDF exists only in the returned object's bytes."""
    info = template.PageInfo(
        station=doc.station.name, title=doc.title, subject=doc.subject,
        doc_number=doc_number, printed_by=printed_by, printed_at=printed_at,
        watermark=watermark, confidential=doc.confidential, landscape=doc.landscape,
        lang=doc.lang)
    pdf, pages = template.render_story(doc.build(template.content_width(info)), info)
    return Rendered(pdf, pages, doc_number)


def render(doc: Document, *, doc_number: str, printed_by: str, printed_at: str,
           watermark: str | None = None) -> bytes:
    """`render_document` for callers that want only the PDF bytes."""
    return render_document(doc, doc_number=doc_number, printed_by=printed_by,
                           printed_at=printed_at, watermark=watermark).pdf
