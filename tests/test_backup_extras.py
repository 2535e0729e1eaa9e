"""Station-licensed instrument files beside the vault travel with backups and restores."""

from __future__ import annotations

import zipfile
from pathlib import Path

from conftest import ADMIN_PASSWORD
from station_desk.domain import maintenance
from station_desk.domain.session import Session


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
