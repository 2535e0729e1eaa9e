"""What a file offers this user now: the file window shows these actions and no others.

The writers enforce their own rules (`access.require_write`, `files.require_open`,
`consent.require_allowed`, `transfer_marks.refuse_if_transferred`, ...); this module answers
the screen's question "which of them apply here?" from the same predicates, so the window
never rebuilds a rule from the role or the file's status. In short:

- an open file the user may write into: every action of the record, schedule, crisis and
  case groups that the user's role has;
- a closed case (closed or referred out): reopening it (its counsellor), corrections to
  signed records (addenda), withdrawing consent, the copy for the worker and printing;
- a file transferred to another station: none of the actions that add to the file
  (records, appointments, follow-ups, crises, referrals, consent, ratings); addenda still
  correct signed records: the station holds them until retention and the worker's right to
  a correction stays with it (`sessions.add_addendum` says why, and what the audit records);
- consent to counselling withdrawn: no new session record;
- read-only access (an admin who opened the file with a reason): reading, printing, and
  what that admin is there to do (the copy for the worker, sending the file to another
  station); nothing that writes into it.

Actions on the selected session record (open or delete a draft, add an addendum, co-sign,
print it) are answered by `record_actions`.
"""

from __future__ import annotations

from station_desk.domain.records import access, consent, sessions, subject_copy, transfer
from station_desk.domain.records.files import CLOSED_STATUSES, ClientFile
from station_desk.domain.records.sessions import SessionRecord
from station_desk.domain.roles import Permission
from station_desk.domain.session import Session

# The record group
NEW_RECORD, EDIT_DRAFT, DELETE_DRAFT, ADDENDUM, COSIGN, RATING = (
    "new_record", "edit_draft", "delete_draft", "addendum", "cosign", "rating")
# The schedule group
BOOK, FOLLOW_UP = "book", "follow_up"
# The crisis group
CRISIS, REFERRAL = "crisis", "referral"
# The case group
REOPEN, EDIT_DETAILS, CONSENT, WITHDRAW_CONSENT, SHARE, TRANSFER_OUT, CLOSE_CASE, \
    SUBJECT_COPY = ("reopen", "edit_details", "consent", "withdraw_consent", "share",
                    "transfer_out", "close_case", "subject_copy")
# The print group
PRINT_SUMMARY, PRINT_RECORD, PRINT_CASE, PRINT_ASSESSMENT = (
    "print_summary", "print_record", "print_case", "print_assessment")

RECORD, SCHEDULE, CRISIS_GROUP, CASE, PRINT = "record", "schedule", "crisis", "case", "print"
# Each group's actions, the one used most first.
GROUPS: dict[str, tuple[str, ...]] = {
    RECORD: (NEW_RECORD, EDIT_DRAFT, ADDENDUM, COSIGN, DELETE_DRAFT, RATING),
    SCHEDULE: (BOOK, FOLLOW_UP),
    CRISIS_GROUP: (CRISIS, REFERRAL),
    CASE: (REOPEN, EDIT_DETAILS, CONSENT, WITHDRAW_CONSENT, SHARE, TRANSFER_OUT, CLOSE_CASE,
           SUBJECT_COPY),
    PRINT: (PRINT_SUMMARY, PRINT_RECORD, PRINT_CASE, PRINT_ASSESSMENT),
}
RECORD_LEVEL = frozenset({EDIT_DRAFT, DELETE_DRAFT, ADDENDUM, COSIGN, PRINT_RECORD})


def file_actions(session: Session, client: ClientFile) -> frozenset[str]:
    """The file-level actions that apply to this opened file for this user now."""
    can = session.can
    writable = access.can_write(session, client)
    is_open = client.status == "open"
    closed = client.status in CLOSED_STATUSES
    transferred = client.status == transfer.TRANSFERRED
    owner = access.is_owner(session, client)
    allowed: set[str] = set()

    if writable and is_open:
        allowed.add(FOLLOW_UP)
        allowed.add(REFERRAL)
        if consent.consent_state(session, client.id).allows("counselling"):
            allowed.add(NEW_RECORD)
        if can(Permission.REGISTER_CLIENT):
            allowed.add(CONSENT)
    if writable and can(Permission.MANAGE_CRISIS) and (is_open or client.open_crisis):
        allowed.add(CRISIS)  # an open crisis is seen through even after the case closed
    if is_open and client.access != access.BREAK_GLASS:
        if can(Permission.BOOK_APPOINTMENT):
            allowed.add(BOOK)
        if can(Permission.VIEW_DIRECTORY):
            allowed.add(RATING)
    if writable and not transferred and can(Permission.REGISTER_CLIENT):
        allowed.add(WITHDRAW_CONSENT)  # a worker's right, on a closed case too
    if can(Permission.REGISTER_CLIENT) and client.access != access.BREAK_GLASS:
        allowed.add(EDIT_DETAILS)
    if owner and is_open:
        if can(Permission.SHARE_CASE):
            allowed.add(SHARE)
        if can(Permission.WRITE_SESSION):
            allowed.add(CLOSE_CASE)
    if owner and closed and can(Permission.WRITE_SESSION):
        allowed.add(REOPEN)
    if transfer.may_export(session, client.id):
        allowed.add(TRANSFER_OUT)
    if subject_copy.can_produce(session, client.id):
        allowed.add(SUBJECT_COPY)
    if access.can_print_records(session, client.id):
        allowed.update((PRINT_SUMMARY, PRINT_CASE, PRINT_ASSESSMENT))
    return frozenset(allowed)


def record_actions(session: Session, client: ClientFile,
                   record: SessionRecord | None) -> frozenset[str]:
    """What may be done to the selected session record now (nothing without one)."""
    if record is None:
        return frozenset()
    allowed: set[str] = set()
    writable = access.can_write(session, client)
    if writable and sessions.is_own_draft(session, record):
        allowed.update((EDIT_DRAFT, DELETE_DRAFT))
    if writable and record.is_signed:
        allowed.add(ADDENDUM)
    if sessions.can_cosign(session, record):
        allowed.add(COSIGN)
    if access.can_print_records(session, client.id):
        allowed.add(PRINT_RECORD)
    return frozenset(allowed)
