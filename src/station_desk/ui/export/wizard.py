"""The export wizard: choose the period, preview every table as it will leave, write.

The preview shows the very `Content` that is then signed and written, so nothing can change
between what the admin checked and what leaves the station. Counting runs on the UI thread
under a wait cursor: a month over a million sessions takes well under two seconds.

The words are a station manager's, not a statistician's: the protection threshold k is "keep
private any group of fewer than N people", and the preview says how many figures are withheld
and why (too few people; could be worked out from other figures, this year's earlier packages
included; zeros beside a withheld total) and which tables are left for a longer period.
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

from station_desk.domain import station_settings
from station_desk.domain.clock import Clock, shown_date
from station_desk.domain.session import Session
from station_desk.domain.stats.period import Period, parse_period, previous_month
from station_desk.errors import StationDeskError
from station_desk.export.build import MAX_K, Content, build
from station_desk.export.keys import station_fingerprint
from station_desk.export.package import Written, default_name, write_package
from station_desk.export.releases import Releases
from station_desk.ui import messages, theme
from station_desk.ui.export.grid_model import package_table
from station_desk.ui.i18n import arg, current_lang, error_text
from station_desk.ui.modal import run_modal
from station_desk.ui.operations import Change, ChangeOp, QueryOp


def choose_save_path(parent: QWidget | None, suggested: str) -> str:
    """The save dialog, in one place so tests can answer it."""
    path, _ = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("ExportWizard", "Save the statistics package"),
        suggested, QCoreApplication.translate("ExportWizard", "Statistics package (*.zip)"))
    return path


def period_of(kind: str, year: int, which: int) -> Period:
    """The period the page's boxes name (a month, a quarter or a year)."""
    text = {"month": f"{year}-{which:02d}", "quarter": f"{year}-Q{which}",
            "year": f"{year}"}[kind]
    return parse_period(text)


def last_full_month(clock: Clock) -> tuple[int, int]:
    last = previous_month(clock().date())
    return last.year, last.first.month


class ExportPeriodPage(QWizardPage):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setTitle(self.tr("Choose the period"))
        self.setSubTitle(self.tr("A month, a quarter or a year. Figures about too few people "
                                 "are withheld, so that no one can be recognised."))
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
        self.k.setSuffix(self.tr(" people"))
        self.policy = QLabel(self)
        self.policy.setWordWrap(True)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        theme.set_tone(self.error, "danger")
        form = QFormLayout(self)
        form.addRow(self.tr("&Period"), self.kind)
        form.addRow(self.tr("&Year"), self.year)
        form.addRow(self.tr("&Month / quarter"), self.which)
        form.addRow(self.tr("&Keep private any group smaller than"), self.k)
        form.addRow(self.policy)
        form.addRow(self.error)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        for box in (self.year, self.which):
            box.valueChanged.connect(self._period_changed)
        self.kind.currentIndexChanged.connect(self._period_changed)
        self.content: Content | None = None
        self._building = False  # the tables being built on the worker
        self._built = False     # built: the next validatePage says yes
        self._period_changed()

    def _period_changed(self) -> None:
        """The threshold this export can use: the station's (raised at will) for a year
        with nothing sent yet; the year's own once its first package is out; the released
        one, unchanged, for a period sent before."""
        try:
            period = self.period()
        except StationDeskError:
            return
        policy = station_settings.export_k(self.session)
        store = Releases(self.session.db)
        released = store.release(period.code)
        year_k = store.year_k(period.year)
        if released is not None:
            self.k.setRange(released.k, released.k)
            self.k.setEnabled(False)
            self.policy.setText(arg(self.tr(
                "This period was sent on %1. Exporting it again gives exactly the same "
                "tables, so nothing more can be learnt from it."),
                shown_date(released.released_at)))
        elif year_k is not None:
            self.k.setRange(year_k, year_k)
            self.k.setEnabled(False)
            self.policy.setText(arg(self.tr(
                "%1's packages already keep private every group of fewer than %2 people; "
                "all packages of a year use the same number, so that together they protect "
                "everyone."), period.year, year_k))
        else:
            self.k.setEnabled(True)
            self.k.setRange(policy, MAX_K)  # never below the station's (5 at the least)
            self.k.setValue(policy)
            self.policy.setText(arg(self.tr(
                "The station keeps private every group of fewer than %1 people (set by the "
                "station administrator). You may ask for more for this year; the first "
                "package of a year fixes it for the whole year."), policy))

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        self.which.setEnabled(kind != "year")
        self.which.setMaximum(4 if kind == "quarter" else 12)

    def period(self) -> Period:
        return period_of(self.kind.currentData(), self.year.value(), self.which.value())

    def validatePage(self) -> bool:  # noqa: N802 - Qt's name
        """The tables are built on the worker. Qt wants an answer at once: "not yet", then
        the success handler moves the wizard on and the answer is yes."""
        if self._built:
            self._built = False  # back on this page later: built again for what is chosen
            return True
        if self._building:
            return False
        self.error.clear()
        session, k = self.session, self.k.value() if self.k.isEnabled() else None
        kind, year, which = self.kind.currentData(), self.year.value(), self.which.value()
        self._building = True
        QueryOp(self, lambda: build(session, period_of(kind, year, which), k)).success(
            self._content_built).failure(self._not_built).run()
        return False

    def _content_built(self, content: Content) -> None:
        self._building = False
        self.content = content
        self._built = True
        self.wizard().next()

    def _not_built(self, exc: StationDeskError) -> None:
        self._building = False
        self.error.setText(error_text(exc))


class ExportPreviewPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Preview: every table exactly as it leaves the station"))
        self.setSubTitle(self.tr("x marks a withheld figure. Check the tables, then press "
                                 "Next."))
        self.why = QLabel(self)
        self.why.setWordWrap(True)
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
        layout.addWidget(self.why)
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
        self.summary.setText(arg(self.tr("%1 · %2 · %3 tables"), content.station.name,
                                 content.period.label(lang), len(content.tables)))
        self.why.setText(self.explain(content, lang))

    def explain(self, content: Content, lang: str) -> str:
        """How many figures are withheld and why, in a station manager's words."""
        report = content.report
        lines = [
            arg(self.tr("%1 figures are withheld (shown as x) so that no one can be "
                        "recognised:"), content.suppressed_cells()),
            arg(self.tr("· %1 concern fewer than %2 people;"), report.primary, content.k),
            arg(self.tr("· %1 could otherwise be worked out from other figures, in this "
                        "package or in the ones this station already sent for %2;"),
                report.secondary, content.period.year),
            arg(self.tr("· %1 are zeros next to a withheld total (otherwise they would show "
                        "what the few people in it have in common)."), report.zeros)]
        if content.tables_withheld:
            titles = [t["title_en" if lang == "en" else "title_zh"] for t in content.tables
                      if t["id"] in content.tables_withheld]
            lines.append(arg(self.tr("Too few people this period, so these tables are not "
                                     "shown at all (the quarter's or year's package shows "
                                     "them): %1."), (", " if lang == "en" else "、").join(titles)))
        if content.republished:
            lines.append(arg(self.tr("This period was sent on %1; this package holds exactly "
                                     "the same tables."), (content.first_released or "")[:10]))
        return "\n".join(lines)


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
        self._writing = False
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
        if self._writing:
            return
        self._writing = True
        session, content = self.session, self.content
        # Signed and written on the worker; a refusal (a full disk too) in a message box.
        ChangeOp(self, lambda: write_package(session, content, Path(text)),
                 Change.EXPORTS).success(self._written).failure(self._not_written).run()

    def _not_written(self, exc: StationDeskError) -> None:
        self._writing = False
        messages.error(self, error_text(exc))

    def _written(self, written: Written) -> None:
        self._writing = False
        self.written = written
        messages.info(self, arg(self.tr("Package written:\n%1\n\nSHA-256: %2\nStation key "
                                        "fingerprint: %3"),
                                written.path, written.sha256,
                                station_fingerprint(self.session)))
        super().accept()

    @classmethod
    def ask(cls, session: Session, parent: QWidget | None = None) -> Written | None:
        wizard = cls(session, parent)
        run_modal(wizard)
        return wizard.written
