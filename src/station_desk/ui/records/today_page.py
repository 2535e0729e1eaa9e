"""今日工作: each role's start page: today's appointments, follow-ups due and overdue, open
crises (overview only), records awaiting co-signature (which the supervisor reads and co-signs
from here), unsigned drafts, unsaved drafts left behind, and this month's counts against the
annual targets; for the admin, the station's safeguards (audit trail, backups), which had a
page of their own (工作台) before."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QModelIndex, QTimer
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from station_desk.domain.records import dashboard, followups, sessions
from station_desk.domain.records.sessions import SessionRecord
from station_desk.domain.roles import Permission
from station_desk.domain.session import Session
from station_desk.ui import theme
from station_desk.ui.i18n import arg
from station_desk.ui.operations import Change, QueryOp, refresh_on
from station_desk.ui.page_layout import (
    BoardBox,
    BoardGrid,
    keep_rows_visible,
    vertical_scroll,
)
from station_desk.ui.records.appointment_reminders import attendance_text, upcoming_text
from station_desk.ui.records.common import (
    label,
    local_time,
    read_into,
    table_view,
)
from station_desk.ui.records.file_window import CosignDialog, followup_state, open_file_window
from station_desk.ui.records.leftovers import (
    LeftoverDraftsDialog,
    all_leftovers,
    offer_leftovers,
)
from station_desk.ui.records.list_model import ListTableModel
from station_desk.ui.safeguards import SafeguardsBox
from station_desk.ui.safeguards import wanted as safeguards_wanted
from station_desk.ui.table_columns import ColumnsFit, fit_to_width
from station_desk.ui.theme import Heading
from station_desk.ui.tier.duty_page import TodayDuty


@dataclass(frozen=True)
class _Loaded:
    board: dashboard.Dashboard
    cosignable: frozenset[int]  # the waiting records this user is the one to co-sign


class TodayPage(QWidget):
    has_own_title = True  # "今日，<date>": the main window shows no section title above it

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.last_window: QDialog | None = None
        self.refresh_on_changes()
        layout = QVBoxLayout(self)
        self.heading = Heading()
        self.crisis_banner = QLabel()
        theme.set_tone(self.crisis_banner, "crisis-bar")
        refresh = QPushButton(self.tr("Refresh"))
        refresh.clicked.connect(self.refresh)
        self.leftovers_row = QWidget()
        row = QHBoxLayout(self.leftovers_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.leftovers_label = QLabel()
        theme.set_tone(self.leftovers_label, "warning-bar")
        self.leftovers_label.setWordWrap(True)
        self.leftovers_button = QPushButton(self.tr("Reopen or discard…"))
        self.leftovers_button.clicked.connect(self.review_leftovers)
        row.addWidget(self.leftovers_label, 1)
        row.addWidget(self.leftovers_button)
        self.leftovers_row.hide()
        self.leftovers_dialog: LeftoverDraftsDialog | None = None
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(refresh)
        layout.addLayout(top)
        self.duty = TodayDuty(session)  # 今日值班 (issue 16)
        layout.addWidget(self.duty)
        layout.addWidget(self.crisis_banner)
        layout.addWidget(self.leftovers_row)
        board = QWidget()
        grid = BoardGrid(board)
        grid.setContentsMargins(0, 0, 0, 0)
        self.grid = grid
        self.board_area = vertical_scroll(board)
        layout.addWidget(self.board_area, 1)  # at 150 % text the boxes keep their rows
        self.views: list[QTableView] = []
        self.fits: list[ColumnsFit] = []
        self._arranging = QTimer(self)
        self._arranging.setSingleShot(True)
        self._arranging.setInterval(0)
        self._arranging.timeout.connect(self.arrange)

        self.appointments = ListTableModel([
            (lambda: self.tr("Time"), lambda a: a.starts_at[11:16] + "–" + a.ends_at[11:16]),
            (lambda: self.tr("File number"), lambda a: a.file_no),
            (lambda: self.tr("Name"), lambda a: a.client_name),
            (lambda: self.tr("Counsellor"), lambda a: a.counsellor_name),
            (lambda: self.tr("Room"), lambda a: label("rooms", a.room)),
        ], parent=self)
        self.followups = ListTableModel([
            (lambda: self.tr("State"), lambda f: followup_state(f.state)),
            (lambda: self.tr("Due"), lambda f: local_time(f.due_at) or f.planned_date),
            (lambda: self.tr("File number"), lambda f: f.file_no),
            (lambda: self.tr("Name"), lambda f: f.client_name),
        ], highlight=lambda f: f.state == followups.OVERDUE, parent=self)
        self.followup_counts = ListTableModel([
            (lambda: self.tr("Counsellor"), lambda c: c.counsellor_name or "—"),
            (lambda: self.tr("Due"), lambda c: str(c.due)),
            (lambda: self.tr("Overdue"), lambda c: str(c.overdue)),
        ], parent=self)
        self.crises = ListTableModel([
            (lambda: self.tr("File number"), lambda c: c.file_no),
            (lambda: self.tr("Counsellor"), lambda c: c.counsellor_name),
            (lambda: self.tr("Since"), lambda c: local_time(c.opened_at)),
            (lambda: self.tr("Follow-up due"), lambda c: local_time(c.followup_due)),
            (lambda: self.tr("Follow-up"), lambda c: self.tr("done") if c.followup_done
             else (self.tr("OVERDUE") if c.overdue else self.tr("pending"))),
        ], highlight=lambda c: c.overdue, parent=self)
        self.pending = ListTableModel([
            (lambda: self.tr("Date"), lambda r: r.session_date),
            (lambda: self.tr("File number"), lambda r: r.file_no),
            (lambda: self.tr("Session"), lambda r: str(r.session_no)),
            (lambda: self.tr("Counsellor"), lambda r: r.counsellor_name),
            (lambda: self.tr("Waiting for"), lambda r: self.tr("my co-signature")
             if r.status == "signed" else self.tr("my signature")),
        ], parent=self)
        self.pending_view: QTableView | None = None
        self.cosign_button = QPushButton(self.tr("Read and co-sign…"))
        self.cosign_button.clicked.connect(self.cosign_selected)
        self.open_pending_button = QPushButton(self.tr("Open file"))
        self.open_pending_button.clicked.connect(self._open_pending)
        self.month = ListTableModel([
            (lambda: self.tr("Type"), lambda p: label("activity_types", p.type)),
            (lambda: self.tr("This month"), lambda p: str(self._month_count(p.type))),
            (lambda: self.tr("Year to date"), lambda p: str(p.done)),
            (lambda: self.tr("Annual target"), lambda p: str(p.target) if p.target else "—"),
        ], parent=self)
        self.month_label = QLabel()
        self.month_label.setWordWrap(True)  # the attendance line may be long in English
        self.upcoming_label = QLabel()
        self.upcoming_label.setWordWrap(True)
        self._month_counts: dict[str, int] = {}
        self._cosignable: frozenset[int] = frozenset()
        self.boxes: dict[str, QGroupBox] = {}
        clinical = session.can(Permission.VIEW_CLINICAL)
        overview = session.can(Permission.VIEW_CRISIS_OVERVIEW)
        shown = [(key, title, model) for key, title, model, wanted in (
            ("appointments", self.tr("Today's appointments"), self.appointments, True),
            ("followups", self.tr("Follow-ups due and overdue"), self.followups, clinical),
            ("followup_counts", self.tr("Follow-ups due, per counsellor"),
             self.followup_counts, overview and not clinical),
            ("crises", self.tr("Open crises"), self.crises, overview),
            ("pending", self.tr("Waiting for me"), self.pending,
             session.can(Permission.WRITE_SESSION)),
            ("month", self.tr("This month against the targets"), self.month, True)) if wanted]
        for key, title, model in shown:
            box = BoardBox(title)
            inner = QVBoxLayout(box)
            view = table_view(model)
            fit = fit_to_width(view)  # a box's columns wrap rather than scroll sideways
            fit.fitted.connect(self.arrange)
            self.fits.append(fit)
            view.doubleClicked.connect(lambda index, m=model: self._open(m, index))
            self.views.append(view)
            if key == "month":
                inner.addWidget(self.month_label)
            inner.addWidget(view)
            if key == "appointments":  # reminders of the next days' bookings
                inner.addWidget(self.upcoming_label)
            if key == "pending":
                self.pending_view = view
                view.selectionModel().selectionChanged.connect(
                    lambda *_a: self._update_pending_buttons())
                buttons = QHBoxLayout()
                buttons.addStretch(1)
                buttons.addWidget(self.open_pending_button)
                buttons.addWidget(self.cosign_button)
                inner.addLayout(buttons)
            self.boxes[key] = box
            grid.add_box(box)
        self.safeguards: SafeguardsBox | None = None
        if safeguards_wanted(session):
            self.safeguards = SafeguardsBox(session)
            grid.add_box(self.safeguards)

    def arrange(self) -> None:
        """Two boxes to a row while each box's table fits in half the page without cutting a
        word; one to a row when not (150 % text on a 1366x768 screen), the page scrolling
        down instead of the tables sideways."""
        shown = [(fit, fit.view.parentWidget()) for fit in self.fits if fit.view.isVisible()
                 and fit.view.width() > 0]
        if not shown:
            return
        need = max(fit.least + box.width() - fit.view.width() for fit, box in shown)
        spacing = max(self.grid.horizontalSpacing(), 0)
        room = self.board_area.width() - self.board_area.verticalScrollBar().sizeHint().width()
        columns = 2 if 2 * need + spacing <= room else 1
        if columns == self.grid.columns:
            return
        self.grid.set_columns(columns)
        # the boxes laid out again and their tables fitted to their new width now, in one
        # go, not over the next turns of the event loop with a table cut meanwhile
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        for fit in self.fits:
            fit.apply()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._arranging.start()

    def refresh_on_changes(self) -> None:
        """What the board shows changes with nearly everything done at the desk."""
        refresh_on(self, Change.ALL & ~(Change.BACKUPS | Change.EXPORTS | Change.ACCOUNTS),
                   self.refresh)

    def _month_count(self, kind: str) -> int:
        return self._month_counts.get(kind, 0)

    def keep_window(self, window: QDialog) -> None:
        self.last_window = window

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        self.refresh()
        QTimer.singleShot(0, self, self._offer_leftovers)
        super().showEvent(event)

    def _offer_leftovers(self) -> None:
        offer_leftovers(self, self.session, shown=self._leftovers_shown)

    def _leftovers_shown(self, dialog: LeftoverDraftsDialog) -> None:
        self.leftovers_dialog = dialog
        dialog.finished.connect(lambda _r: self.refresh())

    def refresh(self) -> None:
        """Read the board on the operations worker (with which waiting records this user may
        co-sign, a question to the database too), then fill the boxes on the UI thread."""
        session = self.session

        def load() -> _Loaded:
            board = dashboard.dashboard(session)
            return _Loaded(board, frozenset(r.id for r in board.awaiting_cosign
                                            if sessions.can_cosign(session, r)))

        read_into(self, load, self._show_board)
        # The drafts left behind are a reminder beside the board: when they cannot be read
        # the row stays hidden rather than a second message box appearing over the board.
        QueryOp(self, lambda: len(all_leftovers(session))).success(self._show_leftovers) \
            .failure(lambda _refused: self._show_leftovers(0)) \
            .run(latest=f"today-leftovers:{id(self)}")
        self.duty.refresh()
        if self.safeguards is not None:
            self.safeguards.refresh()

    def _show_board(self, loaded: _Loaded) -> None:
        board = loaded.board
        self._cosignable = loaded.cosignable
        self.heading.setText(arg(self.tr("Today, %1"), board.day.isoformat()))
        for view in self.views:
            keep_rows_visible(view, 2)
        self.appointments.set_rows(board.appointments)
        self.upcoming_label.setText(upcoming_text(board.upcoming))
        self.followups.set_rows(board.followups)
        self.followup_counts.set_rows(board.followup_counts)
        self.crises.set_rows(board.open_crises)
        self.pending.set_rows([*board.awaiting_cosign, *board.my_drafts])
        self._update_pending_buttons()
        overdue = sum(1 for c in board.open_crises if c.overdue)
        self.crisis_banner.setText(arg(self.tr("%n open crisis(es), %1 with the 24-hour "
                                               "follow-up overdue", "", len(board.open_crises)),
                                       overdue))
        self.crisis_banner.setVisible(bool(board.open_crises))
        if board.month is not None:
            self._month_counts = board.month.activities
            if board.month.sessions is None:  # no clinical key: no count of records either
                self.month_label.setText(arg(self.tr("New files this month: %1"),
                                             board.month.new_files))
            else:
                self.month_label.setText(arg(self.tr("Sessions this month: %1 (hotline %2) · "
                                                     "new files: %3"), board.month.sessions,
                                             board.month.hotline, board.month.new_files))
            self.month_label.setText(self.month_label.text()
                                     + attendance_text(board.month.attendance))
            self.month.set_rows(board.month.targets)
        self._arranging.start()  # the boxes' new contents laid out (after their tables')

    def _show_leftovers(self, count: int) -> None:
        self.leftovers_label.setText(self.tr(
            "You have %n unsaved draft(s) left from an earlier session (the app was closed "
            "or stopped before they were saved).", "", count))
        self.leftovers_row.setVisible(count > 0)

    def review_leftovers(self) -> None:
        """The drafts left, read on the worker; the list opens if there are any."""
        offer_leftovers(self, self.session, again=True, shown=self._leftovers_shown)

    # -- waiting for me ----------------------------------------------------------------------
    def selected_pending(self) -> SessionRecord | None:
        if self.pending_view is None:
            return None
        index = self.pending_view.currentIndex()
        return self.pending.row_at(index.row()) if index.isValid() else None

    def can_cosign(self, record: SessionRecord | None) -> bool:
        """As the domain answered when the board was read (`sessions.can_cosign`); signing
        asks it again."""
        return record is not None and record.id in self._cosignable

    def _update_pending_buttons(self) -> None:
        record = self.selected_pending()
        self.cosign_button.setEnabled(self.can_cosign(record))
        self.cosign_button.setVisible(bool(self.pending.rows) and any(
            r.status == "signed" for r in self.pending.rows))
        self.open_pending_button.setEnabled(record is not None)

    def cosign_selected(self) -> None:
        """Read the selected record (on the worker) and co-sign it, with a comment (督导会签);
        the board reloads on the notice."""
        record = self.selected_pending()
        if record is None or not self.can_cosign(record):
            return
        CosignDialog.ask(self.session, record.id, self)

    def _open_pending(self) -> None:
        record = self.selected_pending()
        if record is not None:
            open_file_window(self, self.session, record.client_id, self.keep_window)

    def _open(self, model: ListTableModel, index: QModelIndex) -> None:
        row = model.row_at(index.row())
        if model is self.pending and self.can_cosign(row):
            self.cosign_selected()
            return
        client_id = getattr(row, "client_id", None)
        if client_id is not None:
            open_file_window(self, self.session, client_id, self.keep_window)
