"""The printing screens: preview inside the window, print through the dialog, Save as PDF only
after the warning; every print and save in the audit trail."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

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
    page.file_no.setText(file_no)
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
    view = page.preview.view
    assert view.page_count >= 3 and page.preview.print_button.isEnabled()
    assert 0 in view.rendered_pages()
    assert len(view.rendered_pages()) < view.page_count  # far pages wait until scrolled to
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())
    assert view.page_count - 1 in view.rendered_pages()
    assert 0 not in view.rendered_pages()  # and pages scrolled away give their memory back
    assert owner.audit.query(action="print.preview", limit=1)
    page.preview.watermark.setChecked(True)  # re-rendered, not logged again
    assert page.preview.shown is not None and page.preview.shown.pages == view.page_count


def test_save_needs_the_warning_first(qtbot: QtBot, owner: Session, tmp_path: Path,
                                      monkeypatch: pytest.MonkeyPatch, shown: object) -> None:
    page = make_page(qtbot, owner, "forms")
    page.show_preview()
    asked: list[str] = []
    folder = tmp_path / "out"
    folder.mkdir()
    monkeypatch.setattr(saving.SaveDialogs, "confirm", classmethod(lambda cls, p: False))
    monkeypatch.setattr(saving.SaveDialogs, "ask_path",
                        classmethod(lambda cls, p, s: asked.append(s) or str(folder / "f")))
    saves = len(owner.audit.query(action="print.save", limit=1000))
    assert page.preview.save_copy() is None
    assert not asked and not list(folder.iterdir())  # declined: no file dialog, no file
    monkeypatch.setattr(saving.SaveDialogs, "confirm", classmethod(lambda cls, p: True))
    copy = page.preview.save_copy()
    assert copy is not None and (folder / "f.pdf").read_bytes() == copy.pdf
    entry = owner.audit.query(action="print.save", limit=1000)
    assert len(entry) == saves + 1 and json.loads(entry[0].detail)["doc_no"] == copy.doc_number
    assert any(copy.doc_number in text for text in shown.infos)  # type: ignore[attr-defined]


def test_print_goes_through_the_dialog_and_is_audited(qtbot: QtBot, owner: Session,
                                                      vault: tuple[Path, dict],
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    page = make_page(qtbot, owner, "session", vault[1]["file_no"])
    page.show_preview()
    prints = len(owner.audit.query(action="print", limit=1000))
    monkeypatch.setattr(printing.PrintDialog, "ask", classmethod(lambda cls, pr, pa, n: False))
    assert page.preview.print_copy() is None  # cancelled: nothing issued
    assert len(owner.audit.query(action="print", limit=1000)) == prints
    painted: list[bytes] = []
    monkeypatch.setattr(printing.PrintDialog, "ask", classmethod(lambda cls, pr, pa, n: True))
    monkeypatch.setattr(printing, "paint", lambda pr, pdf: painted.append(pdf) or 1)
    copy = page.preview.print_copy()
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


def test_section_registers() -> None:
    from station_desk.ui.printing import section

    registry = SectionRegistry()
    section.register(registry)
    assert registry.get("print").order == 700
