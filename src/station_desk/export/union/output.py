"""Writing the city report into the output folder, and nowhere else."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import asdict
from pathlib import Path
from typing import Any

from station_desk.errors import StationDeskError
from station_desk.export.union.city_pdf import city_pdf
from station_desk.export.union.layout import (
    MARK_NOTE,
    Grid,
    code_labels,
    stations_grid,
    table_grid,
    targets_grid,
    verification_grid,
)
from station_desk.export.union.merge import CityReport, Figure
from station_desk.export.union.xlsx import workbook
from station_desk.storage.atomic import atomic_write


def grid_csv(grid: Grid) -> bytes:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(grid.header)
    writer.writerows([["" if v is None else v for v in row] for row in grid.rows])
    return ("\ufeff" + buf.getvalue()).encode("utf-8")


def report_json(report: CityReport) -> dict[str, Any]:
    def value(v: Any) -> Any:
        return v.as_dict() if isinstance(v, Figure) else v

    return {
        "format": "station-desk/city-report", "version": 1, "period": report.period,
        "note": MARK_NOTE,
        "stations": {"registered": [s.code for s in report.registered],
                     "reported": [r.station_code for r in report.accepted],
                     "missing": [s.code for s in report.missing()]},
        "files": [{"file": r.path.name, "station": r.station_code, "period": r.period,
                   "accepted": r.ok, "reason_zh": r.reason("zh"), "reason_en": r.reason("en"),
                   "error": r.error.code if r.error else None} for r in report.results],
        "tables": [{"id": t.id, "title_zh": t.title_zh, "title_en": t.title_en,
                    "keys": t.keys, "columns": t.columns,
                    "rows": [{"codes": list(row.codes), "label_zh": row.label_zh,
                              "label_en": row.label_en,
                              "values": {k: value(v) for k, v in row.values.items()}}
                             for row in t.rows]} for t in report.tables],
        "targets": [{**asdict(t), "pct": t.pct} for t in report.targets],
    }


def grids(report: CityReport) -> list[tuple[str, Grid]]:
    labels = code_labels(report)
    out = [("stations", stations_grid(report)),
           ("verification", verification_grid(report.results))]
    out += [(t.id, table_grid(t, labels)) for t in report.tables]
    out.append(("station_targets", targets_grid(report)))
    return out


def write_report(report: CityReport, out_dir: Path) -> list[Path]:
    out = Path(out_dir).resolve()
    out.mkdir(parents=True, exist_ok=True)
    stem = f"city_{report.period}"
    files: dict[str, bytes] = {}
    all_grids = grids(report)
    for name, grid in all_grids:
        files[f"csv/{name}.csv"] = grid_csv(grid)
    files[f"{stem}.xlsx"] = workbook([(g.title, [g.header, *g.rows]) for _, g in all_grids])
    files[f"{stem}.json"] = json.dumps(report_json(report), ensure_ascii=False,
                                       indent=1).encode("utf-8")
    files[f"{stem}.pdf"] = city_pdf(report)
    written = []
    for name, data in files.items():
        path = (out / name).resolve()
        if not path.is_relative_to(out):  # names are ours, but never trust a join
            raise StationDeskError("internal", detail=f"path {name}")
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(path, data)
        written.append(path)
    return written
