"""Retention and destruction (issue 15): the station's retention period, the list of files
past it, destroying one in both compartments so that no byte of the worker's name, phone or
notes stays in any file of the vault (raw, and decrypted page by page with the vault's own keys,
free pages and WAL frames included), the audit trail still verifying with only a tombstone, the
statistics already released unchanged, and the worker's own deletion request (PIPL art. 47)."""

from __future__ import annotations

import datetime as dt
import json
import zipfile
from pathlib import Path

import pytest

from station_desk.domain import maintenance, retention, station_settings
from station_desk.domain.assessments import administer
from station_desk.domain.instruments import load_all
from station_desk.domain.records import (
    access,
    crises,
    drafts,
    files,
    followups,
    referrals,
    satisfaction,
    sessions,
)
from station_desk.domain.records.appointments import book_appointment
from station_desk.domain.records.consent import record_consent
from station_desk.domain.stats.period import parse_period
from station_desk.errors import StationDeskError
from station_desk.export.build import build
from station_desk.export.package import write_package
from test_offline_attacker import decrypt_database
from test_records_world import PASSWORD, World, full_input, world_fixture  # noqa: F401

NAME = "欧阳秋澄"
PHONE = "13912345678"
NOTE = "雪松湖畔的蓝色风筝"
OTHER = "司马春晖"
OTHER_NOTE = "银杏大道的黄色雨伞"


def _code(call: object) -> str:
    with pytest.raises(StationDeskError) as info:
        call()  # type: ignore[operator]
    return info.value.code


def _person(world: World, name: str, phone: str, note: str, hour: int) -> int:
    """A worker with a bit of everything a file can hold, then closed."""
    lin = world.lin
    data = files.ClientInput(name=name, gender="female", phone=phone, employer="示例市某某机械厂",
                             industry="manufacturing", emergency_contact=f"{name}的姐姐 {phone}")
    cid = files.register_visitor(lin, data).id
    record_consent(lin, cid, world.today, f"咨询与测评（{name}本人签字）", True)
    draft = sessions.save_draft(lin, cid, full_input(world.today, complaint=f"{note}，{name}说。"))
    sessions.sign_session(lin, cid, draft.id, password=PASSWORD)
    sessions.add_addendum(lin, draft.id, f"补充：{note}的梦又出现了。")
    sealed = sessions.save_draft(lin, cid, full_input(world.today, plan=f"高度保密：{note}"))
    sessions.sign_session(lin, cid, sealed.id, password=PASSWORD)
    sessions.set_session_restricted(lin, sealed.id, True)  # its text sealed to lin
    crisis = crises.open_crisis(lin, cid, "high", ["suicidal_thoughts"], ["safety_plan"],
                                f"{name}提到{note}。")
    for item in followups.list_followups(lin, cid):
        followups.complete_followup(lin, item.id, f"电话回访{name}，{note}。")
    crises.close_crisis(lin, crisis.id, f"{note}：风险下降。")
    referrals.add_referral(lin, cid, world.today, "psychiatry", "市精神卫生中心",
                           f"{note}，建议评估")
    satisfaction.record_satisfaction(lin, _scores(), f"谢谢，{note}", client_id=cid)
    administer(lin, load_all()["phq9"], cid, [1, 1, 1, 1, 1, 0, 0, 0, 0])
    book_appointment(lin, cid, f"{world.today + dt.timedelta(days=1)}T{hour}:00:00+08:00",
                     f"{world.today + dt.timedelta(days=1)}T{hour}:50:00+08:00")
    drafts.autosave(lin, "form", f"referral:{cid}:new", {"fields": {"reason": note}})
    access.break_glass(world.admin, cid, f"督导抽查{name}的记录")
    files.transfer_case(lin, cid, world.he.user.id, f"{name}希望换一位咨询师：{note}")
    drafts.discard(lin, "form", f"referral:{cid}:new")
    drafts.autosave(world.he, "form", f"referral:{cid}:new", {"fields": {"reason": note}})
    files.close_case(world.he, cid, f"结案：{name}，{note}。")
    return cid


def _scores() -> dict[str, int]:
    return {"attitude": 5, "professionalism": 4, "environment_privacy": 5, "improvement": 4,
            "overall": 5}


@pytest.fixture
def station(world: World) -> World:
    _person(world, NAME, PHONE, NOTE, 10)
    _person(world, OTHER, "13700001111", OTHER_NOTE, 14)
    return world


def _needles() -> list[bytes]:
    return [s.encode("utf-8") for s in (NAME, PHONE, NOTE)]


def _readable(session, vault: Path) -> dict[str, bytes]:  # noqa: ANN001
    """Every file of the vault folder as it lies, and each database decrypted with the
    vault's keys page by page (free pages and WAL frames included)."""
    found: dict[str, bytes] = {}
    for path in sorted(vault.rglob("*")):
        if path.is_file():
            found[path.name] = path.read_bytes()
    keys = {"station.db": session.vault.payload.db_key,
            "clinical.db": session.vault.payload.clinical_key}
    for name, key in keys.items():
        wal = vault / f"{name}-wal"
        plain = decrypt_database(key, (vault / name).read_bytes(),
                                 wal.read_bytes() if wal.exists() else b"")
        assert plain is not None, name
        found[f"{name} (decrypted)"] = plain
    return found


def _leaks(found: dict[str, bytes], needles: list[bytes]) -> list[tuple[str, str]]:
    return [(name, n.decode()) for name, data in found.items() for n in needles if n in data]


def _past_retention(world: World, years: int = 3) -> None:
    world.clock.advance(days=365 * years + 1)


def test_the_retention_period_is_set_by_the_admin_never_below_three_years(world: World) -> None:
    admin = world.admin
    assert retention.retention_years(admin) == 3 and not retention.is_policy_set(admin)
    assert _code(lambda: retention.set_retention_years(admin, 2)) == "retention_too_short"
    err = StationDeskError("retention_too_short", floor=3, years=2)
    assert "3" in err.message("zh") and "3 years" in err.message("en")
    assert _code(lambda: retention.set_retention_years(world.lin, 5)) == "forbidden"
    retention.set_retention_years(admin, 5)
    assert retention.retention_years(admin) == 5
    [entry] = admin.audit.query(action="settings.edit", target="setting:retention_years")
    assert json.loads(entry.detail) == {"old": None, "new": "5"}


def test_the_list_holds_files_from_their_retention_date_on(world: World) -> None:
    cid = world.client(name=NAME)
    files.close_case(world.lin, cid, "结案")
    file_no = files.reload(world.lin, cid).file_no
    closed = world.today  # 2026-11-02 in station time
    assert retention.due_files(world.admin) == []
    world.clock.now = dt.datetime(2029, 11, 1, 15, 59, tzinfo=dt.UTC)  # 2029-11-01 23:59 CST
    assert retention.due_files(world.admin) == []
    world.clock.now = dt.datetime(2029, 11, 1, 16, 0, tzinfo=dt.UTC)  # 2029-11-02 00:00 CST
    [due] = retention.due_files(world.admin)
    assert (due.file_no, due.closed, due.retention_date) == (file_no, closed,
                                                            dt.date(2029, 11, 2))
    assert due.records >= 1
    retention.set_retention_years(world.admin, 4)
    assert retention.due_files(world.admin) == []
    assert retention.add_years(dt.date(2028, 2, 29), 3) == dt.date(2031, 2, 28)


def test_an_open_file_and_a_file_not_due_are_refused(world: World) -> None:
    cid = world.client(name=NAME)
    file_no = files.reload(world.lin, cid).file_no
    admin = world.admin
    assert _code(lambda: retention.destroy(admin, file_no, confirm=file_no)) == \
        "retention_file_open"
    files.close_case(world.lin, cid, "结案")
    assert _code(lambda: retention.destroy(admin, file_no, confirm=file_no)) == \
        "retention_not_due"
    assert _code(lambda: retention.destroy(admin, "XL-1999-000001", confirm="x")) == \
        "retention_no_file"
    _past_retention(world)
    assert _code(lambda: retention.destroy(admin, file_no, confirm="XL")) == "retention_confirm"
    assert _code(lambda: retention.destroy(world.lin, file_no, confirm=file_no)) == "forbidden"
    assert files.find_by_number(admin, file_no) is not None


def test_destroy_leaves_no_byte_of_the_worker_in_the_vault(station: World, vault_dir: Path,
                                                           tmp_path: Path) -> None:
    admin = station.admin
    period = parse_period("2026-11")
    released = write_package(admin, build(admin, period), tmp_path / "2026-11.zip")
    # A re-export says when the period was first sent; this is the one to match afterwards.
    before_destroy = write_package(admin, build(admin, period), tmp_path / "again-before.zip")
    maintenance.make_backup(admin)
    before = _readable(admin, vault_dir)
    assert {n for _, n in _leaks(before, _needles())} == {NAME, PHONE, NOTE}  # the control

    _past_retention(station)
    due = {d.file_no: d for d in retention.due_files(admin)}
    assert len(due) == 2
    victim = next(f for f in due if files.find_by_number(admin, f).name == NAME)
    kept = next(f for f in due if f != victim)
    done = retention.destroy(admin, victim, confirm=victim)
    assert done.records == due[victim].records and done.counts["sessions"] == 2
    assert done.audit_redacted > 0

    # Nothing of the worker anywhere in the vault folder, raw or decrypted.
    assert _leaks(_readable(admin, vault_dir), _needles()) == []
    # The other worker is intact.
    other = files.find_by_number(admin, kept)
    assert other is not None and other.name == OTHER
    access.break_glass(admin, other.id, "检查")
    opened = files.open_file(admin, other.id)
    assert opened.name == OTHER
    assert OTHER_NOTE in sessions.list_sessions(admin, other.id)[0].complaint
    assert files.find_by_number(admin, victim) is None
    # verify passes: pages, both chains, the anchor, every remaining signature.
    report = maintenance.verify(admin)
    assert report.ok, [e.message("en") for e in report.errors()]
    # The tombstone: a keyed hash of the file number, the date, who, how many records.
    tag = retention.tombstone_tag(admin, victim)
    [tomb] = admin.audit.query(action=retention.DESTROY_ACTION)
    assert tomb.target == f"destroyed:{tag}" and victim not in tomb.target
    assert tomb.username == "admin"
    assert json.loads(tomb.detail)["records"] == done.records
    assert admin.audit.query(target=f"file:{victim}") == []
    history = admin.audit.query(target=f"destroyed:{tag}", limit=1000)
    assert {e.action for e in history} >= {"file.register", "session.sign", "file.close",
                                          retention.CLINICAL_ACTION}
    assert all(NAME not in e.detail and NOTE not in e.detail for e in history)
    # The month already released re-exports exactly as it was.
    again = write_package(admin, build(admin, period), tmp_path / "again.zip")
    first, second = (zipfile.ZipFile(p.path) for p in (before_destroy, again))
    assert zipfile.ZipFile(released.path).read("tables.json") == second.read("tables.json")
    for name in first.namelist():
        if name not in ("manifest.json", "signature.sig"):
            assert first.read(name) == second.read(name), name
    keep = ("created_at", "audit_head")
    strip = [{k: v for k, v in json.loads(z.read("manifest.json")).items() if k not in keep}
             for z in (first, second)]
    assert strip[0] == strip[1]

    # The backup made before still holds the file: listed, and deleted on request.
    [stale] = retention.stale_backups(admin)
    assert stale.destroyed_after == 1
    assert retention.delete_backups(admin, [stale]) == 1
    assert not stale.path.exists() and retention.stale_backups(admin) == []
    assert admin.audit.query(action=retention.BACKUPS_ACTION)
    admin.close()
    # After sign-out too (the last checkpoint), and a new sign-in verifies.
    from station_desk.domain.auth import sign_in

    with sign_in(vault_dir, "admin", "admin-pass-2026", clock=station.clock) as again_in:
        assert _leaks(_readable(again_in, vault_dir), _needles()) == []
        assert maintenance.verify(again_in).ok


def test_a_deletion_request_before_the_retention_date_needs_its_ground(station: World,
                                                                       vault_dir: Path) -> None:
    admin = station.admin
    victim = next(f.file_no for f in files_of(admin) if f.name == NAME)
    assert _code(lambda: retention.destroy(admin, victim, confirm=victim)) == "retention_not_due"
    assert _code(lambda: retention.parse_request(admin, "2026-11-01", "i_said_so")) == \
        "retention_bad_ground"
    assert _code(lambda: retention.parse_request(admin, "2027-01-01", "consent_withdrawn")) \
        == "retention_bad_request_date"
    request = retention.parse_request(admin, "2026-11-01", "consent_withdrawn")
    # A table a later feature adds, in either compartment, that names the file by client_id.
    cid = files.find_by_number(admin, victim).id
    with admin.db.transaction():
        for schema in ("main", "clinical"):
            admin.db.execute(f"CREATE TABLE {schema}.later_{schema} (id INTEGER PRIMARY KEY,"
                             f" client_id INTEGER, body TEXT)")
            admin.db.execute(f"INSERT INTO later_{schema} (client_id, body) VALUES (?, ?),"
                             f" (?, '留下')", (cid, NOTE, cid + 1))
    done = retention.destroy(admin, victim, confirm=victim, request=request)
    assert done.counts["later_main"] == done.counts["later_clinical"] == 1
    assert admin.db.all("SELECT body FROM later_clinical")[0][0] == "留下"
    assert done.request == request
    [tomb] = admin.audit.query(action=retention.DESTROY_ACTION)
    assert json.loads(tomb.detail)["ground"] == "consent_withdrawn"
    assert json.loads(tomb.detail)["requested"] == "2026-11-01"
    assert _leaks(_readable(admin, vault_dir), _needles()) == []
    assert maintenance.verify(admin).ok


def files_of(session) -> list:  # noqa: ANN001
    ids = [int(r[0]) for r in session.db.all("SELECT id FROM clients ORDER BY id")]
    return files.directory_rows(session, ids)


def test_a_backup_made_after_the_destruction_is_not_listed(station: World) -> None:
    admin = station.admin
    _past_retention(station)
    victim = next(f.file_no for f in files_of(admin) if f.name == NAME)
    retention.destroy(admin, victim, confirm=victim)
    station.clock.advance(seconds=5)
    maintenance.make_backup(admin)
    assert retention.stale_backups(admin) == []
    assert station_settings.list_backups(maintenance.backup_settings(admin)[0])


# -- the command line ----------------------------------------------------------------------------

def _old_station(root: Path) -> str:
    """A vault whose one file closed in 2022 (so it is past three years by the real clock)."""
    from station_desk.domain import accounts
    from station_desk.domain.auth import StationProfile, create_station
    from station_desk.domain.clock import FakeClock
    from station_desk.domain.session import Session

    clock = FakeClock(dt.datetime(2022, 3, 1, 2, 0, tzinfo=dt.UTC))
    admin, _ = create_station(root, StationProfile("旧服务站", "U-OLD", "complete_1"), "admin",
                              "王站长", "admin-pass-2026", clock=clock)
    with admin:
        lin = Session(admin.vault, accounts.add_user(admin, "lin", "林", "counsellor", PASSWORD),
                      clock)
        data = files.ClientInput(name=NAME, gender="female", phone=PHONE)
        cid = files.register_visitor(lin, data).id
        files.close_case(lin, cid, f"结案：{NOTE}")
        return files.reload(lin, cid).file_no


def test_the_cli_lists_and_destroys_with_one_clear_line_on_each_error(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture) -> None:
    from test_cli_vault import Cli

    cli = Cli(monkeypatch, capsys)
    root = tmp_path / "old"
    file_no = _old_station(root)
    who = ["--vault", root, "--user", "admin", "--password-stdin"]
    pw = "admin-pass-2026\n"
    assert "3" in cli.ok("retention", "policy", *who, stdin=pw)
    assert "不能少于 3 年" in cli.fails("retention", "policy", *who, "--years", "2", stdin=pw)
    assert cli.fails("--lang", "en", "retention", "policy", *who, "--years", "1", stdin=pw,
                     lang="en").startswith("The retention period cannot be shorter")
    listed = json.loads(cli.ok("retention", "list", *who, "--json", stdin=pw))
    assert [d["file_no"] for d in listed] == [file_no]
    assert listed[0]["closed"] == "2022-03-01" and listed[0]["retention_date"] == "2025-03-01"
    assert file_no in cli.ok("--lang", "en", "retention", "list", *who, stdin=pw)
    cli.fails("retention", "destroy", *who, "--file", "XL-1999-000009", stdin=pw)
    cli.fails("retention", "destroy", *who, "--file", file_no, "--request-date", "2026-01-01",
              stdin=pw)
    cli.fails("--lang", "en", "retention", "destroy", *who, "--file", file_no, "--ground",
              "nope", stdin=pw, lang="en")
    dry = cli.ok("retention", "destroy", *who, "--file", file_no, stdin=pw)
    assert "--confirm" in dry and cli.ok("retention", "list", *who, "--json", stdin=pw) != "[]\n"
    cli.ok("backup", *who, stdin=pw)
    out = cli.ok("retention", "destroy", *who, "--file", file_no, "--confirm", stdin=pw)
    assert "已销毁" in out and "backups --delete" in out
    assert json.loads(cli.ok("retention", "list", *who, "--json", stdin=pw)) == []
    assert "1" in cli.ok("retention", "backups", *who, "--delete", stdin=pw)
    assert "没有" in cli.ok("retention", "backups", *who, stdin=pw)
    assert "OK" in cli.ok("--lang", "en", "verify", *who, stdin=pw)
    raw = b"".join(p.read_bytes() for p in root.rglob("*") if p.is_file())
    assert NAME.encode() not in raw and PHONE.encode() not in raw


def test_a_broken_audit_chain_is_not_rewritten(station: World) -> None:
    """Re-chaining a trail that already fails would make a forgery verify: refused."""
    admin = station.admin
    _past_retention(station)
    victim = next(f.file_no for f in files_of(admin) if f.name == NAME)
    with admin.db.transaction():
        last = admin.db.one("SELECT max(id) FROM audit")[0]
        admin.db.execute("INSERT INTO audit (id, ts, username, role, action, mac) VALUES"
                         " (?, '2026-11-02T09:00:00Z', 'x', 'admin', 'signin', 'forged')",
                         (last + 1,))
    err = pytest.raises(StationDeskError, retention.destroy, admin, victim, confirm=victim)
    assert err.value.code == "retention_audit_broken"
    assert "station chain" in err.value.message("en")
    assert files.find_by_number(admin, victim) is not None


def test_a_file_with_sessions_merged_into_it_is_destroyed_whole(world: World,
                                                                 vault_dir: Path) -> None:
    """Sessions moved in by a merge of two files (domain/importing) go with the file; the
    emptied file it absorbed stays a closed file of its own, listed when due."""
    from station_desk.domain.importing import merge

    lin = world.lin
    numbers = []
    for phone in (PHONE, "13900000000"):
        cid = files.register_visitor(lin, files.ClientInput(name=NAME, phone=phone)).id
        rid = sessions.save_draft(lin, cid, full_input(world.today, complaint=NOTE)).id
        sessions.sign_session(lin, cid, rid, password=PASSWORD)
        numbers.append(files.reload(lin, cid).file_no)
    merge.merge_files(world.admin, numbers[0], numbers[1])
    files.close_case(lin, files.find_by_number(world.admin, numbers[0]).id, "结案")
    request = retention.parse_request(world.admin, "2026-11-01", "purpose_done")
    done = retention.destroy(world.admin, numbers[0], confirm=numbers[0], request=request)
    assert done.counts["sessions"] == 2
    assert maintenance.verify(world.admin).ok
    shell = files.find_by_number(world.admin, numbers[1])
    assert shell is not None and shell.status == "closed"
    retention.destroy(world.admin, numbers[1], confirm=numbers[1], request=request)
    assert _leaks(_readable(world.admin, vault_dir), _needles()) == []
