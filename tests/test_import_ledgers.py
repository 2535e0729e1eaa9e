"""Importing a station's existing registers: the sample registers in tests/data (good and bad
rows), dry runs, second imports, specific row errors, statistics, likely duplicates."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import expect_error, snapshot
from station_desk.domain.importing import apply, columns, duplicates
from station_desk.domain.importing.plan import build_plan
from station_desk.domain.importing.reading import read_ledger
from station_desk.domain.maintenance import verify
from station_desk.domain.records import dashboard, files, sessions
from station_desk.domain.stats.period import parse_period
from station_desk.reports.data import Reader
from station_desk.reports.docs_station import counselling_rows, monthly_data
from test_records_world import World, world_fixture  # noqa: F401

DATA = Path(__file__).parent / "data"


def _import(world: World, name: str, kind: str | None = None, dry_run: bool = False):
    return apply.import_ledger(world.admin, read_ledger(DATA / name), kind, dry_run=dry_run)


def _messages(plan, lang: str = "zh") -> dict[int, list[str]]:
    return {r.line: [p.message(lang) for p in r.problems] for r in plan.rows if r.problems}


@pytest.mark.parametrize("name", ["ledger_visitors.xlsx", "ledger_visitors_gbk.csv"])
def test_visitor_list_rows_and_their_errors(world: World, name: str) -> None:
    plan, result = _import(world, name, dry_run=True)
    assert plan.kind == "visitors"
    errors = _messages(plan)
    # line numbers are the file's: a title row above the header in the xlsx
    shift = 1 if name.endswith(".xlsx") else 0
    assert errors == {
        5 + shift: ["“出生年份”应为 1900–2026 之间的整数：八五年。"],
        6 + shift: ["“电话”只能包含数字、空格、+ 和 -（最多 20 位）：138-0000-55x5。"],
        7 + shift: [errors[7 + shift][0]],
        8 + shift: [f"与第 {3 + shift} 行重复。"],
        10 + shift: ["找不到咨询师“钱老师”：须与本站一个咨询师账户的姓名或用户名相同"
                     "（已停用的账户也可以）。"],
        11 + shift: ["缺少“姓名”。"],
    }
    assert errors[7 + shift][0].startswith("“行业”的取值无法识别：航天（可用：制造业")
    assert (result.rows, result.added, result.errors) == (11, 5, 6)
    last = plan.rows[-1]
    assert last.status == "new" and [w.code for w in last.warnings] == [
        "import_likely_duplicate_row"]
    shown = plan.display(plan.rows[0])
    assert shown["gender"] == "男" and shown["counsellor"] == "林咨询师"
    assert shown["birth_year"] == "1985" and shown["industry"] == "制造业"


def test_dry_run_writes_nothing(world: World, vault_dir: Path) -> None:
    def files_() -> dict[str, str]:  # the shared-memory index changes on reads too
        world.admin.db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        return {k: v for k, v in snapshot(vault_dir).items() if not k.endswith("-shm")}

    before = files_()
    for name in ("ledger_visitors.xlsx", "ledger_activities.xlsx"):
        _import(world, name, dry_run=True)
    assert files_() == before
    assert world.admin.db.scalar("SELECT count(*) FROM clients") == 0


def test_onboarding_then_a_second_import_adds_nothing(world: World) -> None:
    _, visitors = _import(world, "ledger_visitors.xlsx")
    assert (visitors.added, visitors.files_created) == (5, 5)
    found = files.find_by_number(world.admin, "2023-001")
    assert found is not None and found.name == "张伟"
    plan, result = _import(world, "ledger_sessions.xlsx")
    assert plan.kind == "sessions"
    assert (result.added, result.errors, result.files_created) == (5, 8, 1)
    errors = _messages(plan)
    assert errors[8] == ["“日期”不是有效日期：2024-02-30。"]
    assert errors[9] == ["本站没有档案编号为 2023-099 的档案。"]
    assert errors[10][0].startswith("找不到咨询师“钱老师”")
    assert errors[11] == ["与第 3 行重复。"]
    assert errors[12] == ["档案 2023-002 的姓名是“李娜”，与本行的“王芳”不符。"]
    assert errors[13][0].startswith("“问题类型”的取值无法识别：失恋")
    assert errors[14] == ["缺少“形式”。"]
    assert errors[15] == ["“日期”晚于今天：2030-01-01。"]
    assert _messages(plan, "en")[9] == ["The station has no file 2023-099."]
    counts = {t: world.admin.db.scalar(f"SELECT count(*) FROM {t}")
              for t in ("clients", "sessions", "activities")}
    # the same registers again, as xlsx and as csv: nothing new
    for name in ("ledger_visitors.xlsx", "ledger_visitors_gbk.csv", "ledger_sessions.xlsx",
                 "ledger_sessions.csv"):
        _, again = _import(world, name)
        assert again.added == 0, name
    assert counts == {t: world.admin.db.scalar(f"SELECT count(*) FROM {t}")
                      for t in ("clients", "sessions", "activities")}
    # imported records: marked, fixed like signed ones, bound into the chain, verify passes
    zhang = files.find_by_number(world.admin, "2023-001")
    records = sessions.list_sessions(world.lin, zhang.id)
    assert [(r.session_no, r.session_date, r.status, r.signed_by) for r in records] == [
        (1, "2024-01-08", "signed", None), (2, "2024-01-15", "signed", None)]
    assert all(r.imported for r in records)
    assert records[1].issues == ("work_stress", "sleep")
    report = verify(world.admin)
    assert report.ok, report
    actions = [e.action for e in world.admin.audit.query()]
    assert actions.count("import.ledger") == 6 and actions.count("session.import") == 1


def test_imported_sessions_count_in_statistics(world: World) -> None:
    before = dashboard.month_counts(world.admin, 2024, 1)
    _import(world, "ledger_visitors.xlsx")
    _import(world, "ledger_sessions.csv")
    january = dashboard.month_counts(world.admin, 2024, 1)
    assert (before.sessions, january.sessions) == (0, 2)
    assert dashboard.month_counts(world.lin, 2024, 2).sessions == 1  # 王芳's, by 林
    reader = Reader(world.admin)
    february = monthly_data(reader, "2024-02")
    assert sum(n for _, n in february.modalities) == 2  # 李娜's by phone, 王芳's online
    rows = counselling_rows(reader, parse_period("2024-01"))
    assert [r[3] for r in rows] == ["2023-001", "2023-001"]
    assert {r[-1] for r in rows} == {"历史导入"}


def test_activity_register(world: World) -> None:
    plan, result = _import(world, "ledger_activities.xlsx")
    assert plan.kind == "activities" and (result.added, result.errors) == (2, 2)
    errors = _messages(plan)
    assert errors[5][0].startswith("“人数”应为 0–100000 之间的整数：约三十")
    assert errors[6][0].startswith("“活动类型”的取值无法识别：宣传")
    assert world.admin.db.scalar("SELECT sum(attendees) FROM activities") == 136


def test_only_the_admin_imports(world: World) -> None:
    ledger = read_ledger(DATA / "ledger_activities.xlsx")
    expect_error("forbidden", build_plan, world.lin, ledger)
    expect_error("forbidden", build_plan, world.front, ledger)


def test_mapping_is_remembered_and_can_be_overridden(world: World) -> None:
    ledger = read_ledger(DATA / "ledger_activities.xlsx")
    overrides = columns.parse_map("activities", ["organiser=活动地点", "venue="],
                                  ledger.headers)
    plan = build_plan(world.admin, ledger, None, overrides)
    assert plan.rows[0].values["organiser"] == "工人文化宫" and plan.rows[0].values["venue"] == ""
    apply.apply_plan(world.admin, plan)
    again = build_plan(world.admin, ledger)
    assert again.mapping == plan.mapping
    assert "import.mapping.activities" in world.admin.settings()
    expect_error("ledger_no_column", columns.parse_map, "activities", ["venue=场所"],
                 ledger.headers)
    expect_error("ledger_bad_map", columns.parse_map, "activities", ["where=地点"],
                 ledger.headers)


def test_bad_files_are_refused_with_a_reason(tmp_path: Path) -> None:
    (tmp_path / "a.xls").write_bytes(b"\xd0\xcf\x11\xe0")
    expect_error("ledger_bad_format", read_ledger, tmp_path / "a.xls")
    (tmp_path / "b.xlsx").write_bytes(b"not a zip")
    expect_error("ledger_unreadable", read_ledger, tmp_path / "b.xlsx")
    (tmp_path / "c.csv").write_bytes("日期\n".encode())
    expect_error("ledger_empty", read_ledger, tmp_path / "c.csv")


def test_likely_duplicates_at_registration(world: World) -> None:
    world.client(name="张小敏", birth_year=1990)
    assert [d.reason for d in duplicates.likely_duplicates(
        world.front, "张小敏", "13900001234")] == ["phone"]
    assert [d.reason for d in duplicates.likely_duplicates(
        world.front, "张小敏", "", 1990)] == ["birth_year"]
    assert duplicates.likely_duplicates(world.front, "张小敏", "13700000000", 1991) == []
    assert duplicates.likely_duplicates(world.front, "张晓敏", "13900001234") == []


def test_merge_moves_everything_and_keeps_signatures_checkable(world: World) -> None:
    from station_desk.domain.importing import merge
    from station_desk.domain.records import followups
    from test_records_world import PASSWORD, full_input

    keep = world.client(name="张伟", birth_year=1985)
    other = files.register_visitor(world.lin, files.ClientInput(
        name="张伟", gender="male", birth_year=1985, phone="13800001111")).id
    world.admin.db.execute("UPDATE clients SET phone = '' WHERE id = ?", (keep,))
    first = sessions.save_draft(world.lin, keep, full_input(world.today))
    sessions.sign_session(world.lin, keep, first.id, password=PASSWORD)
    signed = sessions.save_draft(world.lin, other, full_input(world.today, plan="两周后复诊"))
    sessions.sign_session(world.lin, other, signed.id, password=PASSWORD)
    sessions.add_addendum(world.lin, signed.id, "补充：睡眠已改善。")
    draft = sessions.save_draft(world.lin, other, full_input(world.today))
    followups.schedule_followup(world.lin, other, world.today, "phone")
    keep_no = files.reload(world.lin, keep).file_no
    other_no = files.reload(world.lin, other).file_no
    assert [d.file_no for d in duplicates.likely_duplicates(world.front, "张伟", "", 1985,
                                                            exclude=keep)] == [other_no]
    expect_error("forbidden", merge.merge_files, world.lin, keep_no, other_no)
    expect_error("merge_same_file", merge.merge_files, world.admin, keep_no, keep_no)
    result = merge.merge_files(world.admin, keep_no, other_no)
    assert (result.sessions, result.kept, result.merged) == (2, keep_no, other_no)
    records = sessions.list_sessions(world.lin, keep)
    assert [(r.id, r.session_no) for r in records] == [(first.id, 1), (signed.id, 2),
                                                       (draft.id, 3)]
    assert records[1].addenda[0].text == "补充：睡眠已改善。" and records[1].status == "signed"
    kept = files.reload(world.lin, keep)
    assert kept.phone == "13800001111"  # taken from the merged file, which had one
    assert len(followups.list_followups(world.lin, keep)) == 1
    gone = world.admin.db.one("SELECT status, merged_into FROM clients WHERE id = ?", (other,))
    assert tuple(gone) == ("closed", keep)
    report = verify(world.admin)
    assert report.ok, report
    # no longer offered as a duplicate, and not merged twice
    assert duplicates.likely_duplicates(world.front, "张伟", "", 1985, exclude=keep) == []
    expect_error("merge_already_merged", merge.merge_files, world.admin, keep_no, other_no)
    actions = [e.action for e in world.admin.audit.query()]
    assert "file.merge" in actions and "session.merge" in actions


def test_a_move_not_made_by_a_merge_fails_verify(world: World) -> None:
    from test_records_world import PASSWORD, full_input

    a, b = world.client(name="甲"), world.client(name="乙")
    rid = sessions.save_draft(world.lin, a, full_input(world.today)).id
    sessions.sign_session(world.lin, a, rid, password=PASSWORD)
    db = world.admin.db
    with db.transaction():  # someone with the database key forges a move
        db.execute("INSERT INTO session_moves (session_id, from_client_id, from_session_no,"
                   " into_client_id, into_session_no, moved_at) VALUES (?, ?, 1, ?, 1, 'x')",
                   (rid, a, b))
        db.execute("UPDATE sessions SET client_id = ? WHERE id = ?", (b, rid))
    assert not verify(world.admin).ok
