"""等级自查: every requirement up to the station's tier with its status and the evidence found,
the admin's answers to the hand-checked items, the self-checks kept, and printing one.

The page shows the station as it is now (judged afresh each time it is shown); "Keep this
self-check" stores it with its date, and a kept check can be brought back to read or print.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from station_desk import reports
from station_desk.domain.session import Session
from station_desk.domain.tier import selfcheck as sc
from station_desk.errors import StationDeskError
from station_desk.ui.i18n import arg, current_lang
from station_desk.ui.kept_input import KeptInput
from station_desk.ui.modal import run_modal
from station_desk.ui.operations import Change, ChangeOp, QueryOp, refresh_on
from station_desk.ui.printing.dialog import PreviewDialog
from station_desk.ui.theme import Heading
from station_desk.ui.widgets import ErrorLabel

CODE_ROLE = Qt.ItemDataRole.UserRole
STATUS_COLOURS = {sc.MET: "#1b6e3a", sc.NOT_MET: "#b3261e", sc.NOT_EVIDENCED: "#8a6200"}
NOW = -1  # the history box's entry for the live check


def status_text(status: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return {sc.MET: QCoreApplication.translate("SelfCheck", "Met"),
            sc.NOT_MET: QCoreApplication.translate("SelfCheck", "Not met"),
            sc.NOT_EVIDENCED: QCoreApplication.translate("SelfCheck", "Not yet evidenced"),
            }[status]


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class SelfCheckPage(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.check: sc.SelfCheck | None = None
        self._preview: QDialog | None = None

        self.title = Heading(level=2)  # grows with the text size ("120%" in a sheet did not)
        self.history = QComboBox()
        self.history.setMinimumContentsLength(16)
        self.history.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.history.activated.connect(self._history_chosen)
        # Judging reads a year of records and verifies the audit chains: seconds on a large
        # station, so it runs when the page is built and on "Check again", not every time
        # the page comes back into view.
        self.again_button = QPushButton(self.tr("Check again"))
        self.again_button.clicked.connect(lambda: self.refresh())
        self.keep_button = QPushButton(self.tr("Keep this self-check"))
        self.keep_button.clicked.connect(self.keep)
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.clicked.connect(self.print_check)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Showing")))
        top.addWidget(self.history, 1)
        top.addWidget(self.again_button)
        top.addWidget(self.keep_button)
        top.addWidget(self.print_button)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setObjectName("selfcheckTree")
        self.tree.setHeaderLabels([self.tr("Requirement"), self.tr("Status"),
                                   self.tr("Judged from")])
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.currentItemChanged.connect(self._show_detail)

        self.detail = QTextBrowser()
        self.detail.setObjectName("selfcheckDetail")
        self.detail.setOpenLinks(False)
        self.answer_button = QPushButton(self.tr("Answer this item…"))
        self.answer_button.clicked.connect(self.answer_current)
        detail_box = QWidget()
        detail_layout = QVBoxLayout(detail_box)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.detail, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.answer_button)
        detail_layout.addLayout(row)

        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.tree)
        split.addWidget(detail_box)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)

        self.message = ErrorLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)
        layout.addWidget(self.message)
        # An answer or a kept check: judged again, showing the check that was on screen.
        refresh_on(self, Change.TIER, lambda: self.refresh(self.check.id if self.check
                                                           else None))
        self.refresh()

    # -- loading ----------------------------------------------------------------------------
    def refresh(self, keep_id: int | None = None) -> None:
        """Judge the station now (or show kept check `keep_id`) and rebuild the history,
        on the worker."""
        self.message.clear_text()
        session = self.session

        def judge() -> tuple[list[sc.KeptCheck], sc.SelfCheck]:
            return sc.kept(session), sc.load(session, keep_id) if keep_id else sc.evaluate(
                session)
        QueryOp(self, judge).success(lambda found: self._judged(keep_id, *found)).failure(
            self.message.show_error).run(latest=f"selfcheck:{id(self)}")

    def _judged(self, keep_id: int | None, kept: list[sc.KeptCheck],
                check: sc.SelfCheck) -> None:
        self.history.blockSignals(True)
        self.history.clear()
        self.history.addItem(self.tr("Now (not kept yet)"), NOW)
        for item in kept:
            counts = arg(self.tr("#%1 of %2 by %3: %4 met, %5 not met, %6 not yet evidenced"),
                         item.id, item.day, item.taken_name, item.met, item.not_met,
                         item.not_evidenced)
            self.history.addItem(counts, item.id)
        self.history.setCurrentIndex(max(0, self.history.findData(keep_id or NOW)))
        self.history.blockSignals(False)
        self.show_check(check)

    def _history_chosen(self, index: int) -> None:
        chosen = self.history.itemData(index)
        self.refresh(None if chosen == NOW else int(chosen))

    def show_check(self, check: sc.SelfCheck) -> None:
        self.check = check
        lang = current_lang()
        self.title.setText(arg(self.tr("Tier self-check — target: %1"),
                               sc.tier_label(check.target_tier, lang)))
        counts = check.counts()
        highest = check.highest_met()
        self.summary.setText(arg(
            self.tr("%1, %2 · period %3 to %4 · %5 met, %6 not met, %7 not yet evidenced · "
                    "highest tier fully met: %8"),
            check.day, check.taken_name, check.window_first, check.window_last,
            counts[sc.MET], counts[sc.NOT_MET], counts[sc.NOT_EVIDENCED],
            sc.tier_label(highest, lang) if highest else self.tr("none yet")))
        self.keep_button.setEnabled(check.id is None)
        current = self.tree.currentItem()
        keep_code = current.data(0, CODE_ROLE) if current is not None else None
        self.tree.clear()
        select = None
        for tier in check.tiers():
            top = QTreeWidgetItem([sc.tier_label(tier, lang),
                                   status_text(check.tier_status(tier)), ""])
            self._colour(top, check.tier_status(tier))
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            self.tree.addTopLevelItem(top)
            for finding in (f for f in check.findings if f.tier == tier):
                basis = self.tr("hand check") if finding.basis == sc.MANUAL else \
                    self.tr("records")
                child = QTreeWidgetItem([finding.text(lang), status_text(finding.status),
                                         basis])
                child.setData(0, CODE_ROLE, finding.code)
                child.setToolTip(0, finding.reason(lang))
                self._colour(child, finding.status)
                top.addChild(child)
                if finding.code == keep_code:
                    select = child
            top.setExpanded(True)
        if select is None and self.tree.topLevelItemCount():
            top = self.tree.topLevelItem(0)
            select = top.child(0) if top.childCount() else top
        if select is not None:
            self.tree.setCurrentItem(select)
        else:
            self._show_detail(None)

    @staticmethod
    def _colour(item: QTreeWidgetItem, status: str) -> None:
        item.setForeground(1, QBrush(QColor(STATUS_COLOURS[status])))

    def finding(self, code: str | None = None) -> sc.Finding | None:
        if self.check is None:
            return None
        if code is None:
            item = self.tree.currentItem()
            code = item.data(0, CODE_ROLE) if item is not None else None
        return next((f for f in self.check.findings if f.code == code), None)

    def _show_detail(self, *_args: object) -> None:
        finding = self.finding()
        live = self.check is not None and self.check.id is None
        self.answer_button.setVisible(finding is not None and finding.basis == sc.MANUAL)
        self.answer_button.setEnabled(live)
        if finding is None:
            self.detail.setHtml("")
            return
        lang = current_lang()
        colour = STATUS_COLOURS[finding.status]
        parts = [f"<p><b>{_escape(finding.text(lang))}</b></p>",
                 f"<p><span style='color:{colour}'><b>{_escape(status_text(finding.status))}"
                 f"</b></span> — {_escape(finding.reason(lang))}</p>"]
        if finding.facts:
            parts.append("<p>" + _escape(self.tr("Found in the records:")) + "</p><ul>")
            parts += [f"<li>{_escape(fact.text(lang))}</li>" for fact in finding.facts]
            parts.append("</ul>")
        given = finding.answer
        if given is not None:
            yes_no = self.tr("yes") if given.answer == "yes" else self.tr("no")
            line = arg(self.tr("Answered %1 on %2 by %3."), yes_no, given.day,
                       given.answered_name)
            parts.append(f"<p>{_escape(line)}</p>")
            if given.note:
                parts.append(f"<p><i>{_escape(given.note)}</i></p>")
        elif finding.basis == sc.MANUAL:
            parts.append("<p>" + _escape(self.tr(
                "Check this on site, then answer it with a note of what you saw.")) + "</p>")
        self.detail.setHtml("".join(parts))

    # -- actions ----------------------------------------------------------------------------
    def answer_current(self) -> None:
        finding = self.finding()
        if finding is None or finding.basis != sc.MANUAL:
            return
        AnswerDialog.ask(self.session, finding, self)  # judged again on the notice

    def keep(self, then: Callable[[sc.SelfCheck], None] | None = None) -> None:
        """Keep the live check (on the worker) and show it; `then(kept)` after."""
        session = self.session

        def kept(check: sc.SelfCheck) -> None:
            self.refresh(check.id)
            if then is not None:
                then(check)
        ChangeOp(self, lambda: sc.run(session), Change.TIER).success(kept).failure(
            self.message.show_error).run()

    def print_check(self) -> None:
        """Inspectors get a kept check: the live one is kept first."""
        check = self.check
        if check is None:
            return
        if check.id is None:
            self.keep(self._print)
        else:
            self._print(check)

    def _print(self, check: sc.SelfCheck) -> None:
        """Prepared on the worker (the whole check is read), then shown in a preview window."""
        request = reports.Request("selfcheck", selfcheck_id=check.id, lang=current_lang())
        PreviewDialog.prepare_and_show(self, self.session, request, self._keep_preview)

    def _keep_preview(self, dialog: PreviewDialog) -> None:
        self._preview = dialog


class AnswerDialog(KeptInput, QDialog):
    """The admin's answer to a hand-checked requirement: yes or no, and what was seen. Kept
    through a screen lock like the other forms (`modal.run_modal`, `kept_input`)."""

    def __init__(self, session: Session, finding: sc.Finding,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.finding = finding
        self.answered: sc.Answer | None = None
        self.saving = False
        self.setWindowTitle(self.tr("Answer a hand-checked item"))
        self.setMinimumWidth(460)
        text = QLabel(finding.text(current_lang()))
        text.setWordWrap(True)
        self.yes = QRadioButton(self.tr("Yes, this is in place"))
        self.no = QRadioButton(self.tr("No, not yet"))
        group = QButtonGroup(self)
        group.addButton(self.yes)
        group.addButton(self.no)
        previous = finding.answer
        (self.no if previous is not None and previous.answer == "no" else self.yes
         ).setChecked(True)
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(self.tr("What you checked, or what is missing"))
        self.note.setTabChangesFocus(True)
        self.error = ErrorLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        self.layout_ = layout
        layout.addWidget(text)
        layout.addWidget(self.yes)
        layout.addWidget(self.no)
        layout.addWidget(QLabel(self.tr("Note")))
        layout.addWidget(self.note, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self._offered = False

    def kept_ref(self) -> str:
        return f"tier:answer:{self.finding.code}"

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        if not self._offered:
            self._offered = True
            self.offer_kept_input(self.layout_)
        super().showEvent(event)

    def accept(self) -> None:
        if self.saving:
            return
        self.saving = True
        session, code = self.session, self.finding.code
        answer, note = "yes" if self.yes.isChecked() else "no", self.note.toPlainText()
        ChangeOp(self, lambda: sc.answer(session, code, answer, note), Change.TIER).success(
            self._answered).failure(self._refused).run()

    def _answered(self, answered: sc.Answer) -> None:
        self.saving = False
        self.answered = answered
        self.forget_input()
        super().accept()

    def _refused(self, exc: StationDeskError) -> None:
        self.saving = False
        self.error.show_error(exc)

    def reject(self) -> None:
        self.forget_input()
        super().reject()

    @classmethod
    def ask(cls, session: Session, finding: sc.Finding,
            parent: QWidget | None = None) -> sc.Answer | None:
        dialog = cls(session, finding, parent)
        if run_modal(dialog) == int(QDialog.DialogCode.Accepted):
            return dialog.answered
        return None


