"""Printed documents: confidential A4 PDFs in Simplified Chinese, rendered in memory.

    from station_desk import reports
    doc = reports.prepare(session, reports.Request("case", file_no="XL-2026-000003"))
    shown = reports.preview(session, doc)              # bytes for the screen, logged
    copy = reports.issue(session, doc, watermark=True) # numbered copy for a printer, logged
    reports.save_pdf(session, doc, path)               # numbered copy written atomically, logged

`render(doc, doc_number=..., printed_by=..., printed_at=...)` typesets without any audit
entry (tests, benchmarks); `reports.fonts` is the bundled CJK font, for anyone drawing Chinese.
"""

from station_desk.reports.document import Document, Rendered, render, render_document
from station_desk.reports.service import (
    FORMS,
    KINDS,
    LEDGERS,
    Request,
    issue,
    prepare,
    preview,
    record_print_failure,
    resolve_client,
    save_pdf,
)

__all__ = [
    "FORMS", "KINDS", "LEDGERS", "Document", "Rendered", "Request", "issue", "prepare",
    "preview", "record_print_failure", "render", "render_document", "resolve_client",
    "save_pdf",
]
