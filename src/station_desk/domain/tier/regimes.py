"""Station regimes (制度): the service workflow, staff duties, the file-confidentiality regime
and the satisfaction-evaluation mechanism that a 完备Ⅰ station must have in writing.

We ship a template for each (`seeds/regimes/<kind>.<lang>.md`); the admin adapts one and
adopts it. Adopting never edits: each adoption is a new version, so the exact text a colleague
acknowledged stays on record. Every staff account acknowledges the current confidentiality
regime at its first sign-in and again after each new version (the admin who adopts a version
acknowledges it by adopting it); until then its work with files is refused (`Session.require`,
for the CLI and scripts as for the GUI, which asks first).

The text is plain: a first line `# Title`, `## ` section headings, numbered or `- ` items and
paragraphs separated by blank lines (`parse_blocks` reads it for printing and the screen).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from station_desk import paths
from station_desk.domain.audit import register_actions
from station_desk.domain.clock import iso
from station_desk.domain.regime_gate import ACKNOWLEDGED, unacknowledged_ids
from station_desk.domain.roles import Permission, Role, role_label
from station_desk.domain.session import Session
from station_desk.errors import StationDeskError, register_messages
from station_desk.i18n import N_

KINDS = ("workflow", "duties", "confidentiality", "satisfaction")
KIND_LABELS: dict[str, tuple[str, str]] = {
    "workflow": N_("tier", "Service workflow"),
    "duties": N_("tier", "Staff duties"),
    "confidentiality": N_("tier", "File confidentiality regime"),
    "satisfaction": N_("tier", "Satisfaction evaluation"),
}
# Regimes every account must acknowledge, at first sign-in and after each new version.
MAX_TITLE = 100
MAX_BODY = 60_000
MAX_NOTE = 500

register_actions({
    "regime.adopt": N_("tier", "regime adopted (new version)"),
    "regime.acknowledge": N_("tier", "regime acknowledged"),
})
register_messages({
    "regime_unknown_kind": N_("errors", "No such regime: {kind} (one of {kinds})"),
    "regime_empty": N_("errors", "The regime's {part} cannot be empty."),
    "regime_too_long": N_(
        "errors", "The regime's {part} has {count} characters, more than {limit}."),
    "regime_unchanged": N_(
        "errors", "Identical to the current version {version}; no new version made."),
    "regime_not_current": N_(
        "errors", "Only the current version can be acknowledged ({title} is now version "
        "{version})."),
    "regime_none": N_("errors", "The {label} has not been adopted yet."),
    "regime_no_account": N_(
        "errors", "Signed in with the recovery key: sign in with your own account to "
        "acknowledge."),
})


@dataclass(frozen=True)
class Template:
    kind: str
    lang: str
    title: str
    body: str


@dataclass(frozen=True)
class Regime:
    id: int
    kind: str
    version: int
    title: str
    body: str
    change_note: str
    adopted_at: str
    adopted_by: int | None
    adopted_name: str

    @property
    def label(self) -> tuple[str, str]:
        return KIND_LABELS[self.kind]

    @property
    def digest(self) -> str:
        return body_digest(self.title, self.body)


@dataclass(frozen=True)
class Acknowledgement:
    """One active account and whether (and when) it acknowledged a regime version."""

    user_id: int
    username: str
    display_name: str
    role: str
    acknowledged_at: str | None


def body_digest(title: str, body: str) -> str:
    return hashlib.sha256(f"{title}\n{body}".encode()).hexdigest()


def check_kind(kind: str) -> str:
    if kind not in KINDS:
        raise StationDeskError("regime_unknown_kind", kind=kind, kinds="、".join(KINDS))
    return kind


# --------------------------------------------------------------------------- templates


def split_title(text: str) -> tuple[str, str]:
    """A template or file as (title, body): the first `# ` line is the title."""
    lines = text.replace("\r\n", "\n").strip("\n").split("\n")
    if lines and lines[0].startswith("# "):
        return lines[0][2:].strip(), "\n".join(lines[1:]).strip("\n")
    return "", "\n".join(lines).strip("\n")


def template(kind: str, lang: str = "zh") -> Template:
    """The text we ship for `kind`, in Chinese or English, for the admin to adapt."""
    check_kind(kind)
    code = "en" if lang.startswith("en") else "zh"
    path = paths.seeds_dir() / "regimes" / f"{kind}.{code}.md"
    try:
        text = path.read_text("utf-8")
    except OSError:
        raise StationDeskError("seed_missing", path=str(path)) from None
    title, body = split_title(text)
    return Template(kind, code, title, body)


# --------------------------------------------------------------------------- reading

_COLUMNS = ("id, kind, version, title, body, change_note, adopted_at, adopted_by,"
            " adopted_name")


def _regime(row: object) -> Regime:
    r = tuple(row)  # type: ignore[arg-type]
    return Regime(*r)


def current(session: Session, kind: str) -> Regime | None:
    """The version in force; any signed-in account may read the station's regimes."""
    check_kind(kind)
    row = session.db.one(f"SELECT {_COLUMNS} FROM regimes WHERE kind = ?"
                         " ORDER BY version DESC LIMIT 1", (kind,))
    return None if row is None else _regime(row)


def current_all(session: Session) -> dict[str, Regime]:
    found = (current(session, kind) for kind in KINDS)
    return {r.kind: r for r in found if r is not None}


def history(session: Session, kind: str) -> list[Regime]:
    """Every version, newest first."""
    check_kind(kind)
    return [_regime(r) for r in session.db.all(
        f"SELECT {_COLUMNS} FROM regimes WHERE kind = ? ORDER BY version DESC", (kind,))]


def get(session: Session, regime_id: int) -> Regime:
    row = session.db.one(f"SELECT {_COLUMNS} FROM regimes WHERE id = ?", (regime_id,))
    if row is None:
        raise StationDeskError("not_found", what=N_(
            "tier", "regime {regime_id}").format(regime_id=regime_id))
    return _regime(row)


# --------------------------------------------------------------------------- adopting


def adopt(session: Session, kind: str, title: str, body: str, change_note: str = "") -> Regime:
    """Adopt a text as the next version of `kind` (the admin; audited with its digest).
    A new confidentiality version asks every account to acknowledge it again."""
    session.require(Permission.MANAGE_TIER)
    check_kind(kind)
    title, body = (title or "").strip(), (body or "").strip("\n").rstrip()
    note = (change_note or "").strip()
    for part, value, limit in (("title", title, MAX_TITLE), ("body", body, MAX_BODY),
                               ("note", note, MAX_NOTE)):
        zh, en = {"title": N_("tier", "title"), "body": N_("tier", "text"),
                  "note": N_("tier", "change note")}[part]
        if part != "note" and not value.strip():
            raise StationDeskError("regime_empty", part_zh=zh, part_en=en)
        if len(value) > limit:
            raise StationDeskError("regime_too_long", part_zh=zh, part_en=en,
                                   count=len(value), limit=limit)
    with session.db.transaction():
        now = current(session, kind)
        if now is not None and now.title == title and now.body == body:
            raise StationDeskError("regime_unchanged", version=now.version)
        version = 1 if now is None else now.version + 1
        cur = session.db.execute(
            "INSERT INTO regimes (kind, version, title, body, change_note, adopted_at,"
            " adopted_by, adopted_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (kind, version, title, body, note, iso(session.clock()), session.user.id,
             session.user.display_name))
        session.log("regime.adopt", f"regime:{kind}",
                    {"version": version, "sha256": body_digest(title, body),
                     "chars": len(body), "note": note})
        regime = get(session, int(cur.lastrowid))
        if kind in ACKNOWLEDGED and session.user.id is not None:
            # whoever adopts a text has read it: their acknowledgement is on record with it
            _record_ack(session, regime)
    return regime


# --------------------------------------------------------------------------- acknowledging


def pending(session: Session) -> list[Regime]:
    """The regimes this account still has to acknowledge (current versions it has not)."""
    return [get(session, regime_id)
            for regime_id in unacknowledged_ids(session.db, session.user.id)]


def acknowledge(session: Session, regime_id: int) -> None:
    """This account has read the current version of a regime (audited; once per version)."""
    if session.user.id is None:
        raise StationDeskError("regime_no_account")
    regime = get(session, regime_id)
    now = current(session, regime.kind)
    assert now is not None
    if now.id != regime.id:
        raise StationDeskError("regime_not_current", title=now.title, version=now.version)
    with session.db.transaction():
        _record_ack(session, regime)


def _record_ack(session: Session, regime: Regime) -> None:
    cur = session.db.execute(
        "INSERT OR IGNORE INTO regime_acks (regime_id, user_id, acknowledged_at)"
        " VALUES (?, ?, ?)", (regime.id, session.user.id, iso(session.clock())))
    if cur.rowcount:
        session.log("regime.acknowledge", f"regime:{regime.kind}",
                    {"version": regime.version, "sha256": regime.digest})


def acknowledgements(session: Session, regime: Regime) -> list[Acknowledgement]:
    """Every active account and its acknowledgement of this version (for the admin)."""
    session.require(Permission.MANAGE_TIER)
    rows = session.db.all(
        "SELECT u.id, u.username, u.display_name, u.role, a.acknowledged_at FROM users u"
        " LEFT JOIN regime_acks a ON a.user_id = u.id AND a.regime_id = ?"
        " WHERE u.disabled = 0 ORDER BY u.role, u.username", (regime.id,))
    return [Acknowledgement(*tuple(r)) for r in rows]


def role_name(role: str, lang: str = "zh") -> str:
    return role_label(Role(role), lang)


# --------------------------------------------------------------------------- layout


@dataclass(frozen=True)
class Block:
    kind: str  # "heading", "item" or "para"
    text: str
    number: str = ""  # "1." for numbered items, "•" for bullets


def parse_blocks(body: str) -> list[Block]:
    """The body as headings, list items and paragraphs (for printing and the screen)."""
    import re

    blocks: list[Block] = []
    para: list[str] = []

    def flush() -> None:
        if para:
            blocks.append(Block("para", "".join(para) if _cjk(para) else " ".join(para)))
            para.clear()

    for raw in body.replace("\r\n", "\n").split("\n"):
        line = raw.strip()
        if not line:
            flush()
            continue
        if line.startswith("#"):
            flush()
            blocks.append(Block("heading", line.lstrip("#").strip()))
            continue
        numbered = re.match(r"^(\d{1,3}[.、）)])\s*(.+)$", line)
        if numbered:
            flush()
            blocks.append(Block("item", numbered.group(2), numbered.group(1)))
            continue
        if line.startswith(("- ", "* ", "• ")):
            flush()
            blocks.append(Block("item", line[2:].strip(), "•"))
            continue
        para.append(line)
    flush()
    return blocks


def _cjk(lines: list[str]) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in "".join(lines))
