"""Recording how an item of a file turned out: a crisis closed (`crises.close_crisis`), a
contact of a follow-up (`followups.record_result`), the outcome of a referral
(`referrals.set_referral_outcome`).

The steps they share are written once, here: the file must be one this user may write
(`access.require_write`); an item whose kind closes must still be open (a closed crisis or a
follow-up already done is refused, with the caller's own refusal); the outcome text is
checked like every other field; and the write is one transaction: the item's columns, the
outcome sealed again in a restricted file (`restricted.after_write`), whatever the kind
changes with it (a crisis sets the file's risk level), and exactly one audit entry.

What differs stays with each kind, in its own module, where a reader looks for it: which
results there are, what must be done first (a crisis's 24-hour follow-up), which columns are
written and what the audit entry says. A referral has no closed state: its outcome is
revised as news comes in.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from station_desk.domain.records import access
from station_desk.domain.records import restricted as sealing
from station_desk.domain.records.common import MAX_MEDIUM, Checker, today
from station_desk.domain.session import Session
from station_desk.errors import StationDeskError


@dataclass(frozen=True)
class Added:
    """`column = column + n`, counted by the database rather than read and written back."""

    n: int


@dataclass(frozen=True)
class Outcome:
    """An outcome about to be recorded on one item: the file it is in, checked writable, and
    the checker its input goes through."""

    ref: access.FileRef
    check: Checker
    table: str
    item_id: int

    def text(self, value: str, *, required: bool = True) -> str:
        """The outcome's note, checked as every outcome's note is."""
        return self.check.text("outcome", value, required=required, limit=MAX_MEDIUM)

    def record(self, session: Session, values: Mapping[str, object], action: str,
               detail: Mapping[str, object], *, also: Callable[[], None] | None = None) -> None:
        """Write it: the columns, the outcome sealed again, `also` (in the same transaction)
        and one audit entry. Input problems were collected first (`check.done()`)."""
        self.check.done()
        # Column names come from the calling module, never from input.
        columns = ", ".join(f"{name} = {name} + ?" if isinstance(value, Added)
                            else f"{name} = ?" for name, value in values.items())
        params = [value.n if isinstance(value, Added) else value for value in values.values()]
        with session.db.transaction():
            session.db.execute(f"UPDATE {self.table} SET {columns} WHERE id = ?",
                               (*params, self.item_id))
            sealing.after_write(session, self.table, self.item_id, ("outcome",))
            if also is not None:
                also()
            session.log(action, self.ref.target, dict(detail))


def begin(session: Session, table: str, item_id: int, client_id: int, *,
          closed: StationDeskError | None = None) -> Outcome:
    """Check that this user may record an outcome on the item now: the file is theirs to
    write, and the item is not closed (`closed`: the kind's refusal when it is, else None)."""
    ref = access.require_write(session, client_id)
    if closed is not None:
        raise closed
    return Outcome(ref, Checker(today(session)), table, item_id)
