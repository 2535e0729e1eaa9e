"""Plugs the assessment section (`ui/assess/`) into the main window's section registry."""

from station_desk.ui.assess.section import register

__all__ = ["register"]
