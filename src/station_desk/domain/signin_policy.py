"""Growing delays after wrong passwords, and the 15-minute lock after ten."""

from __future__ import annotations

from typing import Any

from station_desk.errors import register_messages
from station_desk.i18n import N_

LOCK_AFTER = 10
LOCK_SECONDS = 15 * 60
FREE_ATTEMPTS = 2
MAX_DELAY = 30

register_messages({
    "retry_later": N_("errors", "Too many wrong passwords; try again in {seconds} s."),
})


def delay_after(failures: int) -> int:
    """Seconds before the next attempt: none for the first slips, then doubling to 30 s."""
    if failures <= FREE_ATTEMPTS:
        return 0
    return min(MAX_DELAY, 2 ** (failures - FREE_ATTEMPTS))


def record_failure(slot: dict[str, Any], now: int) -> None:
    slot["failures"] = int(slot.get("failures", 0)) + 1
    slot["retry_after"] = now + delay_after(slot["failures"])
    if slot["failures"] >= LOCK_AFTER:
        slot["locked_until"] = now + LOCK_SECONDS


def clear(slot: dict[str, Any]) -> bool:
    """Reset the counters; True when anything changed (so the file needs saving)."""
    changed = any(slot.get(k) for k in ("failures", "retry_after", "locked_until"))
    slot.update(failures=0, retry_after=0, locked_until=0)
    return changed
