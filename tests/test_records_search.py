"""Finding files and records: by number, name, phone, unit; by filters; full text, paged by
key and filtered by permission."""

from __future__ import annotations

import datetime as dt

import pytest

from station_desk.domain.records import files, search, sessions
from test_records_world import PASSWORD, World, full_input, world_fixture  # noqa: F401


def _clients(world: World) -> dict[str, int]:
    people = {"张小敏": ("139 0000 1234", "示例市某某机械厂"),
              "李建国": ("138 5555 6789", "示例快递物流公司"),
              "王芳": ("137 1111 2222", "示例市第一人民医院")}
    return {name: files.register_visitor(world.lin, files.ClientInput(
        name=name, phone=phone, employer=unit)).id for name, (phone, unit) in people.items()}


@pytest.mark.parametrize(("query", "expected"), [
    ("张", ["张小敏"]), ("小敏", ["张小敏"]), ("建国", ["李建国"]),
    ("6789", ["李建国"]), ("138", ["李建国"]), ("1385555", ["李建国"]),
    ("快递", ["李建国"]), ("人民医院", ["王芳"]), ("示例", ["王芳", "李建国", "张小敏"]),
    ("示例 机械", ["张小敏"]), ("赵", []), ("   ", ["王芳", "李建国", "张小敏"]),
])
def test_find_files_by_name_phone_or_unit(world: World, query: str,
                                          expected: list[str]) -> None:
    ids = _clients(world)
    names = {v: k for k, v in ids.items()}
    assert [names[i] for i in search.client_ids(world.front, query)] == expected


def test_find_by_file_number_and_page_by_key(world: World) -> None:
    ids = _clients(world)
    number = files.directory_rows(world.front, [ids["李建国"]])[0].file_no
    assert search.client_ids(world.front, number.lower()) == [ids["李建国"]]
    assert search.client_ids(world.front, number[-6:]) == [ids["李建国"]]  # 000002
    first = search.client_ids(world.front, limit=2)
    rest = search.client_ids(world.front, after=first[-1], limit=2)
    assert first + rest == sorted(ids.values(), reverse=True)
    rows = files.directory_rows(world.front, list(reversed(first)))
    assert [r.id for r in rows] == list(reversed(first))


def test_mine_scope_is_own_and_shared_cases(world: World) -> None:
    own = world.client(name="甲")
    theirs = world.client(by=world.he, name="乙")
    assert search.client_ids(world.lin, scope=search.SCOPE_MINE) == [own]
    assert search.client_ids(world.lin) == [theirs, own]
    files.share_case(world.he, theirs, world.lin.user.id)
    assert search.client_ids(world.lin, scope=search.SCOPE_MINE) == [theirs, own]


def test_find_records_by_date_counsellor_issue_and_risk(world: World) -> None:
    cid = world.client()
    files.share_case(world.lin, cid, world.he.user.id)
    made = {}
    for offset, issue, risk, who in ((10, "anxiety", "low", world.lin),
                                     (5, "sleep", "medium", world.he),
                                     (1, "anxiety", "high", world.lin)):
        day = world.today - dt.timedelta(days=offset)
        rid = sessions.save_draft(who, cid, full_input(day, issues=(issue,),
                                                       risk_level=risk)).id
        sessions.sign_session(who, cid, rid, password=PASSWORD)
        made[offset] = rid
    query = search.SessionQuery
    keys = search.session_keys(world.lin, query())
    assert [k[1] for k in keys] == [made[1], made[5], made[10]]
    assert [k[1] for k in search.session_keys(world.lin, query(issue="anxiety"))] == [
        made[1], made[10]]
    assert [k[1] for k in search.session_keys(world.lin, query(risk_level="medium"))] == [
        made[5]]
    assert [k[1] for k in search.session_keys(
        world.lin, query(counsellor_id=world.he.user.id))] == [made[5]]
    window = query(date_from=world.today - dt.timedelta(days=6),
                   date_to=world.today - dt.timedelta(days=2))
    assert [k[1] for k in search.session_keys(world.lin, window)] == [made[5]]
    page = search.session_keys(world.lin, query(), limit=1)
    assert [k[1] for k in search.session_keys(world.lin, query(), after=page[-1])] == [
        made[5], made[10]]
    rows = search.session_rows(world.lin, [made[5]])
    assert rows[0].counsellor_name == "何咨询师" and rows[0].issues == ("sleep",)
    with pytest.raises(Exception, match="from date|起始日期"):
        search.session_keys(world.lin, query(date_from="2026-11-02", date_to="2026-11-01"))


def test_full_text_finds_anxiety_only_where_permitted(world: World) -> None:
    mine = world.client(name="甲")
    theirs = world.client(by=world.he, name="乙")
    hits = {}
    for who, cid, text in ((world.lin, mine, "来访者长期焦虑，伴有失眠。"),
                           (world.lin, mine, "婚姻矛盾，情绪低落。"),
                           (world.he, theirs, "工作焦虑明显。")):
        rid = sessions.save_draft(who, cid, full_input(world.today, complaint=text,
                                                       assessment="评估", plan="计划")).id
        sessions.sign_session(who, cid, rid, password=PASSWORD)
        hits[text] = rid
    assert search.note_ids(world.lin, "焦虑") == [hits["来访者长期焦虑，伴有失眠。"]]
    assert search.note_ids(world.he, "焦虑") == [hits["工作焦虑明显。"]]
    assert search.note_ids(world.lin, "焦虑 失眠") == [hits["来访者长期焦虑，伴有失眠。"]]
    assert search.note_ids(world.lin, "焦") == [hits["来访者长期焦虑，伴有失眠。"]]
    [hit] = search.note_hits(world.lin, search.note_ids(world.lin, "焦虑"), "焦虑")
    assert hit.section == "complaint" and "焦虑" in hit.snippet
    assert hit.row.client_name == "甲"
    assert world.admin.audit.query(action="notes.search")
    assert "焦虑" not in world.admin.audit.query(action="notes.search")[0].detail


def test_the_print_picker_finds_only_files_this_user_may_print(world: World) -> None:
    mine = world.client(name="周小红")
    theirs = world.client(by=world.he, name="周大海")
    assert search.printable_file_ids(world.lin, "周") == [mine]
    assert search.printable_file_ids(world.he, "周") == [theirs]
    number = files.directory_entry(world.lin, theirs).file_no
    assert search.printable_file_ids(world.lin, number) == []  # a number is no way round
    files.share_case(world.he, theirs, world.lin.user.id)
    assert search.printable_file_ids(world.lin, number) == [theirs]
    assert search.printable_file_ids(world.lin) == [theirs, mine]  # newest first
    for nobody in (world.front, world.admin):  # no print permission: nothing to pick
        assert search.printable_file_ids(nobody, "周") == []
