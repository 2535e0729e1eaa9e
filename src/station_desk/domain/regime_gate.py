"""Which current regime versions an account has not acknowledged yet.

Kept below both `domain.session` (which refuses work with files until nothing is waiting) and
`domain.tier.regimes` (adopting, reading, acknowledging), so the session's gate and the regimes
page ask the same question without the two modules importing each other.
"""

from __future__ import annotations

from station_desk.storage.database import Database

# The regimes every staff account acknowledges at first sign-in and after each new version.
ACKNOWLEDGED = ("confidentiality",)


def unacknowledged_ids(db: Database, user_id: int | None) -> list[int]:
    """Ids of the versions in force, of the acknowledged kinds, this account has not read.
    The recovery key (no account) is not a member of staff and is never asked."""
    if user_id is None:
        return []
    waiting = []
    for kind in ACKNOWLEDGED:
        row = db.one("SELECT id FROM regimes WHERE kind = ? ORDER BY version DESC LIMIT 1",
                     (kind,))
        if row is None:
            continue
        done = db.one("SELECT 1 FROM regime_acks WHERE regime_id = ? AND user_id = ?",
                      (row[0], user_id))
        if done is None:
            waiting.append(int(row[0]))
    return waiting
