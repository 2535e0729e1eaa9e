"""The export wizard: choose the period, preview every table as it will leave, write.

The preview shows the very `Content` that is then signed and written, so nothing can change
between what the admin checked and what leaves the station. Counting runs on the UI thread
under a wait cursor: a month over a million sessions takes well under two seconds.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
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
from station_desk.ui.i18n import arg, current_lang, error_text
from station_desk.ui.modal import run_modal
from station_desk.ui.wait import busy


def choose_save_path(parent: QWidget | None, suggested: str) -> str:
    """The save dialog, in one place so tests can answer it."""
    path, _ = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("ExportWizard", "Save the statistics package"),
        suggested, QCoreApplication.translate("ExportWizard", "Statistics package (*.zip)"))
    return path


def last_full_month(clock: Clock) -> tuple[int, int]:
    today = clock().date()
    index = today.year * 12 + today.month - 2
    return index // 12, index % 12 + 1


class ExportPeriodPage(QWizardPage):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setTitle(self.tr("Choose the period"))
        self.setSubTitle(self.tr("A month, a quarter or a year; the threshold k is at least 3."))
        self.kind = QComboBox(self)
        self.kind.addItem(self.tr("Month"), "month")
        self.kind.addItem(self.tr("Quarter"), "quarter")
        self.kind.addItem(self.tr("Year"), "year")
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
        form.addRow(self.tr("&Period"), self.kind)
        form.addRow(self.tr("&Year"), self.year)
        form.addRow(self.tr("&Month / quarter"), self.which)
        form.addRow(self.tr("&Threshold k"), self.k)
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


class ExportPreviewPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Preview: every table exactly as it leaves the station"))
        self.setSubTitle(self.tr("x marks a withheld figure. Check the tables, then press "
                                 "Next."))
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
            title = table["title_en" if lang == "en" else "title_zh"]
            self.list.addItem(title)
            self.list.item(self.list.count() - 1).setToolTip(title)
        # the list as wide as its longest title (English ones run long), within reason
        wanted = (self.list.sizeHintForColumn(0) + 2 * self.list.frameWidth()
                  + self.list.verticalScrollBar().sizeHint().width() + 8)
        self.list.setMinimumWidth(min(wanted, 460))
        self.list.setCurrentRow(0)
        report = content.report
        self.summary.setText(arg(
            self.tr("%1 · %2 · k = %3 · %4 tables, %5 cells withheld (below k: %6, to "
                    "prevent recomputation: %7)."),
            content.station.name, content.period.label(lang), content.k, len(content.tables),
            content.suppressed_cells(), report.primary, report.secondary))


class ExportWritePage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Write the package"))
        self.setSubTitle(self.tr("The package is signed with the station's key; send it to the "
                                 "city union the way your organisation prescribes."))
        self.path = QLineEdit(self)
        browse = QPushButton(self.tr("B&rowse…"), self)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        form = QFormLayout(self)
        label = QLabel(self.tr("&Save to"), self)
        label.setBuddy(self.path)
        form.addRow(label, row)
        browse.clicked.connect(self._browse)

    def _browse(self) -> None:
        chosen = choose_save_path(self, self.path.text())
        if chosen:
            self.path.setText(chosen if chosen.lower().endswith(".zip") else chosen + ".zip")


class ExportWizard(QWizard):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Export anonymous statistics"))
        self.period_page = ExportPeriodPage(session, self)
        self.preview_page = ExportPreviewPage(self)
        self.write_page = ExportWritePage(self)
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
            messages.error(self, self.tr("Choose where to save the package."))
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
        messages.info(self, arg(self.tr("Package written:\n%1\n\nSHA-256: %2\nStation key "
                                        "fingerprint: %3"),
                                self.written.path, self.written.sha256,
                                station_fingerprint(self.session)))
        super().accept()

    @classmethod
    def ask(cls, session: Session, parent: QWidget | None = None) -> Written | None:
        wizard = cls(session, parent)
        run_modal(wizard)
        return wizard.written
