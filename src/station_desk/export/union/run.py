"""The union's whole job in one call: check every file, merge the good ones, write."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from station_desk.domain.stats.period import parse_period
from station_desk.errors import StationDeskError, register_messages
from station_desk.export.union.merge import CityReport, merge
from station_desk.export.union.output import write_report
from station_desk.export.union.registry import Registry
from station_desk.export.union.verify import Checked, check_package, choose_period, settle
from station_desk.i18n import N_

register_messages({
    "union_no_input": N_("errors", "No packages (.zip) to merge were found."),
    "union_no_period": N_(
        "errors", "No package passed the checks, so the period is unknown; give it with "
        "--period."),
})


@dataclass
class Outcome:
    period: str
    results: list[Checked]
    report: CityReport | None = None
    files: list[Path] = field(default_factory=list)

    @property
    def rejected(self) -> list[Checked]:
        return [r for r in self.results if not r.ok]


def expand(inputs: list[Path]) -> list[Path]:
    """Files as given; folders contribute their *.zip files (not their subfolders)."""
    out: list[Path] = []
    for item in inputs:
        item = Path(item)
        if item.is_dir():
            out += sorted(p for p in item.iterdir() if p.suffix.lower() == ".zip"
                          and p.is_file())
        else:
            out.append(item)
    return list(dict.fromkeys(out))


def check_all(registry: Registry, inputs: list[Path],
              period: str | None) -> tuple[str, list[Checked]]:
    files = expand(inputs)
    if not files:
        raise StationDeskError("union_no_input")
    results = [check_package(path, registry) for path in files]
    chosen = parse_period(period).code if period else choose_period(results)
    if chosen is None:
        return "", results
    settle(results, chosen)
    return chosen, results


def run_merge(registry_dir: Path, inputs: list[Path], out_dir: Path,
              period: str | None = None) -> Outcome:
    registry = Registry.load(registry_dir)
    chosen, results = check_all(registry, inputs, period)
    outcome = Outcome(chosen, results)
    if not chosen:  # the caller reports each file's reason, then "union_no_period"
        return outcome
    outcome.report = merge(chosen, sorted(registry.stations.values(), key=lambda s: s.code),
                           results)
    outcome.files = write_report(outcome.report, out_dir)
    return outcome
