"""One crisis in full (危机详情): when it was opened and by whom, the risk, the checklist and
the actions taken, the narrative (事件经过) as written, the 24-hour follow-up, how it ended;
and its safety plan (安全计划), written with the worker, edited here and printed for them.

Read on the operations worker (`QueryOp`) and reloaded when a follow-up or crisis changes; the
domain decides who may read it (`crises.get_crisis`) and write the plan
(`safety_plan.save_safety_plan`), the screen only shows the buttons that apply.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from station_desk import reports
from station_desk.domain.records import crises, safety_plan
from station_desk.domain.records.crises import Crisis
from station_desk.domain.records.safety_plan import SECTIONS, SafetyPlan
from station_desk.domain.roles import Permission
from station_desk.domain.session import Session
from station_desk.ui.i18n import arg
from station_desk.ui.operations import Change, QueryOp, refresh_on
from station_desk.ui.printing.dialog import PreviewDialog
from station_desk.ui.records.common import label, labels, local_time, size_as_heading
from station_desk.ui.records.dialogs import FormDialog

translate = QCoreApplication.translate


def _para(title: str, text: str) -> str:
    body = escape(text).replace("\n", "<br>") if text.strip() else "—"
    return f"<h3>{escape(title)}</h3><p>{body}</p>"


def section_title(key: str) -> str:
    """A safety-plan section's name on screen, in the form and in the crisis view alike."""
    return {"warning_signs": translate("SafetyPlanDialog", "Warning signs"),
            "coping": translate("SafetyPlanDialog", "Coping steps"),
            "people_places": translate("SafetyPlanDialog", "People and places"),
            "professionals": translate("SafetyPlanDialog", "Professional contacts"),
            "means_safety": translate("SafetyPlanDialog", "Means safety")}[key]


class SafetyPlanDialog(FormDialog):
    """Write or revise the safety plan: the five sections, in the worker's own words."""

    changes = Change.FOLLOWUPS

    def __init__(self, session: Session, plan: SafetyPlan, parent: QWidget | None = None
                 ) -> None:
        super().__init__(session, self.tr("Safety plan"), parent)
        self.plan = plan
        intro = QLabel(self.tr("Write it with the worker, in their words; it is printed for "
                               "them to keep."))
        intro.setWordWrap(True)
        self.form.addRow(intro)
        self.edits: dict[str, QPlainTextEdit] = {}
        for key in SECTIONS:
            edit = QPlainTextEdit()
            edit.setMinimumHeight(64)
            edit.setPlainText(plan.sections.get(key, ""))
            self.edits[key] = edit
            self.form.addRow(section_title(key), edit)
        self.setMinimumWidth(640)
        self.finish_layout(dict(self.edits))

    def kept_ref(self) -> str:
        return f"safety-plan:{self.plan.client_id}:{self.plan.crisis_id}"

    def submit(self) -> Callable[[], Any]:
        session, crisis_id = self.session, self.plan.crisis_id
        values = {key: edit.toPlainText() for key, edit in self.edits.items()}
        return lambda: safety_plan.save_safety_plan(session, crisis_id, values)


class CrisisView(QDialog):
    """The crisis and its safety plan, for whoever may read the case's clinical records."""

    def __init__(self, session: Session, crisis_id: int, parent: QWidget | None = None, *,
                 writable: bool = True) -> None:
        """`writable`: the file window's `access.can_write` for the opened file (False for
        an admin who broke the glass to read it)."""
        super().__init__(parent)
        self.session = session
        self.crisis_id = crisis_id
        self.writable = writable
        self.crisis: Crisis | None = None
        self.plan: SafetyPlan | None = None
        self.preview: PreviewDialog | None = None
        self.setWindowTitle(self.tr("Crisis"))
        self.resize(820, 640)
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        size_as_heading(self.heading)  # follows the text size
        self.heading.setWordWrap(True)
        self.text = QTextBrowser()
        self.text.setOpenLinks(False)
        layout.addWidget(self.heading)
        layout.addWidget(self.text, 1)
        row = QHBoxLayout()
        self.plan_state = QLabel()
        self.plan_state.setWordWrap(True)
        self.edit_plan_button = QPushButton(self.tr("Write the safety plan…"))
        self.edit_plan_button.clicked.connect(self.edit_plan)
        self.print_plan_button = QPushButton(self.tr("Print for the worker…"))
        self.print_plan_button.clicked.connect(self.print_plan)
        row.addWidget(self.plan_state, 1)
        row.addWidget(self.edit_plan_button)
        row.addWidget(self.print_plan_button)
        layout.addLayout(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        refresh_on(self, Change.FOLLOWUPS | Change.CLIENTS, self.refresh)
        self.refresh()

    @classmethod
    def ask(cls, session: Session, crisis_id: int, parent: QWidget | None = None, *,
            writable: bool = True) -> CrisisView:
        """Open it beside the file (not modal: the counsellor may look at both)."""
        view = cls(session, crisis_id, parent, writable=writable)
        view.show()
        return view

    def refresh(self) -> None:
        session, crisis_id = self.session, self.crisis_id

        def read() -> tuple[Crisis, SafetyPlan]:
            return crises.get_crisis(session, crisis_id), \
                safety_plan.get_safety_plan(session, crisis_id)
        QueryOp(self, read).success(self._show).run()

    def _show(self, found: tuple[Crisis, SafetyPlan]) -> None:
        crisis, plan = found
        self.crisis, self.plan = crisis, plan
        state = self.tr("open") if crisis.is_open else arg(
            self.tr("closed %1 by %2"), local_time(crisis.closed_at), crisis.closed_by_name)
        since = arg(self.tr("Crisis since %1"), local_time(crisis.opened_at))
        self.heading.setText(f"{crisis.file_no} · {since} · {state}")
        self.setWindowTitle(f"{crisis.file_no} · {self.windowTitle().split(' · ')[-1]}")
        follow = (arg(self.tr("done %1"), local_time(crisis.followup_done_at))
                  if crisis.followup_done_at else
                  arg(self.tr("due by %1"), local_time(crisis.followup_due)))
        facts = [
            (self.tr("Opened by"), crisis.opened_by_name),
            (self.tr("Risk level"), label("risk_levels", crisis.risk_level)),
            (self.tr("Risk checklist"), labels("crisis_checklist", crisis.checklist) or "—"),
            (self.tr("Actions taken"), labels("crisis_actions", crisis.actions) or "—"),
            (self.tr("24-hour follow-up"), follow),
        ]
        html = ["<table cellspacing='4'>"]
        html += [f"<tr><td><b>{escape(k)}</b></td><td>{escape(v)}</td></tr>" for k, v in facts]
        html.append("</table>")
        html.append(_para(self.tr("What happened"), crisis.notes))
        if crisis.outcome:
            html.append(_para(self.tr("Outcome"), crisis.outcome))
        title = self.tr("Safety plan")
        html.append(f"<h2>{escape(title)}</h2>")
        if plan.is_empty:
            nothing = self.tr("No safety plan written yet.")
            html.append(f"<p>{escape(nothing)}</p>")
        else:
            for key in SECTIONS:
                html.append(_para(section_title(key), plan.sections.get(key, "")))
        self.text.setHtml("".join(html))
        self.plan_state.setText(arg(self.tr("Written %1 by %2"), local_time(plan.written_at),
                                    plan.written_by_name) if plan.written_at else "")
        writable = self.writable and self.session.can(Permission.MANAGE_CRISIS)
        self.edit_plan_button.setVisible(writable)
        self.edit_plan_button.setText(self.tr("Edit the safety plan…") if not plan.is_empty
                                      else self.tr("Write the safety plan…"))
        self.print_plan_button.setEnabled(not plan.is_empty)
        self.print_plan_button.setVisible(self.session.can(Permission.PRINT_RECORDS))

    def edit_plan(self) -> SafetyPlan | None:
        if self.plan is None:
            return None
        return SafetyPlanDialog.ask(self.session, self.plan, self)  # reloads on the notice

    def print_plan(self) -> None:
        """The plan in the print preview, prepared on the operations worker."""
        if self.crisis is None:
            return

        def keep(dialog: PreviewDialog) -> None:
            self.preview = dialog

        PreviewDialog.prepare_and_show(self, self.session, reports.Request(
            "safety_plan", file_no=self.crisis.file_no, crisis_id=self.crisis.id), keep)
