"""Every database change and slow query runs off the UI thread, through this one runner.

The shape is Anki's (`aqt.operations`): a screen wraps a domain call in an operation,

    ChangeOp(self, lambda: files.register(session, entry), Change.CLIENTS) \\
        .success(self._registered).run(errors=self.form_errors)

and the runner does the rest: the call runs on the worker thread; the window keeps painting
and answering; after a short wait a busy cursor and the status bar's busy bar show that work is
under way; a refusal (`StationDeskError`, or an `OSError` turned into one) is shown in one
place (under the form when the screen passes its `FormErrors`, else in a message box, or by the
screen's own `failure` handler); on success the screen's `success` handler gets the result on
the UI thread, and `changed` announces which kinds of data changed, so every page showing
them reloads from that notice instead of each screen reloading the others by hand.

`QueryOp` is the same for reads: nothing is announced, input is not held, and with `latest`
a newer query of the same kind (the next keystroke in a search box) makes an older one that
has not finished give up its result, so a search always shows what is in the box.

`background` is for work nobody waits for (warming the page cache after unlock, see
domain/records/warm_up.py): no busy cursor, no answer; it runs in turns and gives way as soon
as any operation is asked for (its `should_stop` turns true), then carries on behind it, so
what the user asked for waits at most one of its chunks. `drain` stops it for good.

One worker thread, and a lock on the connection (why): SQLite connections are not meant to
be used by two threads at once, and a signed-in session has exactly one SQLCipher connection
(station.db with clinical.db attached), opened with `check_same_thread=False`. A pool of
threads, each with its own connection, would need the keys (and the clinical ATTACH, and the
audit anchor hooks) for each, and two writers would only wait for each other on the database
lock anyway. So operations are serialised on ONE worker thread, in the order they were asked
for (a save then a sign run as typed), and `storage.database.Database` holds a re-entrant lock
around every statement and around each whole transaction: the few reads that still run on the
UI thread (a lazy list fetching the rows scrolled into view, a dialog reading its choices)
wait for a running transaction to end instead of running inside it, and never see or join
its uncommitted writes. That is the rule Anki keeps too: its backend serialises access to the
collection, and the UI thread may read when no operation holds it.

A change operation holds the user's input (clicks and keys, not painting or timers) until it
is done, as Anki's modal progress does: a second click on Save must not save twice, and
nothing typed may land in a form the operation is about to close.

While the screen is locked, answers for the screens behind the lock are kept and handed
over at the unlock (`hold_answers`): a window asked for just before the lock must not open
over the lock screen. The lock screen and a client's screen are answered as always.

Nothing Qt is ever freed on the worker. A job holds its screen and closures over it; the
worker is handed only the job's number, looks the job up, and lets go of it before it says it
is done, so the UI thread always drops the last reference. Python's cycle collector runs on the
UI thread too (ui/garbage.py).
"""

from __future__ import annotations

import enum
import itertools
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from station_desk.errors import StationDeskError
from station_desk.ui import garbage, messages
from station_desk.ui.i18n import error_text
from station_desk.ui.modal import alive

T = TypeVar("T")
_job_numbers = itertools.count(1)
BUSY_DELAY_MS = 150  # quick work shows nothing; longer work shows the busy cursor and bar


class Change(enum.Flag):
    """Kinds of data an operation may change; pages reload when a kind they show changed."""

    NONE = 0
    CLIENTS = enum.auto()       # files: registration, details, status, counsellor, consent
    RECORDS = enum.auto()       # session records, addenda, drafts, signing
    APPOINTMENTS = enum.auto()
    ACTIVITIES = enum.auto()    # group activities
    HOTLINE = enum.auto()
    FOLLOWUPS = enum.auto()     # crises, referrals, follow-ups and their outcomes
    ASSESSMENTS = enum.auto()   # scales, alerts
    ACCOUNTS = enum.auto()
    SETTINGS = enum.auto()      # station profile and settings
    TIER = enum.auto()          # regimes, duty roster, surveys, self-check evidence
    BACKUPS = enum.auto()
    EXPORTS = enum.auto()       # statistics packages sent
    ALL = (CLIENTS | RECORDS | APPOINTMENTS | ACTIVITIES | HOTLINE | FOLLOWUPS | ASSESSMENTS
           | ACCOUNTS | SETTINGS | TIER | BACKUPS | EXPORTS)


# Input that a running change operation holds back; painting, timers and resizes go on.
_HELD_INPUT = frozenset({
    QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseButtonDblClick, QEvent.Type.KeyPress, QEvent.Type.KeyRelease,
    QEvent.Type.Shortcut, QEvent.Type.ShortcutOverride, QEvent.Type.Wheel,
})


class _Superseded(Exception):
    """A newer query of the same kind was asked for before this one ran."""


@dataclass(eq=False)
class _Job:
    parent: QWidget | None
    call: Callable[[], Any]
    changes: Change
    holds_input: bool
    initiator: object | None
    on_success: Callable[[Any], None] | None = None
    on_failure: Callable[[StationDeskError], None] | None = None
    errors: Any = None  # a records.common.FormErrors, duck-typed (show, clear)
    latest: str | None = None
    result: Any = None
    error: BaseException | None = None
    done: threading.Event = field(default_factory=threading.Event)
    number: int = field(default_factory=lambda: next(_job_numbers))


@dataclass(eq=False)
class _Background:
    call: Callable[[Callable[[], bool]], bool]
    give_way: threading.Event = field(default_factory=threading.Event)
    ended: threading.Event = field(default_factory=threading.Event)  # never to run again
    finished: threading.Event = field(default_factory=threading.Event)  # and not running


@dataclass(frozen=True)
class _Lock:
    owner: QWidget  # the locked window
    behind: Callable[[QWidget], bool]  # a screen its lock hides


class Operations(QObject):
    """The app's one runner (see `runner()`)."""

    changed = Signal(object, object)  # Change, initiator (the screen that asked, or None)
    busyChanged = Signal(bool)
    _finished = Signal(int)  # the job's number
    _background_failed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="station-op")
        self._background: _Background | None = None
        self._pending: dict[int, _Job] = {}  # by number; the UI thread's, and the only owner
        self._latest: dict[str, _Job] = {}
        self._holding = 0
        self._lock: _Lock | None = None  # while a window is locked (`hold_answers`)
        self._kept: list[_Job] = []  # answers for screens behind the lock (`hold_answers`)
        self._busy = False
        self._busy_timer = QTimer(self)
        self._busy_timer.setSingleShot(True)
        self._busy_timer.setInterval(BUSY_DELAY_MS)
        self._busy_timer.timeout.connect(self._show_busy)
        # Queued: the worker emits, the UI thread delivers, in order.
        self._finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._background_failed.connect(self._background_error,
                                        Qt.ConnectionType.QueuedConnection)
        garbage.collect_on_ui_thread()  # from now on the worker allocates: never collect there

    # -- asking --------------------------------------------------------------------------
    def submit(self, job: _Job) -> None:
        if self._background is not None:
            self._background.give_way.set()  # what is asked for now goes first
        self._pending[job.number] = job
        if job.latest is not None:
            self._latest[job.latest] = job
        if job.holds_input:
            if self._holding == 0:
                app = QCoreApplication.instance()
                if app is not None:
                    app.installEventFilter(self)
            self._holding += 1
        if not self._busy_timer.isActive() and not self._busy:
            self._busy_timer.start()
        self._executor.submit(self._work, job.number)

    def _work(self, number: int) -> None:
        """On the worker thread: run the call, keep what came of it, hand it back by its
        number, holding no reference to it any more (see the module's notes)."""
        job = self._pending[number]
        try:
            if job.latest is not None and self._latest.get(job.latest) is not job:
                raise _Superseded
            job.result = job.call()
        except BaseException as exc:  # handed to the UI thread, which decides
            job.error = exc
        finally:
            done = job.done
            del job
            done.set()
            self._finished.emit(number)

    # -- background work -----------------------------------------------------------------
    def background(self, call: Callable[[Callable[[], bool]], bool]) -> None:
        """Run `call(should_stop)` on the worker when it is free: it returns True when it is
        done, False when it gave way (then it runs again after what was asked for). One at a
        time: a new one replaces the old, which stops at its next look at `should_stop`."""
        if self._background is not None:
            self._background.ended.set()
            self._background.give_way.set()
        self._background = _Background(call)
        self._queue_background(self._background)

    def _queue_background(self, work: _Background) -> None:
        work.give_way.clear()
        self._executor.submit(self._run_background, work)

    def _run_background(self, work: _Background) -> None:
        """On the worker thread."""
        def stop() -> bool:
            return work.give_way.is_set() or work.ended.is_set()

        try:
            done = work.ended.is_set() or work.call(stop)
        except BaseException as exc:  # noqa: BLE001 - handed to the UI thread, which decides
            work.ended.set()
            self._background_failed.emit(exc)
            done = True
        if done or work.ended.is_set():
            work.ended.set()
            work.finished.set()
        else:  # gave way: behind what was asked for meanwhile (the executor keeps the order)
            self._queue_background(work)

    @Slot(object)
    def _background_error(self, exc: BaseException) -> None:
        """Work nobody asked for tells nobody of a refusal (a damaged page is met again, and
        reported, by the next operation that reads it); a bug goes to the crash handler."""
        if as_refusal(exc) is None:
            raise exc

    @property
    def background_running(self) -> bool:
        return self._background is not None and not self._background.finished.is_set()

    # -- answering -----------------------------------------------------------------------
    @Slot(int)
    def _deliver(self, number: int) -> None:
        job = self._pending.pop(number)
        if job.holds_input:
            self._holding -= 1
            if self._holding == 0:
                app = QCoreApplication.instance()
                if app is not None:
                    app.removeEventFilter(self)
        if not self._pending:
            self._end_busy()
        superseded = job.latest is not None and self._latest.get(job.latest) is not job
        if job.latest is not None and not superseded:
            del self._latest[job.latest]
        if superseded or isinstance(job.error, _Superseded):
            return
        if self._lock is not None and not alive(self._lock.owner):
            self.drop_answers()  # the locked window is gone without saying so
        if self._lock is not None and isinstance(job.parent, QWidget) \
                and alive(job.parent) and self._lock.behind(job.parent):
            self._kept.append(job)  # answered at the unlock
            return
        self._answer(job)

    def _answer(self, job: _Job) -> None:
        # The screen may have gone (its window closed) while the work ran: what changed is
        # still announced, but nothing is shown on a screen that is not there.
        present = job.parent is None or alive(job.parent)
        if job.error is not None:
            refusal = as_refusal(job.error)
            if refusal is None:
                raise job.error  # a bug: the crash handler (ui/crash.py) reports it
            if present:
                self._refused(job, refusal)
            return
        if job.changes:
            self.changed.emit(job.changes, job.initiator)
        if present:
            if job.errors is not None:
                job.errors.clear()
            if job.on_success is not None:
                job.on_success(job.result)

    # -- answers kept while the screen is locked -------------------------------------------
    def hold_answers(self, owner: QWidget, behind: Callable[[QWidget], bool]) -> None:
        """`owner` is locked: an answer for a screen `behind` its lock (a page under the lock
        screen, a window put aside) waits for `release_answers`. Work asked for just before
        the lock would otherwise open its window over the lock screen: a file asked for, then
        the system's lock, showed the file. Other screens (the lock screen, a client's
        screen) are answered as always."""
        self._lock = _Lock(owner, behind)

    def release_answers(self) -> None:
        """Unlocked: the kept answers, in the order they came (one may lock again)."""
        self._lock = None
        while self._kept and self._lock is None:
            self._answer(self._kept.pop(0))

    def drop_answers(self) -> None:
        """Signed out or closed while locked: the screens they were for are going."""
        self._lock = None
        self._kept = []

    @staticmethod
    def _refused(job: _Job, refusal: StationDeskError) -> None:
        """The one place a refusal is shown: the screen's handler, its form, or a box."""
        if job.on_failure is not None:
            job.on_failure(refusal)
        elif job.errors is not None:
            job.errors.show(refusal)
        else:
            messages.error(job.parent, error_text(refusal))

    # -- busy state and held input -------------------------------------------------------
    def _show_busy(self) -> None:
        if self._pending and not self._busy:
            self._busy = True
            QGuiApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
            self.busyChanged.emit(True)

    def _end_busy(self) -> None:
        self._busy_timer.stop()
        if self._busy:
            self._busy = False
            QGuiApplication.restoreOverrideCursor()
            self.busyChanged.emit(False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        return self._holding > 0 and event.type() in _HELD_INPUT

    # -- state ---------------------------------------------------------------------------
    @property
    def idle(self) -> bool:
        """No operation is waiting, running, or waiting to be answered."""
        return not self._pending

    @property
    def busy(self) -> bool:
        return self._busy

    def drain(self, timeout: float = 60.0) -> None:
        """Wait (blocking) until the worker has finished what it was given: before the vault
        closes (sign-out, exit, restore) no operation may still be using its connection.
        The answers are delivered by the event loop afterwards, to screens that may be gone."""
        background = self._background
        if background is not None:  # stops at its next chunk, and is not queued again
            background.ended.set()
            background.give_way.set()
        for job in list(self._pending.values()):
            job.done.wait(timeout)
        if background is not None:
            background.finished.wait(timeout)


def as_refusal(exc: BaseException) -> StationDeskError | None:
    """A refusal the user is told about, or None for a bug."""
    if isinstance(exc, StationDeskError):
        return exc
    if isinstance(exc, OSError):
        return StationDeskError.from_os_error(exc)
    return None


_runner: Operations | None = None


def runner() -> Operations:
    """The application's runner, made on first use (a QApplication must exist)."""
    global _runner
    if _runner is None:
        _runner = Operations(QCoreApplication.instance())
    return _runner


class _Op(Generic[T]):
    _changes = Change.NONE
    _holds_input = False

    def __init__(self, parent: QWidget | None, call: Callable[[], T]) -> None:
        self._parent = parent
        self._call = call
        self._success: Callable[[T], None] | None = None
        self._failure: Callable[[StationDeskError], None] | None = None

    def success(self, handler: Callable[[T], None]) -> _Op[T]:
        """Called on the UI thread with the call's result (only if the screen is still there)."""
        self._success = handler
        return self

    def failure(self, handler: Callable[[StationDeskError], None]) -> _Op[T]:
        """Called instead of the usual message with the refusal (OSError included)."""
        self._failure = handler
        return self

    def _job(self, errors: Any, initiator: object | None, latest: str | None) -> _Job:
        return _Job(self._parent, self._call, self._changes, self._holds_input,
                    initiator if initiator is not None else self._parent,
                    self._success, self._failure, errors, latest)


class ChangeOp(_Op[T]):
    """A call that changes data: input is held while it runs; `changes` is announced after.

    `hold_input=False` for long work the user may carry on beside (the daily backup)."""

    def __init__(self, parent: QWidget | None, call: Callable[[], T], changes: Change, *,
                 hold_input: bool = True) -> None:
        super().__init__(parent, call)
        self._changes = changes
        self._holds_input = hold_input

    def run(self, *, errors: Any = None, initiator: object | None = None) -> None:
        """`errors`: the form's `FormErrors`, cleared on success, shown on refusal."""
        runner().submit(self._job(errors, initiator, None))


class QueryOp(_Op[T]):
    """A read that may take a while: nothing is announced and input is not held."""

    def run(self, *, errors: Any = None, latest: str | None = None) -> None:
        """`latest`: a kind name; a newer query of that kind makes this one give up."""
        runner().submit(self._job(errors, None, latest))


def refresh_on(page: QObject, changes: Change, reload: Callable[[], None]) -> None:
    """Call `reload` whenever an operation changed a kind of data in `changes` (while `page`
    exists). Pages use this rather than reloading each other."""

    relay = _Refresher(page, changes, reload)
    runner().changed.connect(relay.on_changed)


class _Refresher(QObject):
    def __init__(self, page: QObject, changes: Change, reload: Callable[[], None]) -> None:
        super().__init__(page)  # goes with the page, and its connection with it
        self.changes = changes
        self.reload = reload

    @Slot(object, object)
    def on_changed(self, changes: Change, _initiator: object) -> None:
        if changes & self.changes and not self._signed_out():
            self.reload()

    def _signed_out(self) -> bool:
        """A page left over from a session whose vault is closed reads nothing more (it
        goes with its window a moment later)."""
        session = getattr(self.parent(), "session", None)
        db = getattr(session, "db", None)
        return bool(getattr(db, "closed", False))
