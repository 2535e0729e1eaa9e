"""A session record as the file window shows it: its status line and its full text.

Shared by the record pane of the file window, the co-signing dialog, the import screens and
the today page's follow-up list (`followup_state`).
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication

from station_desk.domain.records import followups
from station_desk.domain.records.sessions import SessionRecord
from station_desk.ui.i18n import arg
from station_desk.ui.records.common import label, labels, local_time


def status_text(record: SessionRecord) -> str:
    if record.status == "draft":
        return QCoreApplication.translate("Records", "Draft (unsigned)")
    if record.imported:
        return arg(QCoreApplication.translate(
            "Records", "Imported from the earlier register on %1; not signed in the app"),
            local_time(record.imported_at))
    text = arg(QCoreApplication.translate("Records", "Signed by %1, %2"),
               record.signed_by_name, local_time(record.signed_at))
    if record.awaiting_cosign:
        text += " · " + QCoreApplication.translate("Records", "awaiting co-signature")
    elif record.status == "cosigned":
        cosigned = QCoreApplication.translate("Records", "co-signed by %1")
        text += " · " + arg(cosigned, record.cosigned_by_name)
    return text


def record_html(record: SessionRecord) -> str:
    """The record with its signature, supervisor comment and addenda, in order."""
    e = html.escape
    names = {
        "complaint": QCoreApplication.translate("Records", "Presenting complaint"),
        "assessment": QCoreApplication.translate("Records", "Assessment"),
        "intervention": QCoreApplication.translate("Records", "Intervention"),
        "plan": QCoreApplication.translate("Records", "Plan"),
        "issues": QCoreApplication.translate("Records", "Presenting issues"),
        "interventions": QCoreApplication.translate("Records", "Interventions used"),
        "risk": QCoreApplication.translate("Records", "Risk level"),
        "referral": QCoreApplication.translate("Records", "Referral"),
        "next": QCoreApplication.translate("Records", "Next appointment"),
        "supervisor": QCoreApplication.translate("Records", "Supervisor"),
    }
    heading = arg(QCoreApplication.translate("Records", "Session %1 — %2"), record.session_no,
                  record.session_date)

    def para(title: str, body: str, inline: bool = True) -> str:
        text = e(body).replace("\n", "<br>")
        return f"<p><b>{e(title)}:</b>{' ' if inline else '<br>'}{text}</p>"

    when = " · ".join(part for part in (
        f"{record.start_time}–{record.end_time}", label("modalities", record.modality),
        label("rooms", record.room) if record.room else "", record.counsellor_name) if part)
    parts = [f"<h3>{e(heading)}</h3><p>{e(when)}</p>",
             para(names["issues"], labels("presenting_issues", record.issues))]
    for key in ("complaint", "assessment", "intervention", "plan"):
        parts.append(para(names[key], getattr(record, key), inline=False))
    parts.append(para(names["interventions"], labels("interventions", record.interventions)))
    parts.append(para(names["risk"], label("risk_levels", record.risk_level)))
    if record.referral:
        parts.append(para(names["referral"], record.referral))
    if record.next_appointment:
        parts.append(para(names["next"], record.next_shown))
    parts.append(f"<p><i>{e(status_text(record))}</i></p>")
    if record.supervisor_comment:
        parts.append(para(names["supervisor"], record.supervisor_comment))
    for addendum in record.addenda:
        by = arg(QCoreApplication.translate("Records", "Addendum by %1, %2"),
                 addendum.author_name, local_time(addendum.created_at))
        text = e(addendum.text).replace("\n", "<br>")
        parts.append(f"<p style='background:#f3f3f3'><b>{e(by)}</b><br>{text}</p>")
    return "".join(parts)


def followup_state(state: str) -> str:
    translate = QCoreApplication.translate
    names = {followups.OVERDUE: translate("Records", "Overdue"),
             followups.DUE: translate("Records", "Due"),
             followups.UPCOMING: translate("Records", "Upcoming"),
             followups.DONE: translate("Records", "Done")}
    return names.get(state, state)
