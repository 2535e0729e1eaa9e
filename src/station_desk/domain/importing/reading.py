"""Reading a register file: the first sheet of an .xlsx (openpyxl), or a .csv in UTF-8 (with or
without the byte-order mark Excel adds) or GBK, which Chinese Excel writes by default.

A register often has a title row or two above its header ("2024年心理咨询登记表"): the header is
the first row, among the first ten, that has at least two non-empty cells and more non-empty
cells than any row above it. Rows with nothing in them are skipped; every row keeps its line
number in the file, which is how the preview and the errors name it.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from station_desk.errors import StationDeskError, register_messages
from station_desk.i18n import N_

register_messages({
    "ledger_bad_format": N_(
        "errors", "Only .xlsx or .csv registers can be imported: {path}. Save an old .xls as "
        ".xlsx in Excel first."),
    "ledger_missing": N_("errors", "Register file not found: {path}"),
    "ledger_unreadable": N_(
        "errors", "Cannot read the register {path}: the file is damaged or not an Excel file."),
    "ledger_encoding": N_(
        "errors", "Cannot tell the encoding of the CSV file {path} (UTF-8 and GBK are "
        "supported). Save it from Excel as “CSV UTF-8”."),
    "ledger_empty": N_("errors", "No header row and data rows were found in the register {path}."),
    "ledger_too_big": N_(
        "errors", "The register {path} has {count} rows, more than the {limit} one import "
        "takes; split it into several files."),
})

SUFFIXES = (".xlsx", ".xlsm", ".csv")
MAX_ROWS = 20_000  # ten years of a busy station's register; more is a mistake or an attack
_HEADER_SCAN = 10


@dataclass(frozen=True)
class Ledger:
    """A register as read: its header cells and its data rows (line number, cells)."""

    name: str
    headers: tuple[str, ...]
    rows: tuple[tuple[int, tuple[Any, ...]], ...]


def read_ledger(path: Path | str) -> Ledger:
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise StationDeskError("ledger_bad_format", path=path.name)
    if not path.is_file():
        raise StationDeskError("ledger_missing", path=str(path))
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise StationDeskError.from_os_error(exc, str(path)) from exc
    lines = _csv_lines(raw, path) if suffix == ".csv" else _xlsx_lines(raw, path)
    return _ledger(path, lines)


def _cell(value: Any) -> Any:
    if isinstance(value, str):
        return value.strip()
    return value


def _empty(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _xlsx_lines(raw: bytes, path: Path) -> list[tuple[int, tuple[Any, ...]]]:
    from openpyxl import load_workbook

    try:
        book = load_workbook(io.BytesIO(raw), read_only=True, data_only=True)
    except Exception as exc:  # noqa: BLE001 - openpyxl raises many kinds for a bad file
        raise StationDeskError("ledger_unreadable", path=path.name) from exc
    try:
        sheet = book.worksheets[0]
        out = []
        for number, row in enumerate(sheet.iter_rows(values_only=True), start=1):
            if number > MAX_ROWS + _HEADER_SCAN + 1:
                raise StationDeskError("ledger_too_big", path=path.name, count=f"{number}+",
                                       limit=MAX_ROWS)
            out.append((number, tuple(_cell(v) for v in row)))
        return out
    finally:
        book.close()


def _csv_text(raw: bytes, path: Path) -> str:
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    for encoding in ("utf-8", "gb18030"):  # GB18030 reads all of GBK and more
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise StationDeskError("ledger_encoding", path=path.name)


def _csv_lines(raw: bytes, path: Path) -> list[tuple[int, tuple[Any, ...]]]:
    text = _csv_text(raw, path)
    try:
        dialect: Any = csv.Sniffer().sniff(text[:4096], delimiters=",\t;")
    except csv.Error:
        dialect = csv.excel
    out = []
    try:
        for number, row in enumerate(csv.reader(io.StringIO(text), dialect), start=1):
            out.append((number, tuple(_cell(v) for v in row)))
    except csv.Error as exc:
        raise StationDeskError("ledger_unreadable", path=path.name) from exc
    return out


def _ledger(path: Path, lines: list[tuple[int, tuple[Any, ...]]]) -> Ledger:
    filled = [(n, cells) for n, cells in lines if any(not _empty(c) for c in cells)]
    header_at, best = -1, 1
    for index, (_n, cells) in enumerate(filled[:_HEADER_SCAN]):
        count = sum(not _empty(c) for c in cells)
        if count > best:
            header_at, best = index, count
    if header_at < 0 or header_at + 1 >= len(filled):
        raise StationDeskError("ledger_empty", path=path.name)
    headers = tuple(_header(c) for c in filled[header_at][1])
    rows = filled[header_at + 1:]
    if len(rows) > MAX_ROWS:
        raise StationDeskError("ledger_too_big", path=path.name, count=len(rows), limit=MAX_ROWS)
    width = len(headers)
    return Ledger(path.name, headers,
                  tuple((n, tuple(cells[:width]) + (None,) * (width - len(cells)))
                        for n, cells in rows))


def _header(value: Any) -> str:
    if _empty(value):
        return ""
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    # "联系\n电话" in a wrapped header cell, full-width spaces, a trailing colon
    return "".join(str(value).split()).rstrip(":：")
