"""The printing screens: preview inside the window, print through the dialog, Save as PDF only
after the warning; every print and save in the audit trail."""

from __future__ import annotations

import json
import os
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot
from ui_helpers import settle

from station_desk.domain.session import Session
from station_desk.ui.printing import printer as printing
from station_desk.ui.printing import save as saving
from station_desk.ui.printing.page import PrintPage, available_kinds
from station_desk.ui.printing.raster import PdfPages
from station_desk.ui.sections import SectionRegistry

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from test_reports_support import RECEPTION, sign, vault_fixtures  # noqa: E402

vault, owner = vault_fixtures("print-ui")


def make_page(qtbot: QtBot, session: Session, kind: str, file_no: str = "") -> PrintPage:
    page = PrintPage(session)
    qtbot.addWidget(page)
    page.resize(900, 700)
    page.show()
    page.kind.setCurrentIndex(page.kind.findData(kind))
    page.picker.search.setText(file_no)  # the picker finds the file by its number
    settle(qtbot)
    assert page.picker.file_no() == (file_no or None)
    return page


def test_receptionist_is_offered_blank_forms_only(qtbot: QtBot, vault: tuple[Path, dict]) -> None:
    with sign(vault[0], RECEPTION) as s:
        assert available_kinds(s) == ["forms"]
        page = PrintPage(s)
        qtbot.addWidget(page)
        assert [page.kind.itemData(i) for i in range(page.kind.count())] == ["forms"]


def test_preview_renders_in_the_window_lazily(qtbot: QtBot, owner: Session,
                                              vault: tuple[Path, dict]) -> None:
    page = make_page(qtbot, owner, "case", vault[1]["file_no"])
    assert not page.preview.print_button.isEnabled()
    page.show_preview()
    settle(qtbot)
    view = page.preview.view
    assert view.page_count >= 3 and page.preview.print_button.isEnabled()
    assert 0 in view.rendered_pages()
    assert len(view.rendered_pages()) < view.page_count  # far pages wait until scrolled to
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())
    assert view.page_count - 1 not in view.rendered_pages()  # rasterised on the worker
    settle(qtbot)
    assert view.page_count - 1 in view.rendered_pages()
    assert 0 not in view.rendered_pages()  # and pages scrolled away give their memory back
    assert owner.audit.query(action="print.preview", limit=1)
    page.preview.watermark.setChecked(True)  # re-rendered, not logged again
    settle(qtbot)
    assert page.preview.shown is not None and page.preview.shown.pages == view.page_count


def test_save_needs_the_warning_first(qtbot: QtBot, owner: Session, tmp_path: Path,
                                      monkeypatch: pytest.MonkeyPatch, shown: object) -> None:
    page = make_page(qtbot, owner, "forms")
    page.show_preview()
    settle(qtbot)
    asked: list[str] = []
    folder = tmp_path / "out"
    folder.mkdir()
    monkeypatch.setattr(saving.SaveDialogs, "confirm", classmethod(lambda cls, p: False))
    monkeypatch.setattr(saving.SaveDialogs, "ask_path",
                        classmethod(lambda cls, p, s: asked.append(s) or str(folder / "f")))
    saves = len(owner.audit.query(action="print.save", limit=1000))
    page.preview.save_copy()
    settle(qtbot)
    assert page.preview.last_issued is None
    assert not asked and not list(folder.iterdir())  # declined: no file dialog, no file
    monkeypatch.setattr(saving.SaveDialogs, "confirm", classmethod(lambda cls, p: True))
    page.preview.save_copy()
    settle(qtbot)
    copy = page.preview.last_issued
    assert copy is not None and (folder / "f.pdf").read_bytes() == copy.pdf
    entry = owner.audit.query(action="print.save", limit=1000)
    assert len(entry) == saves + 1 and json.loads(entry[0].detail)["doc_no"] == copy.doc_number
    assert any(copy.doc_number in text for text in shown.infos)  # type: ignore[attr-defined]


def test_print_goes_through_the_dialog_and_is_audited(qtbot: QtBot, owner: Session,
                                                      vault: tuple[Path, dict],
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    page = make_page(qtbot, owner, "session", vault[1]["file_no"])
    page.show_preview()
    settle(qtbot)
    prints = len(owner.audit.query(action="print", limit=1000))
    monkeypatch.setattr(printing.PrintDialog, "ask", classmethod(lambda cls, pr, pa, n: False))
    page.preview.print_copy()
    settle(qtbot)
    assert page.preview.last_issued is None  # cancelled: nothing issued
    assert len(owner.audit.query(action="print", limit=1000)) == prints
    painted: list[bytes] = []
    monkeypatch.setattr(printing.PrintDialog, "ask", classmethod(lambda cls, pr, pa, n: True))
    monkeypatch.setattr(printing, "print_pages",
                        lambda pr, pdf, done: (painted.append(pdf), done(1)))
    page.preview.print_copy()
    settle(qtbot)
    copy = page.preview.last_issued
    assert copy is not None and painted == [copy.pdf]
    entry = owner.audit.query(action="print", limit=1)[0]
    assert json.loads(entry.detail)["doc_no"] == copy.doc_number
    assert entry.target == f"file:{vault[1]['file_no']}"


def test_paint_puts_every_page_on_the_printer(qtbot: QtBot, owner: Session,
                                              tmp_path: Path) -> None:
    from station_desk import reports

    doc = reports.prepare(owner, reports.Request("forms"))
    pdf = reports.render(doc, doc_number="T", printed_by="t", printed_at="t")
    printer = printing.new_printer()
    printer.setResolution(96)  # keep the test quick
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "paper.pdf"))
    assert printing.paint(printer, pdf) == 3
    with PdfPages((tmp_path / "paper.pdf").read_bytes()) as paper:
        assert paper.count == 3


def _paper_printer(path: Path) -> QPrinter:
    printer = printing.new_printer()
    printer.setResolution(96)  # keep the test quick
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


@pytest.mark.qt_log_ignore(r"QPainter::begin\(\): Returned false")  # the printer that fails
def test_the_screens_print_a_page_at_a_time_off_the_ui_thread(
        qtbot: QtBot, owner: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from station_desk import reports

    doc = reports.prepare(owner, reports.Request("forms"))
    pdf = reports.render(doc, doc_number="T", printed_by="t", printed_at="t")
    threads: list[str] = []
    page = printing._PaintJob.page

    def watched(job: printing._PaintJob, step: int) -> int:
        threads.append(threading.current_thread().name)
        return page(job, step)

    monkeypatch.setattr(printing._PaintJob, "page", watched)
    printer = _paper_printer(tmp_path / "paper.pdf")
    printer.setFromTo(2, 3)  # the dialog's page range
    done: list[int] = []
    printing.print_pages(printer, pdf, done.append)
    assert done == []  # under way: the window goes on meanwhile
    qtbot.waitUntil(lambda: bool(done))
    assert done == [2] and len(threads) == 2
    assert all(name.startswith("station-op") for name in threads)  # the operations worker
    with PdfPages((tmp_path / "paper.pdf").read_bytes()) as paper:
        assert paper.count == 2
    # A printer that cannot start (here: a folder that is not there) paints nothing.
    printing.print_pages(_paper_printer(tmp_path / "missing" / "paper.pdf"), pdf, done.append)
    qtbot.waitUntil(lambda: len(done) == 2)
    assert done[1] == 0 and not printing._RUNNING


def test_section_registers() -> None:
    from station_desk.ui.printing import section

    registry = SectionRegistry()
    section.register(registry)
    assert registry.get("print").order == 700


def test_the_client_picker_finds_by_name_only_files_one_may_print(
        qtbot: QtBot, owner: Session, vault: tuple[Path, dict]) -> None:
    page = make_page(qtbot, owner, "summary")
    picker = page.picker
    assert picker.choice.itemData(0) == "" and picker.file_no() is None  # the file seen last
    from station_desk.domain.records import files, search

    mine = files.directory_rows(owner, search.printable_file_ids(owner, limit=1000))
    other = next(e for e in mine if e.file_no != vault[1]["file_no"])
    picker.search.setText(other.name)
    settle(qtbot)
    found = [picker.choice.itemData(i) for i in range(1, picker.choice.count())]
    assert picker.file_no() in found and other.file_no in found
    assert set(found) <= {e.file_no for e in mine}  # only files this user may print
    picker.search.setText("没有这个人")
    settle(qtbot)
    assert picker.choice.count() == 1 and picker.file_no() is None
    picker.search.setText(vault[1]["file_no"])
    settle(qtbot)
    page.show_preview()
    settle(qtbot)
    assert page.preview.shown is not None and page.preview.document is not None
    assert vault[1]["file_no"] in page.preview.document.subject


@pytest.mark.skipif(not os.environ.get("STATION_DESK_SHOTS"),
                    reason="screenshots only when asked for")
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_screenshots_of_the_print_page(qtbot: QtBot, owner: Session,
                                       vault: tuple[Path, dict], lang: str) -> None:
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QApplication

    from station_desk.ui.fonts import register_bundled_font
    from station_desk.ui.i18n import LANG_PROPERTY, install_translators

    shots = Path(os.environ["STATION_DESK_SHOTS"])
    shots.mkdir(parents=True, exist_ok=True)
    register_bundled_font()
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translators = install_translators(app, lang) if lang == "zh" else []
    base = app.font()
    try:
        for scale, tag in ((1.0, "100"), (1.5, "150")):
            font = QFont(base)
            font.setPointSizeF(base.pointSizeF() * scale)
            app.setFont(font)
            page = make_page(qtbot, owner, "summary", vault[1]["file_no"])
            page.resize(1366 - 220, 768 - 60)  # beside the navigation, under the title bar
            page.show_preview()
            settle(qtbot)
            label = page.preview.pages_label  # the layout gives the page count its room
            qtbot.waitUntil(lambda label=label: label.width() >= label.sizeHint().width())
            page.grab().save(str(shots / f"print-page-{lang}-{tag}.png"))
            page.close()
    finally:
        app.setFont(base)
        for translator in translators:
            app.removeTranslator(translator)
        app.setProperty(LANG_PROPERTY, "en")
