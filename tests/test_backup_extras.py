"""Backups beyond the basics: instrument files travel along; automatic backups for all roles."""

from __future__ import annotations

import zipfile
from pathlib import Path

from station_desk.domain import maintenance
from station_desk.domain.session import Session

ADMIN_PASSWORD = "admin-pass-2026"  # as in conftest.py


def test_imported_instruments_round_trip_through_backup(admin: Session, vault_dir: Path,
                                                        tmp_path: Path) -> None:
    extras = vault_dir / "instruments"
    extras.mkdir()
    (extras / "sds.json").write_text('{"id": "sds"}', "utf-8")
    backup = maintenance.make_backup(admin, tmp_path / "backups")
    admin.close()
    (extras / "sds.json").unlink()

    maintenance.restore_backup(vault_dir, backup, "admin", ADMIN_PASSWORD)

    assert (vault_dir / "instruments" / "sds.json").read_text("utf-8") == '{"id": "sds"}'


def test_member_names_cannot_escape_the_vault(admin: Session, vault_dir: Path,
                                              tmp_path: Path) -> None:
    backup = maintenance.make_backup(admin, tmp_path / "backups")
    admin.close()
    with zipfile.ZipFile(backup, "a") as zf:
        zf.writestr("instruments/../escaped.json", "{}")
        zf.writestr("../outside.json", "{}")

    maintenance.restore_backup(vault_dir, backup, "admin", ADMIN_PASSWORD)

    assert not (vault_dir / "escaped.json").exists()
    assert not (vault_dir.parent / "outside.json").exists()
    assert not (vault_dir / "instruments").exists()


def test_automatic_backups_run_for_any_role_but_manual_ones_are_the_admins(
        admin: Session, tmp_path: Path) -> None:
    from station_desk.domain import accounts
    from station_desk.domain.auth import sign_in
    from station_desk.errors import StationDeskError

    accounts.add_user(admin, "reception", "前台", "receptionist", "reception-pass-1")
    root = admin.vault.paths.root
    admin.close()
    with sign_in(root, "reception", "reception-pass-1") as desk:
        made = maintenance.make_backup(desk, reason="daily")
        assert made.exists()
        assert desk.audit.query(action="backup", limit=1)[0].username == "reception"
        for kwargs in ({"reason": "manual"}, {"reason": "daily", "folder": tmp_path / "usb"}):
            try:
                maintenance.make_backup(desk, **kwargs)
            except StationDeskError as exc:
                assert exc.code == "forbidden"
            else:
                raise AssertionError(f"a receptionist made a backup with {kwargs}")
