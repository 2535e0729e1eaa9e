"""The records section module the shell's registry lists; the screens live in `ui/records`."""

from station_desk.ui.records.section import register

__all__ = ["register"]
