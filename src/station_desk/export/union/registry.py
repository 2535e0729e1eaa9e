"""The union's registry of stations and their public keys: one JSON file in a folder.

A station is registered from the key file its admin made with `station-desk station-key`,
after the union office has read the fingerprint back to the station by phone. Registering a
different key for a known station code is refused unless `replace` is asked for, so a forged
key file cannot quietly take over a station.
"""

from __future__ import annotations

import base64
import json
from dataclasses import asdict, dataclass
from pathlib import Path

from station_desk.domain.clock import Clock, iso, system_clock
from station_desk.errors import StationDeskError, register_messages
from station_desk.export.keys import fingerprint, parse_key_file
from station_desk.i18n import N_
from station_desk.storage.atomic import atomic_write

REGISTRY_FILE = "registry.json"
REGISTRY_FORMAT = "station-desk/union-registry"

register_messages({
    "registry_invalid": N_("errors", "The registry file is damaged: {path} ({detail})"),
    "registry_conflict": N_(
        "errors", "Station {station} is already registered with another key (fingerprint "
        "{old}); use --replace to change it."),
})


@dataclass(frozen=True)
class Station:
    code: str
    name: str
    public_key: str  # base64 of the raw Ed25519 key
    fingerprint: str
    registered_at: str

    @property
    def raw_key(self) -> bytes:
        return base64.b64decode(self.public_key)


class Registry:
    def __init__(self, folder: Path, stations: dict[str, Station]) -> None:
        self.folder = Path(folder)
        self.stations = stations

    @property
    def path(self) -> Path:
        return self.folder / REGISTRY_FILE

    @classmethod
    def load(cls, folder: Path) -> Registry:
        path = Path(folder) / REGISTRY_FILE
        if not path.exists():
            return cls(Path(folder), {})
        try:
            doc = json.loads(path.read_text("utf-8"))
            if doc.get("format") != REGISTRY_FORMAT:
                raise ValueError("format")
            stations = {s["code"]: Station(**s) for s in doc["stations"]}
        except (ValueError, KeyError, TypeError) as exc:
            raise StationDeskError("registry_invalid", path=str(path), detail=str(exc)) from None
        return cls(Path(folder), stations)

    def get(self, code: str) -> Station | None:
        return self.stations.get(code)

    def register(self, key_file: bytes, *, replace: bool = False,
                 clock: Clock = system_clock) -> tuple[Station, bool]:
        """Add (or with `replace`, change) a station; returns it and whether it is new."""
        code, name, raw = parse_key_file(key_file)
        b64 = base64.b64encode(raw).decode("ascii")
        old = self.stations.get(code)
        if old is not None and old.public_key == b64:
            return old, False
        if old is not None and not replace:
            raise StationDeskError("registry_conflict", station=code, old=old.fingerprint)
        station = Station(code, name, b64, fingerprint(raw), iso(clock()))
        self.stations[code] = station
        self.save()
        return station, old is None

    def save(self) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        doc = {"format": REGISTRY_FORMAT, "version": 1,
               "stations": [asdict(s) for s in sorted(self.stations.values(),
                                                     key=lambda s: s.code)]}
        atomic_write(self.path, json.dumps(doc, ensure_ascii=False, indent=1).encode("utf-8"))
