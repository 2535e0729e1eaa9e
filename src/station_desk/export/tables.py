"""Published tables: specs that point into the disclosure model, and their JSON/CSV form.

A table row is keyed by one or two codes (`female`, or `phq9` + `mild`); `_total` marks a
margin row. Each value column is a count (published or the suppression symbol), a derived
number, or catalogue text. Nothing in a table is typed by a user: codes come from the
controlled vocabularies, labels from the same catalogues, values from the model.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from station_desk.export.disclosure import Model
from station_desk.i18n import N_

SUPPRESSED = "x"  # shown for every withheld figure, primary or complementary alike
TOTAL = "_total"
TABLE_FORMAT = "station-desk/stat-table"

Value = int | float | str


@dataclass(frozen=True)
class Column:
    key: str
    kind: str  # "count" | "number" | "text"
    label_zh: str
    label_en: str
    person: bool = True  # counts of people (suppressible) vs counts of events


@dataclass(frozen=True)
class Fixed:
    value: Value


@dataclass(frozen=True)
class Derived:
    """A mean or rate: published only when none of `inputs` is suppressed."""

    inputs: tuple[str, ...]
    compute: Callable[[Model], float | None]


Ref = str | Fixed | Derived  # a str is a cell id in the model


@dataclass
class Row:
    codes: tuple[str, ...]
    label_zh: str
    label_en: str
    cells: dict[str, Ref]


@dataclass
class TableSpec:
    id: str
    title_zh: str
    title_en: str
    keys: tuple[str, ...]  # names of the key columns
    columns: list[Column]
    rows: list[Row] = field(default_factory=list)
    note_zh: str = ""
    note_en: str = ""
    additive: bool = True  # non-total rows add up to the `_total` row of their group
    universe: str = ""  # tables sharing a universe share their grand total
    total_column: str = ""  # value columns add up to this column (two-way tables)

    def add(self, codes: Sequence[str], label: tuple[str, str], **cells: Ref) -> None:
        self.rows.append(Row(tuple(codes), label[0], label[1], dict(cells)))


def resolve(ref: Ref, model: Model) -> Value:
    if isinstance(ref, Fixed):
        return ref.value
    if isinstance(ref, Derived):
        if not model.derived_allowed(ref.inputs):
            return SUPPRESSED
        value = ref.compute(model)
        return SUPPRESSED if value is None else value
    published = model.value(ref)
    return SUPPRESSED if published is None else published


def publish(spec: TableSpec, model: Model) -> dict[str, Any]:
    """The table as it leaves the station (after suppression)."""
    columns = [{"key": k, "kind": "code", **N_("export", "Code").fields("label")}
               for k in spec.keys]
    columns += [{"key": "label_zh", "kind": "label", **N_("export", "Name (zh)").fields("label")},
                {"key": "label_en", "kind": "label", **N_("export", "Name (en)").fields("label")}]
    columns += [{"key": c.key, "kind": c.kind, "label_zh": c.label_zh, "label_en": c.label_en}
                for c in spec.columns]
    rows = []
    for row in spec.rows:
        values = [resolve(row.cells[c.key], model) if c.key in row.cells else ""
                  for c in spec.columns]
        rows.append([*row.codes, row.label_zh, row.label_en, *values])
    return {"format": TABLE_FORMAT, "id": spec.id, "title_zh": spec.title_zh,
            "title_en": spec.title_en, "note_zh": spec.note_zh, "note_en": spec.note_en,
            "keys": list(spec.keys), "additive": spec.additive, "universe": spec.universe,
            "total_column": spec.total_column, "columns": columns, "rows": rows}


def cell_ids(spec: TableSpec) -> list[str]:
    return [ref for row in spec.rows for ref in row.cells.values() if isinstance(ref, str)]


def to_csv(table: dict[str, Any]) -> bytes:
    """UTF-8 with BOM (Excel on Chinese Windows reads it as UTF-8); one header row in
    Chinese; the English name column is left to the JSON."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    keep = [i for i, c in enumerate(table["columns"]) if c["key"] != "label_en"]
    writer.writerow([table["columns"][i]["label_zh"] for i in keep])
    for row in table["rows"]:
        writer.writerow([_csv_value(row[i]) for i in keep])
    return ("\ufeff" + buf.getvalue()).encode("utf-8")


def _csv_value(value: Value) -> str:
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def display(value: Value) -> str:
    """How a cell reads on screen and paper."""
    if isinstance(value, float):
        return f"{value:.1f}" if abs(value) >= 10 else f"{value:.2f}"
    return str(value)
