"""Save as PDF: a warning first, then a file name; the preview then writes the numbered copy
(`reports.save_pdf`: audited, atomic) off the UI thread."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from station_desk.reports.document import Document
from station_desk.ui.modal import message_box


class SaveDialogs:
    """The two questions a save asks, behind classmethods tests replace."""

    @classmethod
    def confirm(cls, parent: QWidget | None) -> bool:
        title = QCoreApplication.translate("SaveDialogs", "Save as PDF")
        warning = QCoreApplication.translate(
            "SaveDialogs",
            "A PDF is not encrypted: once saved, anyone who can open the folder can read it."
            "\n\n• Save only to this PC or an encrypted location, never to a USB stick, cloud "
            "drive or chat app;\n• delete it when done;\n• this save, with its document number "
            "and location, goes into the audit trail.\n\nSave anyway?")
        answer = message_box(parent, QMessageBox.Icon.Warning, title, warning,
                             QMessageBox.StandardButton.Save
                             | QMessageBox.StandardButton.Cancel,
                             QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Save

    @classmethod
    def ask_path(cls, parent: QWidget | None, suggested: str) -> str | None:
        path, _ = QFileDialog.getSaveFileName(
            parent, QCoreApplication.translate("SaveDialogs", "Save as PDF"), suggested,
            QCoreApplication.translate("SaveDialogs", "PDF files (*.pdf)"))
        return path or None


def suggested_name(doc: Document) -> str:
    subject = re.sub(r"[\\/:*?\"<>|\s　]+", "_", doc.subject).strip("_")
    name = f"{doc.title}_{subject}" if subject else doc.title
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return str(Path(folder or ".") / f"{name}.pdf")


def ask_target(parent: QWidget | None, doc: Document) -> Path | None:
    """Warn, then ask where; the path (ending in .pdf), or None when the user backed out."""
    if not SaveDialogs.confirm(parent):
        return None
    path = SaveDialogs.ask_path(parent, suggested_name(doc))
    if not path:
        return None
    target = Path(path)
    if target.suffix.lower() != ".pdf":
        target = target.with_name(target.name + ".pdf")
    return target
