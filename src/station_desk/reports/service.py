"""Preparing, rendering, printing and saving documents: the one path the app and CLI share.

- `prepare(session, Request)` checks permissions and case access, reads the data and returns a
  `Document` (nothing rendered yet, nothing logged unless the records domain logs the view).
- `preview(...)` renders for the screen: document number "PREVIEW", logged as a preview.
- `issue(...)` renders for a printer or a file: a fresh document number, and one audit entry
  with the number, page count and SHA-256 of the bytes, written before the bytes leave.
- `save_pdf(...)` is `issue` plus an atomic write; the only way a PDF reaches the disk.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import secrets
from dataclasses import dataclass
from pathlib import Path

from station_desk.domain.audit import register_actions
from station_desk.domain.audit_text import register_value_words
from station_desk.domain.clock import shown_time
from station_desk.domain.session import Session
from station_desk.errors import StationDeskError, register_messages
from station_desk.i18n import N_
from station_desk.reports import access
from station_desk.reports.data import STATION_TZ, Reader
from station_desk.reports.document import Document, Rendered, render_document
from station_desk.storage.atomic import atomic_write

KINDS: dict[str, tuple[str, str]] = {
    "summary": N_("reports", "client file summary"),
    "session": N_("reports", "session record"),
    "case": N_("reports", "whole case"),
    "assessment": N_("reports", "assessment report"),
    "monthly": N_("reports", "monthly station report"),
    "forms": N_("reports", "blank paper forms"),
    "ledger": N_("reports", "inspection registers"),
    "selfcheck": N_("reports", "tier self-check"),
    "regimes": N_("reports", "station regimes"),
    "safety_plan": N_("reports", "safety plan"),
}
LEDGERS = ("counselling", "activities", "crises")
FORMS = ("intake", "session", "satisfaction")
PREVIEW_NUMBER = N_("reports", "PREVIEW (not numbered)").text("zh")

register_value_words("doc", KINDS)  # the audit trail names the document printed
register_actions({
    "print": N_("reports", "document printed"),
    "print.save": N_("reports", "document saved as PDF"),
    "print.preview": N_("reports", "print preview shown"),
    "print.failed": N_("reports", "print or save did not complete"),
    "print.denied": N_("reports", "print refused (not permitted)"),
})

register_messages({
    "print_unknown_doc": N_(
        "errors", "Unknown document: {kind} (one of summary, session, case, assessment, "
        "monthly, forms, ledger, selfcheck, regimes, annual, safety_plan)"),
    "print_bad_month": N_("errors", "Bad month: {value} (use the form 2026-03)"),
    "print_session_unknown": N_("errors", "File {file_no} has no session number {number}."),
    "print_no_sessions": N_("errors", "File {file_no} has no sessions yet."),
    "print_save_failed": N_(
        "errors", "The PDF could not be saved to {path} ({reason}); no file was left."),
    "print_bad_choice": N_("errors", "{what} must be one of: {allowed}"),
})


@dataclass(frozen=True)
class Request:
    kind: str
    file_no: str | None = None  # the file; default: the most recently seen one the user may open
    session_no: int | None = None  # for "session"; default the latest
    month: str | None = None  # YYYY-MM for "monthly" and "ledger"; default this month
    instrument: str | None = None  # for "assessment"; default every instrument used
    ledger: str = "all"  # counselling, activities, crises or all
    form: str = "all"  # intake, session, satisfaction or all
    selfcheck_id: int | None = None  # for "selfcheck": a kept check; default the latest
    regime: str = "all"  # for "regimes": one kind or all
    lang: str = "zh"  # selfcheck and regimes print in Chinese or English
    crisis_id: int | None = None  # for "safety_plan": the crisis whose plan is printed


# --------------------------------------------------------------------------- who and when


def printed_by(session: Session) -> str:
    user = session.user
    return f"{user.display_name}（{user.username}）"


def printed_at(session: Session) -> str:
    return shown_time(session.clock())


def watermark_text(session: Session) -> str:
    return f"{session.user.display_name} {session.user.username} " \
           f"{session.clock().astimezone(STATION_TZ):%Y-%m-%d}"


def this_month(session: Session) -> str:
    return session.clock().astimezone(STATION_TZ).strftime("%Y-%m")


def check_month(value: str, *, allow_year: bool = False) -> str:
    """'2026-03'; with `allow_year` also '2026' (a whole year, for the registers)."""
    pattern = r"\d{4}(-(0[1-9]|1[0-2]))?" if allow_year else r"\d{4}-(0[1-9]|1[0-2])"
    if not re.fullmatch(pattern, value or "") or not "2000" <= value[:4] <= "2999":
        raise StationDeskError("print_bad_month", value=value)
    return value


# --------------------------------------------------------------------------- choosing a file


def resolve_client(session: Session, file_no: str | None) -> tuple[int, str]:
    """The client to print: the named file, or the most recently seen one this user may open.
    Refuses a named file the user may not open."""
    reader = Reader(session)
    if file_no:
        client_id = reader.client_id_by_file_no(file_no)
        if client_id is None:
            raise StationDeskError("print_file_unknown", file_no=file_no)
        return client_id, file_no.strip().upper()
    for client_id in reader.recent_client_ids(limit=1000):
        if access.can_print_case(session, client_id):
            c = reader.client(client_id)
            assert c is not None
            return client_id, c.file_no
    raise StationDeskError("print_no_file")


def instrument_names() -> dict[str, str]:
    from station_desk.domain import instruments

    try:
        return {k: v.name_zh for k, v in instruments.load_all().items()}
    except StationDeskError:
        return {}


# --------------------------------------------------------------------------- prepare


DENIALS = ("forbidden", "case_forbidden", "reason_required")


def prepare(session: Session, request: Request) -> Document:
    """Check that this user may print this document, read what it shows, return it.
    A refusal for want of permission is itself recorded (`print.denied`)."""
    try:
        return _prepare(session, request)
    except StationDeskError as exc:
        if exc.code in DENIALS:
            with session.db.transaction():
                session.log("print.denied", f"file:{request.file_no}" if request.file_no
                            else "", {"doc": request.kind, "reason": exc.code})
        raise


def _prepare(session: Session, request: Request) -> Document:
    kind = request.kind
    if kind not in KINDS:
        raise StationDeskError("print_unknown_doc", kind=kind)
    reader = Reader(session)
    station = reader.station()
    if kind in ("summary", "session", "case", "assessment", "safety_plan"):
        session.require(_print_records())
        client_id, file_no = resolve_client(session, request.file_no)
        access.require_case(session, client_id)
        return _prepare_case_document(session, reader, station, kind, client_id, file_no,
                                      request)
    if kind in ("selfcheck", "regimes"):
        return _prepare_tier_document(session, station, request)

    if kind == "forms":
        from station_desk.reports import docs_forms

        which = _choice(request.form, (*FORMS, "all"), N_("reports", "form"))
        return docs_forms.forms_document(station, FORMS if which == "all" else (which,))
    month = check_month(request.month or this_month(session), allow_year=kind == "ledger")
    access.require_ledgers(session)
    from station_desk.reports import docs_station

    if kind == "monthly":
        return docs_station.monthly_document(station, docs_station.monthly_data(reader, month))
    which = _choice(request.ledger, (*LEDGERS, "all"), N_("reports", "register"))
    wanted = LEDGERS if which == "all" else (which,)
    if "crises" in wanted:
        if which == "crises":
            access.require_crisis_register(session)
        elif not _can_crisis_register(session):
            wanted = tuple(w for w in wanted if w != "crises")
    return docs_station.ledger_document(station, reader, month, wanted)


def _prepare_tier_document(session: Session, station, request: Request  # noqa: ANN001
                           ) -> Document:
    """The self-check (the admin; a kept check, default the latest) or the adopted regimes
    (any member of staff: they hang on the wall)."""
    from station_desk.domain.tier import regimes, selfcheck
    from station_desk.reports import docs_tier

    if request.kind == "selfcheck":
        check = selfcheck.load(session, request.selfcheck_id)
        return docs_tier.selfcheck_document(station, check, request.lang)
    which = _choice(request.regime, (*regimes.KINDS, "all"), N_("reports", "regime"))
    adopted = regimes.current_all(session)
    chosen = [adopted[k] for k in regimes.KINDS if k in adopted and which in ("all", k)]
    return docs_tier.regimes_document(station, chosen, request.lang)


def _print_records():  # noqa: ANN202 - a Permission, imported late to keep this module light
    from station_desk.domain.roles import Permission

    return Permission.PRINT_RECORDS


def _can_crisis_register(session: Session) -> bool:
    from station_desk.domain.roles import Permission

    return session.can(Permission.VIEW_CRISIS_OVERVIEW)


def _choice(value: str, allowed: tuple[str, ...], what: tuple[str, str]) -> str:
    if value not in allowed:
        raise StationDeskError("print_bad_choice", what=what, allowed="、".join(allowed))
    return value


def _prepare_case_document(session: Session, reader: Reader, station, kind: str,  # noqa: ANN001
                           client_id: int, file_no: str, request: Request) -> Document:
    from station_desk.reports import docs_records

    if kind == "safety_plan":
        return _prepare_safety_plan(session, reader, station, client_id, request)
    names = instrument_names()
    visible = access.session_filter(session)
    if kind == "session":
        number = request.session_no or reader.latest_session_no(client_id, visible)
        if number is None:
            raise StationDeskError("print_no_sessions", file_no=file_no)
        found = reader.sessions(client_id, visible, session_no=number)
        if not found:
            raise StationDeskError("print_session_unknown", file_no=file_no, number=number)
        client = reader.client(client_id)
        assert client is not None
        return docs_records.session_document(station, client, found[-1])
    if kind == "assessment":
        from station_desk.reports import docs_assessment

        return docs_assessment.assessment_document(
            station, docs_assessment.assessment_data(session, reader, client_id,
                                                     request.instrument))
    case = reader.case(client_id, visible)
    if kind == "summary":
        return docs_records.summary_document(station, case, names)
    return docs_records.case_document(station, case, names)


def _prepare_safety_plan(session: Session, reader: Reader, station,  # noqa: ANN001
                        client_id: int, request: Request) -> Document:
    """The plan of one crisis of this file, for the worker to keep."""
    from station_desk.domain.records import crises, safety_plan
    from station_desk.reports import docs_safety

    found = [c for c in crises.read_crises(session, client_id) if c.id == request.crisis_id]
    if not found:
        raise StationDeskError("not_found", what=N_(
            "records", "crisis #{number}").format(number=request.crisis_id))
    client = reader.client(client_id)
    assert client is not None
    plan = safety_plan.require_readable(safety_plan.read_safety_plan(session, found[0]))
    return docs_safety.safety_plan_document(station, client, plan)


# --------------------------------------------------------------------------- render and issue


def new_doc_number(session: Session, doc: Document) -> str:
    day = session.clock().astimezone(STATION_TZ).strftime("%Y%m%d")
    return f"{doc.code}-{day}-{secrets.token_hex(3).upper()}"


def _render(session: Session, doc: Document, number: str, watermark: bool) -> Rendered:
    return render_document(doc, doc_number=number, printed_by=printed_by(session),
                  printed_at=printed_at(session),
                  watermark=watermark_text(session) if watermark else None)


def _detail(doc: Document, rendered: Rendered, watermark: bool, via: str,
            **extra: object) -> dict[str, object]:
    return {"doc": doc.kind, "doc_no": rendered.doc_number, "pages": rendered.pages,
            "sha256": hashlib.sha256(rendered.pdf).hexdigest(), "watermark": watermark,
            "via": via, **dict(doc.detail), **extra}


def preview(session: Session, doc: Document, *, watermark: bool = False,
            via: str = "app", log: bool = True) -> Rendered:
    """Render for the screen. The preview has no document number and is never printed.
    Showing a document is logged once; re-rendering it (watermark on or off) need not be."""
    rendered = _render(session, doc, PREVIEW_NUMBER, watermark)
    if log:
        with session.db.transaction():
            session.log("print.preview", doc.target,
                        {"doc": doc.kind, "pages": rendered.pages, "via": via,
                         **dict(doc.detail)})
    return rendered


def issue(session: Session, doc: Document, *, channel: str = "printer",
          watermark: bool = False, via: str = "app", path: str | None = None) -> Rendered:
    """Render a numbered copy for `channel` ("printer" or "file") and record it in the audit
    trail before handing the bytes over: no copy leaves without its entry."""
    rendered = _render(session, doc, new_doc_number(session, doc), watermark)
    action = "print" if channel == "printer" else "print.save"
    extra = {"path": path} if path else {}
    with session.db.transaction():
        session.log(action, doc.target, _detail(doc, rendered, watermark, via, **extra))
    return rendered


def save_pdf(session: Session, doc: Document, path: Path | str, *, watermark: bool = False,
             via: str = "app") -> Rendered:
    """Write a numbered PDF to `path` atomically (temporary file, flush, rename)."""
    target = Path(path)
    rendered = issue(session, doc, channel="file", watermark=watermark, via=via,
                     path=str(target))
    try:
        atomic_write(target, rendered.pdf)
    except OSError as exc:
        with session.db.transaction():
            session.log("print.failed", doc.target,
                        {"doc_no": rendered.doc_number, "error": exc.strerror or str(exc)})
        known = StationDeskError.from_os_error(exc, str(target))
        if known.code != "internal":  # disk full, read-only: the app's own wording
            raise known from exc
        raise StationDeskError("print_save_failed", path=str(target),
                               reason=exc.strerror or type(exc).__name__) from exc
    return rendered


def record_print_failure(session: Session, doc: Document, doc_number: str, reason: str) -> None:
    """The printer refused or the user cancelled after the copy was issued."""
    with session.db.transaction():
        session.log("print.failed", doc.target, {"doc_no": doc_number, "error": reason})


def today(session: Session) -> dt.date:
    return session.clock().astimezone(STATION_TZ).date()
