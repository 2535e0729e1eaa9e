"""Display names for domain codes (tiers, roles, audit actions) in the running language."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from station_desk.domain.audit import ACTIONS
from station_desk.domain.auth import TIER_LABELS, TIERS
from station_desk.domain.clock import parse_iso, shown_time
from station_desk.domain.roles import ROLE_LABELS, Role
from station_desk.ui.i18n import current_lang, pick


def _tier_en() -> dict[str, str]:
    return {
        "basic_1": QCoreApplication.translate("Tier", "Basic I"),
        "basic_2": QCoreApplication.translate("Tier", "Basic II"),
        "standard": QCoreApplication.translate("Tier", "Standard"),
        "complete_1": QCoreApplication.translate("Tier", "Complete I"),
        "complete_2": QCoreApplication.translate("Tier", "Complete II"),
    }


def tier_label(tier: str) -> str:
    # The official tier names are Chinese (基础Ⅰ型…); the domain holds them, English is ours.
    if current_lang() == "en":
        return _tier_en().get(tier, tier)
    return TIER_LABELS.get(tier, tier)


def tier_choices() -> list[tuple[str, str]]:
    return [(t, tier_label(t)) for t in TIERS]


def role_label(role: Role | str) -> str:
    try:
        return pick(ROLE_LABELS[Role(role)])
    except ValueError:
        return str(role)


def action_label(action: str) -> str:
    pair = ACTIONS.get(action)
    return pick(pair) if pair else action


def app_title() -> str:
    return QCoreApplication.translate("App", "Station Desk")


def format_time(moment: dt.datetime | None) -> str:
    """Station time (`clock.shown_time`), the same on every PC whatever its own zone."""
    if moment is None:
        return QCoreApplication.translate("Time", "never")
    return shown_time(moment)


def format_iso(text: str) -> str:
    try:
        return format_time(parse_iso(text))
    except ValueError:
        return text
