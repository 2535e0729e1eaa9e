"""Headless vault commands: init, demo, verify, backup, restore, users, rekey, audit."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from station_desk.cli.common import (
    PASSWORD_PROMPT,
    RECOVERY_KEY_PROMPT,
    USER_REQUIRED,
    SecretReader,
    command,
    lang_of,
    open_session,
    print_json,
    zh_en,
)
from station_desk.domain import accounts, maintenance
from station_desk.domain.auth import TIERS, StationProfile, create_station
from station_desk.domain.clock import iso, shown_time
from station_desk.domain.roles import Role, role_label
from station_desk.errors import StationDeskError
from station_desk.i18n import N_

NEW_PASSWORD = N_("cli", "New password: ")  # a terminal's hidden prompt


def register(sub: argparse._SubParsersAction) -> None:
    p = command(sub, "init", cmd_init, help="create a station vault and its first admin",
                user=False)
    p.add_argument("--user", required=True, help="first admin's user name")
    p.add_argument("--display-name", default="", help="admin's full name")
    p.add_argument("--station-name", required=True)
    p.add_argument("--union-code", required=True)
    p.add_argument("--tier", choices=TIERS, default="complete_1")
    p.add_argument("--password-stdin", action="store_true")

    p = command(sub, "demo", cmd_demo, help="create a demo vault with fictitious data", vault=False,
                json="print the demo accounts as JSON")
    p.add_argument("--vault", type=Path, help="folder for the demo vault")
    p.add_argument("--seed", type=int, default=2026)

    command(sub, "verify", cmd_verify, help="check page integrity and the audit chain")

    p = command(sub, "backup", cmd_backup, help="write an encrypted backup")
    p.add_argument("--to", type=Path, help="backup folder (default: the configured one)")
    p.add_argument("--keep", type=int, help="backups to keep in that folder")

    p = command(sub, "restore", cmd_restore, help="replace the vault with a verified backup")
    p.add_argument("backup", type=Path)

    command(sub, "rekey", cmd_rekey, help="give the database a new key (after someone leaves)")

    command(sub, "show-key", cmd_show_key,
            help="print the raw database keys you hold (sqlcipher shell)")

    p = command(sub, "audit", cmd_audit, help="show the audit trail", json=True)
    p.add_argument("--who")
    p.add_argument("--target")
    p.add_argument("--from", dest="date_from")
    p.add_argument("--to", dest="date_to")
    p.add_argument("--limit", type=int, default=50)

    users = sub.add_parser("users", help="manage staff accounts")
    usub = users.add_subparsers(dest="users_command", required=True, metavar="ACTION")
    command(usub, "list", cmd_users_list, json=True)
    p = command(usub, "add", cmd_users_add, help="new account; its password is the next stdin line")
    p.add_argument("name")
    p.add_argument("--role", choices=[r.value for r in Role], required=True)
    p.add_argument("--display-name", default="")
    for action, helptext in (("disable", "stop an account signing in"),
                             ("unlock", "clear a lock after wrong passwords")):
        p = command(usub, action, cmd_users_simple, help=helptext)
        p.add_argument("name")
        p.set_defaults(action=action)
    p = command(usub, "enable", cmd_users_enable,
                help="let a disabled account sign in again, with a new password (next stdin line)")
    p.add_argument("name")
    p = command(usub, "reset", cmd_users_reset,
                help="set a new password (next stdin line); re-enables")
    p.add_argument("name")
    command(usub, "passwd", cmd_users_passwd,
            help="change your own password (old, then new on stdin)")
    p = command(usub, "role", cmd_users_role,
                help="change an account's role (gives or withholds the clinical records key)")
    p.add_argument("name")
    p.add_argument("--role", choices=[r.value for r in Role], required=True)
    p = command(usub, "supervise", cmd_users_supervise, help="require a supervisor's co-signature")
    p.add_argument("name")
    p.add_argument("--supervisor", help="supervisor's user name; omit to end supervision")


def cmd_init(args: argparse.Namespace) -> int:
    secrets = SecretReader(args)
    password = secrets.next(N_("cli", "New admin password: ").text(lang_of(args)))
    profile = StationProfile(args.station_name, args.union_code, args.tier)
    session, recovery = create_station(args.vault, profile, args.user,
                                       args.display_name or args.user, password)
    session.close()
    print(zh_en(args, *N_("cli", "Vault created: ")) + str(args.vault))
    print(zh_en(args, *N_("cli", "Recovery key (shown once; print it and keep it safe):")))
    print(recovery)
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from station_desk.tools.demo import DEMO_ACCOUNTS, create_demo_vault

    if args.vault is not None:
        summary = create_demo_vault(args.vault, seed=args.seed)
    else:
        summary = None
    if args.json:
        print_json({"vault": str(args.vault) if args.vault else None,
                    "accounts": DEMO_ACCOUNTS(),
                    # fictitious data: printing it lets the README's recovery flow
                    # be tried on the demo
                    "recovery_key": summary.recovery_key if summary else None,
                    "counts": summary.counts if summary else None})
        return 0
    if summary is not None:
        print(zh_en(args, *N_("cli", "Demo vault created: ")) + str(args.vault))
        print(zh_en(args, *N_("cli", "  recovery key: ")) + summary.recovery_key)
        for name, count in summary.counts.items():
            print(f"  {name}: {count}")
    for account in DEMO_ACCOUNTS():
        print(f"  {account['username']} / {account['password']}  "
              f"({role_label(account['role'], args.lang)})")
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    with open_session(args, SecretReader(args)) as session:
        report = maintenance.verify(session)
    for problem in report.errors():  # one line each, in the user's language
        print(problem.message(args.lang), file=sys.stderr)
    if not report.ok:
        return 1
    print(zh_en(args, *N_(
        "cli", "Integrity OK: all pages sound, audit chain of {audit_entries} entries "
        "intact.").format(
            audit_entries=report.audit_entries)))
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    with open_session(args, SecretReader(args)) as session:
        path = maintenance.make_backup(session, args.to, keep=args.keep)
    print(zh_en(args, *N_("cli", "Backup written: ")) + str(path))
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    secrets = SecretReader(args)
    recovery = bool(args.recovery_key_stdin)
    if not recovery and not args.user:
        raise StationDeskError("bad_input", detail=USER_REQUIRED)
    prompt = RECOVERY_KEY_PROMPT if recovery else PASSWORD_PROMPT
    secret = secrets.next(prompt.text(lang_of(args)))
    restored = maintenance.restore_backup(args.vault, args.backup, args.user, secret,
                                          recovery=recovery)
    print(zh_en(args, *N_(
        "cli", "Restored the backup made at {backup_created}; the restored vault has "
        "opened.").format(
            backup_created=restored.backup_created)))
    if restored.previous_left is None:
        print(zh_en(args, *N_(
            "cli", "The copy of the vault as it was before has been securely deleted (its old "
            "key slots open nothing any more).")))
    else:
        print(zh_en(args, *N_(
            "cli", "The copy of the vault as it was before could not be deleted yet; the next "
            "sign-in tries again: ")) + str(restored.previous_left))
    return 0


def cmd_rekey(args: argparse.Namespace) -> int:
    with open_session(args, SecretReader(args)) as session:
        maintenance.rekey(session)
    print(zh_en(args, *N_(
        "cli", "The database has a new key; every active account was re-wrapped.")))
    return 0


def cmd_show_key(args: argparse.Namespace) -> int:
    """The way out of this app: with the raw keys, the stock `sqlcipher` shell opens the files.
    Prints each compartment's key this account's slot holds (a receptionist: station.db's)."""
    with open_session(args, SecretReader(args)) as session:
        keys = maintenance.reveal_keys(session)
    print(zh_en(args, *N_(
        "cli", "Raw database keys (keep them secret; open station.db in sqlcipher, then run):")))
    print(f'PRAGMA key = "{keys["station"]}";')
    if "clinical" in keys:
        print(f"ATTACH DATABASE 'clinical.db' AS clinical KEY \"{keys['clinical']}\";")
    else:
        print(zh_en(args, *N_(
            "cli", "(Your account does not hold the key of the clinical records, clinical.db.)")))
    return 0


def cmd_audit(args: argparse.Namespace) -> int:
    from station_desk.domain import audit

    with open_session(args, SecretReader(args)) as session:
        entries = audit.read_trail(session, username=args.who, target=args.target,
                                   date_from=args.date_from, date_to=args.date_to,
                                   limit=args.limit)
        if args.json:
            print_json([{"id": e.id, "ts": e.ts, "user": e.username, "role": e.role,
                         "action": e.action, "target": e.target, "detail": e.detail}
                        for e in entries])
        else:
            for e in entries:
                print(f"{e.id:>6}  {shown_time(e.ts)}  {e.username:<12} {e.label(args.lang):<12} "
                      f"{e.target} {e.detail}")
    return 0


def cmd_users_list(args: argparse.Namespace) -> int:
    with open_session(args, SecretReader(args)) as session:
        users = accounts.list_users(session)
        seen = accounts.last_sign_ins(session)
    if args.json:
        print_json([{"username": u.username, "display_name": u.display_name,
                     "role": u.role.value, "disabled": u.disabled,
                     "needs_review": u.needs_review,
                     "last_sign_in": iso(seen[u.username]) if u.username in seen
                     else None} for u in users])
        return 0
    never = zh_en(args, *N_("cli", "never signed in"))
    for u in users:
        state = zh_en(args, *N_("cli", "disabled")) if u.disabled else ""
        last = shown_time(seen[u.username]) if u.username in seen else never
        print(f"{u.username:<16} {u.display_name:<10} {role_label(u.role, args.lang):<8} "
              f"{last:<16} {state}".rstrip())
    return 0


def cmd_users_add(args: argparse.Namespace) -> int:
    secrets = SecretReader(args)
    with open_session(args, secrets) as session:
        user = accounts.add_user(session, args.name, args.display_name or args.name, args.role,
                                 secrets.next(
                                     N_("cli", "New account's password: ").text(lang_of(args))))
    print(zh_en(args, *N_("cli", "Account created: ")) + user.username)
    return 0


def cmd_users_simple(args: argparse.Namespace) -> int:
    with open_session(args, SecretReader(args)) as session:
        if args.action == "disable":
            accounts.disable_user(session, args.name)
            print(zh_en(args, *N_(
                "cli", "Account disabled. Run `rekey` next to retire the old key.")))
        else:
            accounts.unlock_account(session, args.name)
            print(zh_en(args, *N_("cli", "Account unlocked.")))
    return 0


def cmd_users_reset(args: argparse.Namespace) -> int:
    secrets = SecretReader(args)
    with open_session(args, secrets) as session:
        accounts.reset_password(session, args.name, secrets.next(NEW_PASSWORD.text(lang_of(args))))
    print(zh_en(args, *N_("cli", "Password reset.")))
    return 0


def cmd_users_enable(args: argparse.Namespace) -> int:
    secrets = SecretReader(args)
    with open_session(args, secrets) as session:
        accounts.enable_user(session, args.name, secrets.next(NEW_PASSWORD.text(lang_of(args))))
    print(zh_en(args, *N_("cli", "Account enabled. Hand the new password to the person directly.")))
    return 0


def cmd_users_passwd(args: argparse.Namespace) -> int:
    secrets = SecretReader(args)
    with open_session(args, secrets) as session:
        old = secrets.next(N_("cli", "Current password: ").text(lang_of(args)))
        accounts.change_own_password(session, old, secrets.next(NEW_PASSWORD.text(lang_of(args))))
    print(zh_en(args, *N_("cli", "Password changed.")))
    return 0


def cmd_users_role(args: argparse.Namespace) -> int:
    with open_session(args, SecretReader(args)) as session:
        withheld = accounts.set_role(session, args.name, args.role)
    print(zh_en(args, *N_("cli", "Role changed.")))
    if withheld:
        print(zh_en(args, *N_(
            "cli", "The account no longer holds the clinical records key. Run `rekey` next to "
            "retire any copy of the old one.")))
    return 0


def cmd_users_supervise(args: argparse.Namespace) -> int:
    with open_session(args, SecretReader(args)) as session:
        accounts.set_supervision(session, args.name, args.supervisor)
    print(zh_en(args, *N_("cli", "Supervision updated.")))
    return 0
