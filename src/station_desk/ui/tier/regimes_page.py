"""工作制度: the station's regimes as adopted, their versions, who has acknowledged the
confidentiality regime; the admin adapts a text (from the current version or our template)
and adopts it as a new version.

The editor is part of the page, not a dialog: locking the screen hides a page and keeps
what was typed, where a modal dialog would be closed with its text.

What the page shows is read on the operations worker in one go (`read_regimes`: every kind's
version in force, the versions of the kind chosen, who has acknowledged) and put on screen
when it arrives; the page reads again when another kind or version is chosen and on notices.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from station_desk import reports
from station_desk.domain.roles import Permission
from station_desk.domain.session import Session
from station_desk.domain.tier import regimes
from station_desk.ui import messages, theme
from station_desk.ui.i18n import arg, current_lang, pick
from station_desk.ui.labels import role_label
from station_desk.ui.operations import Change, ChangeOp, QueryOp, refresh_on
from station_desk.ui.printing.dialog import PreviewDialog
from station_desk.ui.records.common import local_time
from station_desk.ui.widgets import ErrorLabel

KIND_ROLE = Qt.ItemDataRole.UserRole


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def regime_html(regime: regimes.Regime | regimes.Template) -> str:
    """The text laid out as it prints: headings, numbered items, paragraphs."""
    parts = [f"<h2>{_escape(regime.title)}</h2>"]
    for block in regimes.parse_blocks(regime.body):
        if block.kind == "heading":
            parts.append(f"<h3>{_escape(block.text)}</h3>")
        elif block.kind == "item":
            parts.append("<table cellspacing='0' cellpadding='1'><tr><td width='28' "
                         f"valign='top'>{_escape(block.number)}</td><td>"
                         f"{_escape(block.text)}</td></tr></table>")
        else:
            parts.append(f"<p>{_escape(block.text)}</p>")
    return "".join(parts)


@dataclass(frozen=True)
class RegimesRead:
    """What the page shows, read on the worker."""

    kind: str
    adopted: dict[str, regimes.Regime]  # the version in force of each kind adopted
    waiting: frozenset[int]  # versions this account has still to acknowledge
    history: list[regimes.Regime]  # the kind's versions, newest first
    shown: regimes.Regime | None  # the version chosen (the newest unless another was)
    acks: list[regimes.Acknowledgement] | None  # for the admin, of the version in force


def read_regimes(session: Session, kind: str, version_id: int | None,
                 admin: bool) -> RegimesRead:
    """On the worker: what the page shows with `kind` chosen (and that version of it)."""
    adopted = regimes.current_all(session)
    waiting = frozenset(r.id for r in regimes.pending(session))
    history = regimes.history(session, kind)
    shown = next((r for r in history if r.id == version_id), history[0] if history else None)
    current = adopted.get(kind)
    acks = regimes.acknowledgements(session, current) \
        if admin and current is not None and kind in regimes.ACKNOWLEDGED else None
    return RegimesRead(kind, adopted, waiting, history, shown, acks)


class RegimesPage(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.admin = session.can(Permission.MANAGE_TIER)
        self.shown: regimes.Regime | None = None
        self._preview: PreviewDialog | None = None  # the last preview opened
        self.adopted: dict[str, regimes.Regime] = {}  # as last read

        self.kinds = QListWidget()
        self.kinds.setObjectName("regimeKinds")
        self.kinds.setMaximumWidth(260)
        for kind in regimes.KINDS:
            item = QListWidgetItem()
            item.setData(KIND_ROLE, kind)
            self.kinds.addItem(item)
        self.kinds.currentRowChanged.connect(lambda _r: self.show_kind())

        # -- reading --------------------------------------------------------------------------
        self.version_label = QLabel()
        self.version_label.setWordWrap(True)
        self.versions = QComboBox()
        self.versions.activated.connect(lambda _i: self._show_version())
        self.text = QTextBrowser()
        self.text.setObjectName("regimeText")
        self.ack_button = QPushButton(self.tr("I have read it and will keep to it"))
        self.ack_button.clicked.connect(self.acknowledge)
        self.edit_button = QPushButton(self.tr("Adapt and adopt…"))
        self.edit_button.clicked.connect(self.start_editing)
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.clicked.connect(self.print_regimes)
        head = QHBoxLayout()
        head.addWidget(self.version_label, 1)
        head.addWidget(self.versions)
        buttons = QHBoxLayout()
        buttons.addWidget(self.ack_button)
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.edit_button)
        self.acks = QTreeWidget()
        self.acks.setObjectName("regimeAcks")
        self.acks.setHeaderLabels([self.tr("Account"), self.tr("Role"), self.tr("Acknowledged")])
        self.acks.setRootIsDecorated(False)
        self.acks.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.acks_box = QGroupBox(self.tr("Acknowledged by"))
        QVBoxLayout(self.acks_box).addWidget(self.acks)
        reader = QWidget()
        read_layout = QVBoxLayout(reader)
        read_layout.setContentsMargins(0, 0, 0, 0)
        read_layout.addLayout(head)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.text)
        split.addWidget(self.acks_box)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        read_layout.addWidget(split, 1)
        read_layout.addLayout(buttons)

        # -- editing (admin) ------------------------------------------------------------------
        self.title_edit = QLineEdit()
        self.body_edit = QPlainTextEdit()
        self.body_edit.setObjectName("regimeBody")
        self.note_edit = QLineEdit()
        self.note_edit.setPlaceholderText(self.tr("What changed, for the record"))
        self.template_zh = QPushButton(self.tr("Start from our template (Chinese)"))
        self.template_zh.clicked.connect(lambda: self.load_template("zh"))
        self.template_en = QPushButton(self.tr("Start from our template (English)"))
        self.template_en.clicked.connect(lambda: self.load_template("en"))
        self.adopt_button = QPushButton(self.tr("Adopt as a new version"))
        self.adopt_button.clicked.connect(self.adopt)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.stop_editing)
        hint = QLabel(self.tr("Lines starting with '## ' are section headings; "
                              "'1.' or '- ' start an item; a blank line ends a paragraph."))
        hint.setWordWrap(True)
        theme.set_tone(hint, "muted")
        form = QFormLayout()
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("Change note"), self.note_edit)
        tmpl_row = QHBoxLayout()
        tmpl_row.addWidget(self.template_zh)
        tmpl_row.addWidget(self.template_en)
        tmpl_row.addStretch(1)
        edit_buttons = QHBoxLayout()
        edit_buttons.addStretch(1)
        edit_buttons.addWidget(cancel)
        edit_buttons.addWidget(self.adopt_button)
        editor = QWidget()
        edit_layout = QVBoxLayout(editor)
        edit_layout.setContentsMargins(0, 0, 0, 0)
        edit_layout.addLayout(form)
        edit_layout.addLayout(tmpl_row)
        edit_layout.addWidget(hint)
        edit_layout.addWidget(self.body_edit, 1)
        edit_layout.addLayout(edit_buttons)

        self.stack = QStackedWidget()
        self.stack.addWidget(reader)
        self.stack.addWidget(editor)
        self.message = ErrorLabel()
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.stack, 1)
        right_layout.addWidget(self.message)
        row = QHBoxLayout(self)
        row.addWidget(self.kinds)
        row.addWidget(right, 1)
        self.edit_button.setVisible(self.admin)
        self.kinds.setCurrentRow(0)  # reads what the first kind shows
        refresh_on(self, Change.TIER | Change.ACCOUNTS, self._changed)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        self._changed()
        super().showEvent(event)

    def _changed(self) -> None:
        if not self.editing:  # the text being edited stays as it is
            self.refresh()

    @property
    def editing(self) -> bool:
        return self.stack.currentIndex() == 1

    def current_kind(self) -> str:
        item = self.kinds.currentItem()
        return str(item.data(KIND_ROLE)) if item is not None else regimes.KINDS[0]

    # -- reading ------------------------------------------------------------------------------
    def refresh(self, version_id: int | None = None) -> None:
        """Read on the worker what the chosen kind (and version) shows; a newer read makes an
        older one give up."""
        if self.editing:
            return
        session, kind, admin = self.session, self.current_kind(), self.admin
        QueryOp(self, lambda: read_regimes(session, kind, version_id, admin)).success(
            self._show).failure(self.message.show_error).run(latest=f"regimes:{id(self)}")

    def show_kind(self) -> None:
        self.refresh()

    def _show_version(self) -> None:
        regime_id = self.versions.currentData()
        self.refresh(int(regime_id) if regime_id is not None else None)

    def _show(self, read: RegimesRead) -> None:
        """On the UI thread: the kinds' labels, the versions, the text and who acknowledged."""
        if self.editing or read.kind != self.current_kind():
            return  # the text being edited stays; another kind chosen reads again itself
        self.adopted = read.adopted
        for row in range(self.kinds.count()):
            item = self.kinds.item(row)
            kind = str(item.data(KIND_ROLE))
            label = pick(regimes.KIND_LABELS[kind])
            adopted = read.adopted.get(kind)
            if adopted is None:
                item.setText(arg(self.tr("%1\n(not adopted)"), label))
            elif adopted.id in read.waiting:
                item.setText(arg(self.tr("%1\nversion %2 · please read"), label,
                                 adopted.version))
            else:
                item.setText(arg(self.tr("%1\nversion %2"), label, adopted.version))
        self.versions.clear()
        for version in read.history:
            self.versions.addItem(arg(self.tr("Version %1 of %2"), version.version,
                                      local_time(version.adopted_at)), version.id)
        self.versions.setVisible(len(read.history) > 1)
        regime = read.shown
        if regime is not None:
            self.versions.setCurrentIndex(max(self.versions.findData(regime.id), 0))
        self.shown = regime
        label = pick(regimes.KIND_LABELS[read.kind])
        if regime is None:
            self.version_label.setText(arg(self.tr(
                "The %1 has not been adopted yet."), label) + (" " + self.tr(
                    "Use “Adapt and adopt…” to start from our template.") if self.admin else ""))
            self.text.setHtml("")
        else:
            line = arg(self.tr("Version %1, adopted %2 by %3."), regime.version,
                       local_time(regime.adopted_at), regime.adopted_name)
            if regime.change_note:
                line += " " + arg(self.tr("Change: %1"), regime.change_note)
            self.version_label.setText(line)
            self.text.setHtml(regime_html(regime))
        current = read.adopted.get(read.kind)
        self.ack_button.setVisible(current is not None and current.id in read.waiting
                                   and regime is not None and regime.id == current.id)
        self._show_acks(current, read.acks)
        self.print_button.setEnabled(current is not None)

    def _show_acks(self, regime: regimes.Regime | None,
                   acks: list[regimes.Acknowledgement] | None) -> None:
        self.acks_box.setVisible(acks is not None)
        self.acks.clear()
        if regime is None or acks is None:
            return
        for ack in acks:
            when = local_time(ack.acknowledged_at) if ack.acknowledged_at else \
                self.tr("not yet")
            item = QTreeWidgetItem([f"{ack.display_name} ({ack.username})",
                                    role_label(ack.role), when])
            if not ack.acknowledged_at:
                item.setForeground(2, QBrush(QColor("#b3261e")))
            self.acks.addTopLevelItem(item)
        self.acks_box.setTitle(arg(self.tr("Acknowledged by (version %1)"), regime.version))

    def acknowledge(self) -> None:
        regime = self.shown
        if regime is None:
            return
        session, ident = self.session, regime.id
        ChangeOp(self, lambda: regimes.acknowledge(session, ident), Change.TIER).success(
            lambda _r: self.message.clear_text()).failure(self.message.show_error).run()

    def print_regimes(self) -> None:
        """The regimes in force, prepared on the worker, then shown in a preview window."""
        request = reports.Request("regimes", regime="all", lang=current_lang())
        PreviewDialog.prepare_and_show(self, self.session, request, self._keep_preview)

    def _keep_preview(self, dialog: PreviewDialog) -> None:
        self._preview = dialog

    # -- editing ------------------------------------------------------------------------------
    def start_editing(self) -> None:
        kind = self.current_kind()
        current = self.adopted.get(kind)  # as last read: the text in force
        source = current if current is not None else regimes.template(kind, current_lang())
        self.title_edit.setText(source.title)
        self.body_edit.setPlainText(source.body)
        self.note_edit.clear()
        self.kinds.setEnabled(False)
        self.stack.setCurrentIndex(1)
        self.message.clear_text()
        self.body_edit.setFocus()

    def load_template(self, lang: str) -> None:
        changed = self.body_edit.toPlainText().strip()
        if changed and not messages.confirm(self, self.tr(
                "Replace the text being edited with our template?")):
            return
        template = regimes.template(self.current_kind(), lang)
        self.title_edit.setText(template.title)
        self.body_edit.setPlainText(template.body)

    def stop_editing(self) -> None:
        self.stack.setCurrentIndex(0)
        self.kinds.setEnabled(True)
        self.message.clear_text()
        self.refresh()

    def adopt(self) -> None:
        """Adopt the edited text (on the worker); the page reloads from the notice."""
        kind = self.current_kind()
        if kind in regimes.ACKNOWLEDGED and not messages.confirm(self, self.tr(
                "Every account will be asked to read and acknowledge the new version at "
                "its next sign-in. Adopt it?")):
            return
        session, title = self.session, self.title_edit.text()
        body, note = self.body_edit.toPlainText(), self.note_edit.text()
        ChangeOp(self, lambda: regimes.adopt(session, kind, title, body, note),
                 Change.TIER).success(self._adopted).failure(self.message.show_error).run()

    def _adopted(self, regime: regimes.Regime) -> None:
        self.stop_editing()
        messages.info(self, arg(self.tr("Adopted “%1” as version %2."), regime.title,
                                regime.version))
