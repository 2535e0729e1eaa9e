"""Who may do what. The matrix is data; `Session.require` enforces it for the UI and CLI alike.

Case-level rules (own cases, shared cases, restricted records, break-the-glass) sit on top of
this matrix in the records module: a permission here is necessary, not sufficient.
"""

from __future__ import annotations

from enum import StrEnum

from station_desk.i18n import N_


class Role(StrEnum):
    ADMIN = "admin"  # 站长
    COUNSELLOR = "counsellor"  # 咨询师
    RECEPTIONIST = "receptionist"  # 接待员


ROLE_LABELS = {
    Role.ADMIN: N_("domain", "Station admin"),
    Role.COUNSELLOR: N_("domain", "Counsellor"),
    Role.RECEPTIONIST: N_("domain", "Receptionist"),
}


class Permission(StrEnum):
    MANAGE_ACCOUNTS = "manage_accounts"
    VIEW_AUDIT = "view_audit"
    EDIT_STATION = "edit_station"
    BACKUP = "backup"
    RESTORE = "restore"
    REKEY = "rekey"
    EXPORT_STATISTICS = "export_statistics"
    REGISTER_CLIENT = "register_client"  # open a file with contact details, no clinical content
    VIEW_DIRECTORY = "view_directory"  # file number, name, contact, status: to find and book
    BOOK_APPOINTMENT = "book_appointment"
    LOG_ACTIVITY = "log_activity"  # group work and lectures: counts, never attendee names
    SET_TARGETS = "set_targets"
    VIEW_CLINICAL = "view_clinical"  # notes, assessment results, crisis details of own cases
    WRITE_SESSION = "write_session"
    SIGN_SESSION = "sign_session"
    ADMINISTER_ASSESSMENT = "administer_assessment"
    MANAGE_CRISIS = "manage_crisis"
    VIEW_CRISIS_OVERVIEW = "view_crisis_overview"  # which files have an open crisis, not why
    BREAK_GLASS = "break_glass"  # open another counsellor's case, with a reason on record
    SHARE_CASE = "share_case"
    PRINT_RECORDS = "print_records"  # documents with clinical content
    PRINT_LEDGERS = "print_ledgers"  # registers and reports without notes
    # the tier self-check, adopting station regimes (制度) and keeping the duty roster
    MANAGE_TIER = "manage_tier"
    # import a case another station transferred here (records/transfer.py)
    RECEIVE_TRANSFER = "receive_transfer"
    # onboarding: importing the station's existing registers; merging two files of one worker
    IMPORT_LEDGERS = "import_ledgers"


_ALL_STAFF = {Permission.REGISTER_CLIENT, Permission.VIEW_DIRECTORY,
              Permission.BOOK_APPOINTMENT, Permission.LOG_ACTIVITY}

MATRIX: dict[Role, frozenset[Permission]] = {
    Role.ADMIN: frozenset(_ALL_STAFF | {
        Permission.MANAGE_ACCOUNTS, Permission.VIEW_AUDIT, Permission.EDIT_STATION,
        Permission.BACKUP, Permission.RESTORE, Permission.REKEY,
        Permission.EXPORT_STATISTICS, Permission.SET_TARGETS,
        Permission.VIEW_CRISIS_OVERVIEW, Permission.BREAK_GLASS, Permission.PRINT_LEDGERS,
        Permission.MANAGE_TIER, Permission.RECEIVE_TRANSFER, Permission.IMPORT_LEDGERS,
    }),
    Role.COUNSELLOR: frozenset(_ALL_STAFF | {
        Permission.VIEW_CLINICAL, Permission.WRITE_SESSION, Permission.SIGN_SESSION,
        Permission.ADMINISTER_ASSESSMENT, Permission.MANAGE_CRISIS,
        Permission.VIEW_CRISIS_OVERVIEW, Permission.SHARE_CASE, Permission.PRINT_RECORDS,
        Permission.PRINT_LEDGERS,
    }),
    Role.RECEPTIONIST: frozenset(_ALL_STAFF),
}

# zh / en wording of each permission, used in "not permitted" messages and the README table.
PERMISSION_LABELS: dict[Permission, tuple[str, str]] = {
    Permission.MANAGE_ACCOUNTS: N_("domain", "manage accounts"),
    Permission.VIEW_AUDIT: N_("domain", "view the audit trail"),
    Permission.EDIT_STATION: N_("domain", "edit the station profile"),
    Permission.BACKUP: N_("domain", "make backups"),
    Permission.RESTORE: N_("domain", "restore backups"),
    Permission.REKEY: N_("domain", "rekey the database"),
    Permission.EXPORT_STATISTICS: N_("domain", "export anonymous statistics"),
    Permission.REGISTER_CLIENT: N_("domain", "register visitors"),
    Permission.VIEW_DIRECTORY: N_("domain", "look up files (basic details)"),
    Permission.BOOK_APPOINTMENT: N_("domain", "book appointments"),
    Permission.LOG_ACTIVITY: N_("domain", "log group activities"),
    Permission.SET_TARGETS: N_("domain", "set annual targets"),
    Permission.VIEW_CLINICAL: N_("domain", "see notes, assessment results and crisis details"),
    Permission.WRITE_SESSION: N_("domain", "write session records"),
    Permission.SIGN_SESSION: N_("domain", "sign session records"),
    Permission.ADMINISTER_ASSESSMENT: N_("domain", "administer assessments"),
    Permission.MANAGE_CRISIS: N_("domain", "handle crisis interventions"),
    Permission.VIEW_CRISIS_OVERVIEW: N_("domain", "see the open-crisis list"),
    Permission.BREAK_GLASS: N_("domain", "open another counsellor's case with a reason"),
    Permission.SHARE_CASE: N_("domain", "share or transfer cases"),
    Permission.PRINT_RECORDS: N_("domain", "print documents with clinical content"),
    Permission.PRINT_LEDGERS: N_("domain", "print ledgers and monthly reports"),
    Permission.MANAGE_TIER: N_(
        "domain", "run the tier self-check, adopt regimes and keep the duty roster"),
    Permission.RECEIVE_TRANSFER: N_("domain", "receive cases transferred from another station"),
    Permission.IMPORT_LEDGERS: N_("domain", "import existing registers and merge duplicate files"),
}


# Roles whose key slots hold the clinical key (storage/vault.py: the two compartments): those
# that read clinical records (counsellors), and the admin, who reads them by break-the-glass,
# sees the open-crisis overview and exports statistics computed from them. The receptionist's
# slot never holds it, so what the matrix refuses them, their key cannot decrypt either.
CLINICAL_ROLES = frozenset({Role.ADMIN, Role.COUNSELLOR})


def holds_clinical_key(role: Role | str) -> bool:
    return Role(role) in CLINICAL_ROLES


def role_can(role: Role | str, permission: Permission) -> bool:
    return permission in MATRIX[Role(role)]


def role_label(role: Role | str, lang: str = "zh") -> str:
    zh, en = ROLE_LABELS[Role(role)]
    return en if lang.startswith("en") else zh


def matrix_markdown(lang: str = "zh") -> str:
    """The matrix as a Markdown table; the README's copy is checked against this by a test."""
    roles = list(Role)
    head = "| " + (N_("domain", "Permission").text(lang)) + " | " + " | ".join(
        role_label(r, lang) for r in roles) + " |"
    lines = [head, "|---" * (len(roles) + 1) + "|"]
    for perm in Permission:
        label = PERMISSION_LABELS[perm][0 if lang == "zh" else 1]
        marks = " | ".join("✔" if role_can(r, perm) else "—" for r in roles)
        lines.append(f"| {label} | {marks} |")
    return "\n".join(lines)
