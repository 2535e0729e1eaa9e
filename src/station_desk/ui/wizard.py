"""First run: station profile, first admin account, then the recovery key, shown once."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from station_desk.domain.auth import StationProfile, create_station
from station_desk.domain.clock import Clock, system_clock
from station_desk.domain.session import Session
from station_desk.domain.users import MIN_PASSWORD, check_password, normalize_username
from station_desk.errors import StationDeskError
from station_desk.storage.vault import VaultPaths
from station_desk.ui.fonts import monospace_font
from station_desk.ui.i18n import arg
from station_desk.ui.icons import app_icon
from station_desk.ui.labels import app_title, tier_choices
from station_desk.ui.operations import Change, ChangeOp
from station_desk.ui.recovery_print import print_recovery_key
from station_desk.ui.widgets import ErrorLabel, password_edit


class StationPage(QWizardPage):
    def __init__(self, root: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Station profile"))
        self.setSubTitle(self.tr("These details appear on printed ledgers and reports. "
                                 "An administrator can change them later."))
        self.folder = QLineEdit(str(root))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        self.name = QLineEdit()
        self.union_code = QLineEdit()
        self.tier = QComboBox()
        for code, label in tier_choices():
            self.tier.addItem(label, code)
        self.address = QLineEdit()
        self.error = ErrorLabel()
        form = QFormLayout(self)
        form.addRow(self.tr("Data folder"), folder_row)
        form.addRow(self.tr("Station name"), self.name)
        form.addRow(self.tr("Union code"), self.union_code)
        form.addRow(self.tr("Station tier"), self.tier)
        form.addRow(self.tr("Address (optional)"), self.address)
        form.addRow(self.error)

    def _choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Choose the data folder"),
                                                  self.folder.text())
        if chosen:
            self.folder.setText(str(Path(chosen) / "station-vault"))

    def profile(self) -> StationProfile:
        return StationProfile(self.name.text(), self.union_code.text(),
                              str(self.tier.currentData()), self.address.text())

    def root(self) -> Path:
        return Path(self.folder.text().strip()).expanduser()

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        try:
            self.profile().validate()
            if not self.folder.text().strip() or not self.root().is_absolute():
                self.error.show_text(self.tr("Choose a data folder (a full path)."))
                return False
            paths = VaultPaths(self.root())
            if paths.db.exists() or paths.slots.exists():
                raise StationDeskError("vault_exists", path=str(self.root()))
        except StationDeskError as exc:
            self.error.show_error(exc)
            return False
        self.error.clear_text()
        return True


class AdminPage(QWizardPage):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("First administrator"))
        self.setSubTitle(self.tr("The station administrator manages accounts, backups and "
                                 "the audit trail."))
        self.username = QLineEdit()
        self.username.setPlaceholderText(self.tr("letters, digits, '.', '_' or '-'"))
        self.display_name = QLineEdit()
        self.password = password_edit()
        self.password.setPlaceholderText(arg(self.tr("at least %1 characters"), MIN_PASSWORD))
        self.password2 = password_edit()
        self.error = ErrorLabel()
        form = QFormLayout(self)
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Display name"), self.display_name)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("Password again"), self.password2)
        form.addRow(self.error)
        # Past this page the vault exists; going back would suggest it could be undone.
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Create station"))
        self.creating = False

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        """Create the station: on the worker (Argon2id and a new vault take a while), then
        forward again once it exists. Qt asks synchronously, so the first answer is "not
        yet"; the success handler moves the wizard on, and this page then says yes."""
        if self._wizard.session is not None:
            return True
        if self.creating:
            return False
        if self.password.text() != self.password2.text():
            self.error.show_text(self.tr("The two passwords differ."))
            return False
        self.creating = True
        ChangeOp(self, self._wizard.creation(self.username.text(), self.display_name.text(),
                                             self.password.text()), Change.NONE).success(
            self._created).failure(self._refused).run()
        return False

    def _created(self, created: tuple[Session, str]) -> None:
        self.creating = False
        self._wizard.session, self._wizard.recovery_key = created
        self.password.clear()
        self.password2.clear()
        self.error.clear_text()
        self._wizard.next()

    def _refused(self, exc: StationDeskError) -> None:
        self.creating = False
        self.error.show_error(exc)


class RecoveryPage(QWizardPage):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("Recovery key"))
        self.setSubTitle(self.tr("If every administrator password is lost, only this key "
                                 "opens the station's records. It is shown only now."))
        self.key = QLabel()
        self.key.setFont(monospace_font(max(18.0, self.font().pointSizeF() * 2)))
        self.key.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key.setWordWrap(True)
        self.key.setObjectName("recoveryKey")
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.clicked.connect(self._print)
        self.confirm = QCheckBox(self.tr("I have printed or written down the recovery key and "
                                         "stored it safely"))
        self.registerField("recoveryConfirmed*", self.confirm)
        advice = QLabel(self.tr("Keep the key away from this computer, for example in the "
                                "station's locked cabinet. Anyone holding it can open every "
                                "record."))
        advice.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.key)
        layout.addWidget(advice)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.print_button)
        layout.addLayout(row)
        layout.addStretch(1)
        layout.addWidget(self.confirm)

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        self.key.setText(self._wizard.recovery_key)

    def _print(self) -> None:
        print_recovery_key(self, self._wizard.recovery_key, self._wizard.station_name())


class FirstRunWizard(QWizard):
    """Creates the vault when the admin page is committed; `stationCreated` carries the
    admin's open session once the recovery key has been acknowledged."""

    stationCreated = Signal(object)

    def __init__(self, root: Path, *, clock: Clock = system_clock,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.clock = clock
        self.session: Session | None = None
        self.recovery_key = ""
        self.setWindowTitle(arg(self.tr("Set up %1"), app_title()))
        self.setWindowIcon(app_icon())
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setMinimumSize(640, 480)
        self.station_page = StationPage(root, self)
        self.admin_page = AdminPage(self)
        self.recovery_page = RecoveryPage(self)
        for page in (self.station_page, self.admin_page, self.recovery_page):
            self.addPage(page)
        self.currentIdChanged.connect(self._page_changed)

    def station_name(self) -> str:
        return self.station_page.profile().name.strip()

    def creation(self, username: str, display_name: str,
                 password: str) -> Callable[[], tuple[Session, str]]:
        """The station's creation, read from the pages here; the call runs on the worker
        and returns the admin's session and the recovery key."""
        root, profile, clock = self.station_page.root(), self.station_page.profile(), self.clock

        def create() -> tuple[Session, str]:
            normalize_username(username)
            check_password(password)
            return create_station(root, profile, username, display_name, password,
                                  clock=clock)
        return create

    def _page_changed(self, _page_id: int) -> None:
        # Once the vault exists, leaving without acknowledging the key is not offered.
        on_recovery = self.currentPage() is self.recovery_page
        self.setOption(QWizard.WizardOption.NoCancelButton, on_recovery)

    def reject(self) -> None:
        if self.session is not None:
            return
        super().reject()

    def accept(self) -> None:
        if self.session is None or not self.recovery_page.confirm.isChecked():
            return
        super().accept()
        self.stationCreated.emit(self.session)
