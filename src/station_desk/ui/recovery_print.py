"""Printing the recovery key straight from memory: no PDF or temporary file on disk."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from station_desk.ui.labels import app_title


def recovery_sheet(key: str, station_name: str) -> QTextDocument:
    title = QCoreApplication.translate("RecoveryPrint", "Recovery key")
    advice = QCoreApplication.translate(
        "RecoveryPrint", "This key opens the vault if every password is lost. "
        "Keep this sheet locked away, apart from the computer.")
    doc = QTextDocument()
    doc.setHtml(
        f"<h2>{html.escape(app_title())} — {html.escape(title)}</h2>"
        f"<p>{html.escape(station_name)}</p>"
        f"<p style='font-family: monospace; font-size: 20pt'><b>{html.escape(key)}</b></p>"
        f"<p>{html.escape(advice)}</p>")
    return doc


def print_recovery_key(parent: QWidget, key: str, station_name: str) -> bool:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    # Never let "print to file" default to a PDF lying around with the key in it.
    printer.setOutputFileName("")
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("RecoveryPrint", "Print recovery key"))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    recovery_sheet(key, station_name).print_(printer)
    return True
