"""The kiosk screen: a worker answers an instrument on the station PC, one question at a time.

The counsellor starts it from their signed-in session and hands over the screen through
client-facing mode (`ui.client_mode`): the main window goes to its lock screen first, then
the kiosk takes the whole screen and every way out is refused (see there). Nothing of the
file is in the kiosk: the instrument's questions and the answer buttons only.

When the last answer is in, the result is stored, the worker sees a thank-you (never the
score) and the run ends at the main window's lock screen: the counsellor signs in again to
see the result. "Staff" ends a run early (nothing is scored), also at the lock screen.

Without a main window (a page shown on its own) there is no lock screen to end at: the kiosk
then asks for the counsellor's password itself, to end early and after the thank-you.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from station_desk.domain import assessments
from station_desk.domain.assessments import AnonymousFields, Outcome
from station_desk.domain.instruments import Instrument
from station_desk.domain.session import Session
from station_desk.errors import StationDeskError
from station_desk.ui import messages
from station_desk.ui.assess.common import lang, scaled_font
from station_desk.ui.client_mode import CANCELLED, FINISHED, ClientMode, find_lock_target
from station_desk.ui.i18n import arg, error_text
from station_desk.ui.operations import Change, ChangeOp, QueryOp
from station_desk.ui.widgets import ErrorLabel, password_edit

THANKS_MS = 6000
_BLOCKED_KEYS = {Qt.Key.Key_Escape, Qt.Key.Key_Meta, Qt.Key.Key_Super_L, Qt.Key.Key_Super_R,
                 Qt.Key.Key_Menu, Qt.Key.Key_Tab, Qt.Key.Key_Backtab, Qt.Key.Key_F4}


class KioskScreen(QWidget):
    submitted = Signal(object)  # Outcome, after it is stored; the session is locked by then
    released = Signal()  # the kiosk has gone; the counsellor is back (or at the lock screen)

    def __init__(self, session: Session, instrument: Instrument, *,
                 client_id: int | None = None, anon: AnonymousFields | None = None,
                 owner: QWidget | None = None, thanks_ms: int = THANKS_MS,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if (client_id is None) == (anon is None):
            raise ValueError("a kiosk run is for a file (client_id) or anonymous (anon)")
        self.session = session
        self.instrument = instrument
        self.client_id = client_id
        self.anon = anon
        self.mode = ClientMode(self, session, owner if owner is not None else parent)
        self.mode.ended.connect(self._mode_ended)
        self.thanks_ms = thanks_ms
        self.answers: list[int | None] = [None] * len(instrument.items)
        self.index = 0
        self.outcome: Outcome | None = None
        self._started = False

        self.setObjectName("kiosk")
        self.setWindowTitle(instrument.name(lang()))

        self.stack = QStackedWidget()
        self.intro_page = self._build_intro()
        self.question_page = self._build_question()
        self.thanks_page = self._build_thanks()
        self.staff_page = self._build_staff()
        for page in (self.intro_page, self.question_page, self.thanks_page, self.staff_page):
            self.stack.addWidget(page)
        self.staff_button = QPushButton(self.tr("Staff"))
        self.staff_button.setObjectName("kioskStaffButton")
        self.staff_button.setFlat(True)
        self.staff_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.staff_button.clicked.connect(self.show_staff_page)
        top = QHBoxLayout()
        top.addStretch(1)
        top.addWidget(self.staff_button)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(48, 16, 48, 40)
        outer.addLayout(top)
        outer.addWidget(self.stack, 1)
        self.thanks_timer = QTimer(self)
        self.thanks_timer.setSingleShot(True)
        self.thanks_timer.timeout.connect(self._after_thanks)

    # -- pages ------------------------------------------------------------------------------
    def _label(self, factor: float, *, bold: bool = False) -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setFont(scaled_font(self, factor, bold=bold))
        label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        return label

    def _big_button(self, text: str, factor: float = 1.6) -> QPushButton:
        button = QPushButton(text)
        button.setFont(scaled_font(self, factor, bold=True))
        button.setMinimumHeight(int(button.fontMetrics().height() * 2.2))
        button.setMinimumWidth(220)
        return button

    def _build_intro(self) -> QWidget:
        page = QWidget()
        inst = self.instrument
        title = self._label(2.4, bold=True)
        title.setText(inst.name(lang()))
        self.intro_text = self._label(1.7)
        self.intro_text.setText(inst.instructions_zh if lang() == "zh" else inst.instructions_en)
        count = self._label(1.4)
        count.setText(self.tr("%n questions. There are no right or wrong answers.", "",
                              len(inst.items)))
        self.start_button = self._big_button(self.tr("Start"), 2.0)
        self.start_button.clicked.connect(self.begin)
        layout = QVBoxLayout(page)
        layout.addStretch(2)
        layout.addWidget(title)
        layout.addSpacing(24)
        layout.addWidget(self.intro_text)
        layout.addWidget(count)
        layout.addSpacing(40)
        layout.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)
        return page

    def _build_question(self) -> QWidget:
        page = QWidget()
        self.progress_label = self._label(1.3)
        self.progress = QProgressBar()
        self.progress.setRange(0, len(self.instrument.items))
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(14)
        self.time_frame = self._label(1.3)
        self.item_text = self._label(2.3, bold=True)
        self.item_text.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.options_box = QWidget()
        self.options_layout = QVBoxLayout(self.options_box)
        self.options_layout.setSpacing(14)
        self.option_group = QButtonGroup(self)
        self.option_group.setExclusive(True)
        self.option_group.idClicked.connect(self.choose_by_position)
        self.option_buttons: list[QPushButton] = []
        self.back_button = self._big_button(self.tr("← Back"))
        self.back_button.clicked.connect(self.back)
        self.next_button = self._big_button(self.tr("Next →"))
        self.next_button.clicked.connect(self.next)
        self.question_error = ErrorLabel()
        self.question_error.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.question_error.setFont(scaled_font(self, 1.3))
        nav = QHBoxLayout()
        nav.addWidget(self.back_button)
        nav.addStretch(1)
        nav.addWidget(self.next_button)
        layout = QVBoxLayout(page)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.progress)
        layout.addSpacing(12)
        layout.addWidget(self.time_frame)
        layout.addStretch(1)
        layout.addWidget(self.item_text)
        layout.addSpacing(28)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.options_box, 3)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)
        layout.addWidget(self.question_error)
        layout.addLayout(nav)
        return page

    def _build_thanks(self) -> QWidget:
        page = QWidget()
        title = self._label(3.0, bold=True)
        title.setText(self.tr("Thank you!"))
        text = self._label(1.8)
        text.setText(self.tr("Your answers have been saved. Please hand the screen back to "
                             "the staff member."))
        self.done_button = self._big_button(self.tr("Done"))
        self.done_button.clicked.connect(self._after_thanks)
        layout = QVBoxLayout(page)
        layout.addStretch(2)
        layout.addWidget(title)
        layout.addSpacing(20)
        layout.addWidget(text)
        layout.addSpacing(40)
        layout.addWidget(self.done_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)
        return page

    def _build_staff(self) -> QWidget:
        page = QWidget()
        self.staff_title = self._label(2.0, bold=True)
        self.staff_text = self._label(1.3)
        self.password = password_edit()
        self.password.setFont(scaled_font(self, 1.4))
        self.password.setMinimumWidth(360)
        self.password.setMinimumHeight(int(self.password.fontMetrics().height() * 1.8))
        self.password.setPlaceholderText(self.tr("Counsellor's password"))
        self.password.returnPressed.connect(self.staff_unlock)
        self.unlock_button = self._big_button(self.tr("Unlock"), 1.3)
        self.unlock_button.clicked.connect(self.staff_unlock)
        self.resume_button = self._big_button(self.tr("Back to the questions"), 1.3)
        self.resume_button.clicked.connect(self.resume)
        self.staff_error = ErrorLabel()
        self.staff_error.setAlignment(Qt.AlignmentFlag.AlignCenter)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.password)
        row.addWidget(self.unlock_button)
        row.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addStretch(2)
        layout.addWidget(self.staff_title)
        layout.addWidget(self.staff_text)
        layout.addSpacing(20)
        layout.addLayout(row)
        layout.addWidget(self.staff_error)
        layout.addSpacing(20)
        layout.addWidget(self.resume_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)
        return page

    # -- running ----------------------------------------------------------------------------
    @property
    def at_lock_screen(self) -> bool:
        """Whether the run ends at the main window's lock screen (else at the kiosk's own
        password page)."""
        return self.mode.target is not None

    def start(self, refused: Callable[[StationDeskError], None] | None = None) -> None:
        """Audit the hand-over (on the worker), then hand the screen over in client-facing
        mode; `refused(error)` instead when the domain says no (the file is not this
        counsellor's), else the refusal is shown in a message box."""
        session, instrument, client_id = self.session, self.instrument, self.client_id
        op = ChangeOp(self, lambda: assessments.kiosk_started(session, instrument, client_id),
                      Change.NONE).success(lambda _r: self._handed_over())
        if refused is not None:
            op.failure(refused)
        op.run()

    def _handed_over(self) -> None:
        self._started = True
        self.stack.setCurrentWidget(self.intro_page)
        self.mode.enter()

    def begin(self) -> None:
        self.index = 0
        self.show_item()

    def show_item(self) -> None:
        item = self.instrument.items[self.index]
        total = len(self.instrument.items)
        self.progress_label.setText(arg(self.tr("Question %1 of %2"), self.index + 1, total))
        self.progress.setValue(self.index + 1)
        frame = self.instrument.time_frame_zh if lang() == "zh" else \
            self.instrument.time_frame_en
        self.time_frame.setText(arg(self.tr("Thinking of: %1"), frame))
        self.item_text.setText(f"{item.number}. {item.text(lang())}")
        for button in self.option_buttons:
            self.option_group.removeButton(button)
            self.options_layout.removeWidget(button)
            button.hide()
            button.deleteLater()
        self.option_buttons = []
        for key, option in enumerate(item.options, start=1):
            button = QPushButton(f"{key}  {option.label(lang())}")
            button.setCheckable(True)
            button.setFont(scaled_font(self, 1.7))
            button.setMinimumHeight(int(button.fontMetrics().height() * 2.0))
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setStyleSheet("QPushButton { text-align: left; padding-left: 24px; }"
                                 "QPushButton:checked { background: #1a4f8b; color: white; }")
            self.option_group.addButton(button, key)  # ids are positions (1…): -1 is Qt's
            self.options_layout.addWidget(button)
            self.option_buttons.append(button)
            if self.answers[self.index] == option.value:
                button.setChecked(True)
        last = self.index == total - 1
        self.next_button.setText(self.tr("Submit") if last else self.tr("Next →"))
        self.next_button.setEnabled(self.answers[self.index] is not None)
        self.back_button.setEnabled(self.index > 0)
        self.question_error.clear_text()
        self.stack.setCurrentWidget(self.question_page)

    def choose_by_position(self, position: int) -> None:
        """Pick the option shown as number `position` (1 = first): tap or number key."""
        options = self.instrument.items[self.index].options
        if not 1 <= position <= len(options):
            return
        self.answers[self.index] = options[position - 1].value
        for button in self.option_buttons:
            button.setChecked(self.option_group.id(button) == position)
        self.next_button.setEnabled(True)
        self.question_error.clear_text()

    def back(self) -> None:
        if self.stack.currentWidget() is self.question_page and self.index > 0:
            self.index -= 1
            self.show_item()

    def next(self) -> None:
        if self.stack.currentWidget() is not self.question_page:
            return
        if self.answers[self.index] is None:
            self.question_error.show_text(self.tr("Please choose an answer first."))
            return
        if self.index < len(self.instrument.items) - 1:
            self.index += 1
            self.show_item()
            return
        self.submit()

    def submit(self) -> None:
        """Scored and stored on the worker; the thanks page after."""
        session, instrument, answers = self.session, self.instrument, list(self.answers)
        client_id, anon = self.client_id, self.anon
        if client_id is not None:
            def call() -> Outcome:
                return assessments.administer(session, instrument, client_id, answers,
                                              mode="kiosk")
        else:
            assert anon is not None

            def call() -> Outcome:
                return assessments.anonymous_screening(session, instrument, answers, anon)
        ChangeOp(self, call, Change.ASSESSMENTS).success(self._submitted).failure(
            self.question_error.show_error).run()

    def _submitted(self, outcome: Outcome) -> None:
        self.outcome = outcome
        self.session.lock()  # stays locked (the kiosk's own password page may have unlocked)
        self.stack.setCurrentWidget(self.thanks_page)
        self.staff_button.hide()
        self.submitted.emit(outcome)
        self.thanks_timer.start(self.thanks_ms)

    def _after_thanks(self) -> None:
        self.thanks_timer.stop()
        if self.stack.currentWidget() is not self.thanks_page:
            return
        if self.at_lock_screen:
            self._release(FINISHED)
            return
        self.show_staff_page()

    # -- staff ------------------------------------------------------------------------------
    def show_staff_page(self) -> None:
        finished = self.outcome is not None
        at_lock = self.at_lock_screen
        if finished:
            self.staff_title.setText(self.tr("Screen locked"))
            self.staff_text.setText(arg(self.tr("%1, enter your password to continue."),
                                        self.session.user.display_name))
        elif at_lock:
            self.staff_title.setText(self.tr("End the self-assessment?"))
            self.staff_text.setText(self.tr(
                "For staff only. The answers given so far are not scored, and the screen "
                "goes back to the lock screen."))
        else:
            self.staff_title.setText(self.tr("End the self-assessment?"))
            self.staff_text.setText(arg(self.tr(
                "For staff only. %1 enters their password to end it; the answers given so "
                "far are not scored."), self.session.user.display_name))
        self.password.setVisible(not at_lock)
        self.unlock_button.setText(self.tr("End") if at_lock else self.tr("Unlock"))
        self.resume_button.setVisible(not finished)
        self.staff_error.clear_text()
        self.password.clear()
        self.stack.setCurrentWidget(self.staff_page)
        if at_lock:
            self.unlock_button.setFocus()
        else:
            self.password.setFocus()

    def resume(self) -> None:
        if self.outcome is not None:
            return
        if any(a is not None for a in self.answers):
            self.show_item()
        else:
            self.stack.setCurrentWidget(self.intro_page)

    def staff_unlock(self) -> None:
        """End early: at the lock screen with a main window, else with the password here."""
        if self.at_lock_screen:
            self._release(CANCELLED if self.outcome is None else FINISHED)
            return
        session, password = self.session, self.password.text()
        self.password.clear()
        # The password's key derivation on the worker: the kiosk keeps painting.
        QueryOp(self, lambda: session.unlock(password)).success(
            lambda _r: self._release(CANCELLED if self.outcome is None else FINISHED)).failure(
            self.staff_error.show_error).run()

    def _release(self, reason: str) -> None:
        self.mode.leave(reason)

    def _mode_ended(self, _reason: str) -> None:
        """However the run ended (finished, ended early, or the screen went some other way),
        an unscored run is in the audit trail and the page that started it hears of it."""
        if self.outcome is None and self._started:
            session, instrument, client_id = self.session, self.instrument, self.client_id
            answered = sum(a is not None for a in self.answers)
            # On the operations worker, queued before anything asked after it: unlocking at
            # the lock screen runs on the same worker, after it; signing out, exiting and
            # restoring drain the worker before the vault closes (app_flow), so the entry is
            # written even when the session ends at once (tests/ui/test_kiosk.py). Nothing
            # is shown over the lock screen if the domain refuses it (the case was handed
            # on meanwhile): the run was not scored either way. Input is not held: the
            # counsellor may be typing the password already.
            ChangeOp(self, lambda: assessments.kiosk_abandoned(session, instrument, client_id,
                                                               answered),
                     Change.NONE, hold_input=False).failure(lambda _refused: None).run()
        self.released.emit()

    # -- the locks on the doors ---------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        key = event.key()
        mods = event.modifiers()
        on_questions = self.stack.currentWidget() is self.question_page
        if key in _BLOCKED_KEYS or mods & (Qt.KeyboardModifier.AltModifier
                                           | Qt.KeyboardModifier.MetaModifier
                                           | Qt.KeyboardModifier.ControlModifier):
            event.accept()
            return
        if on_questions and Qt.Key.Key_1 <= key <= Qt.Key.Key_9:
            self.choose_by_position(key - Qt.Key.Key_0)
        elif on_questions and key in (Qt.Key.Key_Right, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.next()
        elif on_questions and key in (Qt.Key.Key_Left, Qt.Key.Key_Backspace):
            self.back()
        elif self.stack.currentWidget() is self.intro_page and key in (
                Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.begin()
        event.accept()


def hand_over(owner: QWidget, session: Session, instrument: Instrument, *,
              client_id: int | None = None, anon: AnonymousFields | None = None,
              on_done: Callable[[Outcome | None], None]) -> KioskScreen:
    """Start a kiosk run from a page (of the main window, or of a file window) and call
    `on_done` once the counsellor is back, signed in again at the lock screen: with the stored
    outcome, or None if it was ended early. Elsewhere (a page shown on its own) the kiosk
    asks for the password itself. The hand-over is audited on the worker first; if the domain
    refuses it, the refusal is shown and `on_done(None)` is called."""
    target = find_lock_target(owner, session)
    parent = target if isinstance(target, QWidget) else owner.window()
    kiosk = KioskScreen(session, instrument, client_id=client_id, anon=anon, owner=owner,
                        parent=parent)

    def finish() -> None:
        outcome = kiosk.outcome
        kiosk.deleteLater()
        on_done(outcome)

    def released() -> None:
        if target is not None and target.is_locked:
            target.lock_screen.unlocked.connect(finish, Qt.ConnectionType.SingleShotConnection)
        else:
            finish()

    def refused(exc: StationDeskError) -> None:
        kiosk.deleteLater()
        messages.error(owner, error_text(exc))
        on_done(None)

    kiosk.released.connect(released)
    kiosk.start(refused)
    return kiosk
