"""The export wizard: choose the period, preview every table as it will leave, write.

The preview shows the very `Content` that is then signed and written, so nothing can change
between what the admin checked and what leaves the station. Counting runs on the UI thread
under a wait cursor: a month over a million sessions takes well under two seconds.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from station_desk.domain.clock import Clock
from station_desk.domain.session import Session
from station_desk.errors import StationDeskError
from station_desk.export.build import DEFAULT_K, MAX_K, MIN_K, Content, build
from station_desk.export.keys import station_fingerprint
from station_desk.export.package import Written, default_name, write_package
from station_desk.export.period import Period, parse_period
from station_desk.ui import messages
from station_desk.ui.export.grid_model import package_table
from station_desk.ui.export.texts import t
from station_desk.ui.i18n import current_lang, error_text
from station_desk.ui.wait import busy


def choose_save_path(parent: QWidget | None, suggested: str) -> str:
    """The save dialog, in one place so tests can answer it."""
    path, _ = QFileDialog.getSaveFileName(parent, t("save_title"), suggested, t("zip_filter"))
    return path


def last_full_month(clock: Clock) -> tuple[int, int]:
    today = clock().date()
    index = today.year * 12 + today.month - 2
    return index // 12, index % 12 + 1


class PeriodPage(QWizardPage):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setTitle(t("period_title"))
        self.setSubTitle(t("period_sub"))
        self.kind = QComboBox(self)
        for code in ("month", "quarter", "year"):
            self.kind.addItem(t(code), code)
        year, month = last_full_month(session.clock)
        self.year = QSpinBox(self)
        self.year.setRange(2000, 2999)
        self.year.setValue(year)
        self.which = QSpinBox(self)
        self.which.setRange(1, 12)
        self.which.setValue(month)
        self.k = QSpinBox(self)
        self.k.setRange(MIN_K, MAX_K)  # the spin box cannot even offer a k below 3
        self.k.setValue(DEFAULT_K)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e")
        form = QFormLayout(self)
        form.addRow(t("kind"), self.kind)
        form.addRow(t("year_label"), self.year)
        form.addRow(t("which"), self.which)
        form.addRow(t("k"), self.k)
        form.addRow(self.error)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.content: Content | None = None

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        self.which.setEnabled(kind != "year")
        self.which.setMaximum(4 if kind == "quarter" else 12)

    def period(self) -> Period:
        kind, year, which = self.kind.currentData(), self.year.value(), self.which.value()
        text = {"month": f"{year}-{which:02d}", "quarter": f"{year}-Q{which}",
                "year": f"{year}"}[kind]
        return parse_period(text)

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        self.error.clear()
        try:
            with busy():
                self.content = build(self.session, self.period(), self.k.value())
        except StationDeskError as exc:
            self.error.setText(error_text(exc))
            return False
        return True


class PreviewPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(t("preview_title"))
        self.setSubTitle(t("preview_sub"))
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.list = QListWidget(self)
        self.stack = QStackedWidget(self)
        self.views: list[QTableView] = []
        split = QSplitter(self)
        split.addWidget(self.list)
        split.addWidget(self.stack)
        split.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)
        self.list.currentRowChanged.connect(self.stack.setCurrentIndex)

    def show_content(self, content: Content) -> None:
        for view in self.views:
            self.stack.removeWidget(view)
            view.deleteLater()
        self.views.clear()
        self.list.clear()
        lang = current_lang()
        for table in content.tables:
            view = QTableView(self.stack)
            view.setModel(package_table(table, lang))
            view.model().setParent(view)
            view.horizontalHeader().setStretchLastSection(True)
            view.resizeColumnsToContents()
            view.setAlternatingRowColors(True)
            self.stack.addWidget(view)
            self.views.append(view)
            self.list.addItem(table["title_en" if lang == "en" else "title_zh"])
        self.list.setCurrentRow(0)
        report = content.report
        self.summary.setText(t("summary", content.station.name, content.period.label(lang),
                               content.k, len(content.tables), content.suppressed_cells(),
                               report.primary, report.secondary))


class WritePage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(t("write_title"))
        self.setSubTitle(t("write_sub"))
        self.path = QLineEdit(self)
        browse = QPushButton(t("browse"), self)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        form = QFormLayout(self)
        form.addRow(t("file"), row)
        browse.clicked.connect(self._browse)

    def _browse(self) -> None:
        chosen = choose_save_path(self, self.path.text())
        if chosen:
            self.path.setText(chosen if chosen.lower().endswith(".zip") else chosen + ".zip")


class ExportWizard(QWizard):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(t("wizard_title"))
        self.period_page = PeriodPage(session, self)
        self.preview_page = PreviewPage(self)
        self.write_page = WritePage(self)
        for page in (self.period_page, self.preview_page, self.write_page):
            self.addPage(page)
        self.written: Written | None = None
        self.resize(900, 640)
        self.currentIdChanged.connect(self._entered)

    @property
    def content(self) -> Content | None:
        return self.period_page.content

    def _entered(self, page_id: int) -> None:
        page = self.page(page_id)
        if page is self.preview_page and self.content is not None:
            self.preview_page.show_content(self.content)
        elif page is self.write_page and self.content is not None and \
                not self.write_page.path.text():
            self.write_page.path.setText(str(Path.home() / default_name(self.content)))

    def accept(self) -> None:
        """Finish: sign and write the previewed content; stay open if that fails."""
        if self.content is None:
            return
        text = self.write_page.path.text().strip()
        if not text:
            messages.error(self, t("no_file"))
            return
        try:
            with busy():
                self.written = write_package(self.session, self.content, Path(text))
        except StationDeskError as exc:
            messages.error(self, error_text(exc))
            return
        except OSError as exc:
            messages.error(self, error_text(StationDeskError.from_os_error(exc, text)))
            return
        messages.info(self, t("written", self.written.path, self.written.sha256,
                              station_fingerprint(self.session)))
        super().accept()

    @classmethod
    def ask(cls, session: Session, parent: QWidget | None = None) -> Written | None:
        wizard = cls(session, parent)
        wizard.exec()
        return wizard.written
