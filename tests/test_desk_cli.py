"""The counsellor's day on the command line: `appointments`, `followups`, `safety-plan`, run as
a station runs them (real vault, real sign-in, the real clock), with every refusal one line in
Chinese (English with --lang en) and a non-zero exit, and every change the audit entry the
screen's action writes.

The vault is filled through the domain with a clock standing three days back, so that what was
booked or planned then is in the past when the commands run now."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from station_desk.domain import accounts
from station_desk.domain.auth import StationProfile, create_station
from station_desk.domain.clock import STATION_TZ, FakeClock, system_clock
from station_desk.domain.records import appointments, crises, files, followups, safety_plan
from test_cli_vault import cli  # noqa: F401
from test_records_world import PASSWORD, as_user

ADMIN_PASSWORD = "admin-pass-2026"
BACK = dt.timedelta(days=3)


def local_now() -> dt.datetime:
    return system_clock().astimezone(STATION_TZ).replace(tzinfo=None, second=0)


def stamp(moment: dt.datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M")


@pytest.fixture(scope="module")
def desk(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    root = tmp_path_factory.mktemp("desk-cli") / "vault"
    clock = FakeClock(system_clock() - BACK)
    admin, _ = create_station(root, StationProfile("命令行服务站", "U-DESK", "complete_1"),
                              "admin", "王站长", ADMIN_PASSWORD, clock=clock)
    for username, display, role in (("lin", "林咨询师", "counsellor"),
                                    ("he", "何咨询师", "counsellor"),
                                    ("front", "前台苏", "receptionist")):
        accounts.add_user(admin, username, display, role, PASSWORD)
    lin, he = as_user(admin, "lin"), as_user(admin, "he")

    def register(by, name: str) -> files.DirectoryEntry:  # noqa: ANN001
        return files.register_visitor(by, files.ClientInput(
            name=name, gender="female", phone="139 0000 1234", employer="示例市某某机械厂",
            industry="manufacturing"))

    a, b, c = register(lin, "张小敏"), register(he, "李大伟"), register(lin, "王小红")
    files.set_file_restricted(he, b.id, True)
    # Booked three days back: one now three hours ago, one a day and a half from now.
    now = local_now()
    past = now - dt.timedelta(hours=3)
    later = now + dt.timedelta(hours=36)
    for start in (past, later):
        appointments.book_appointment(admin, a.id, start, start + dt.timedelta(minutes=50))
    fake_day = (clock() + dt.timedelta(hours=8)).date()
    followups.schedule_followup(lin, a.id, fake_day, "phone")
    crisis = crises.open_crisis(lin, a.id, "high", ["suicidal_thoughts"], ["safety_plan"],
                                "来访者有轻生念头，已联系家属。")
    safety_plan.save_safety_plan(lin, crisis.id, {
        "warning_signs": "整夜睡不着，不想见人。", "coping": "散步，听音乐。",
        "people_places": "姐姐；工会活动室。", "professionals": "心理援助热线 12356",
        "means_safety": "药品交给姐姐保管。"})
    admin.close()
    return {"root": root, "a": a.file_no, "b": b.file_no, "c": c.file_no, "past": past,
            "later": later, "planned": fake_day.isoformat()}


def who(desk: dict[str, object], user: str) -> list[object]:
    return ["--vault", desk["root"], "--user", user, "--password-stdin"]


def pw(user: str) -> str:
    return (ADMIN_PASSWORD if user == "admin" else PASSWORD) + "\n"


def refused(cli, *argv: object, stdin: str) -> str:  # noqa: ANN001, F811
    """One line on stderr, exit 1, nothing on stdout (for English lines that start with a
    field name in quotes, which `Cli.fails` does not expect)."""
    code, out, err = cli(*argv, stdin=stdin)
    assert code == 1 and out == "" and "Traceback" not in err, err
    assert len(err.splitlines()) == 1 and "{" not in err, err
    return err.strip()


def audit(cli, desk: dict[str, object], file_no: object) -> list[dict[str, object]]:  # noqa: ANN001, F811
    return json.loads(cli.ok("audit", "--json", "--target", f"file:{file_no}",
                             *who(desk, "admin"), stdin=pw("admin")))


def test_appointments_list_book_move_mark_cancel(cli, desk) -> None:  # noqa: F811
    a, past, later = desk["a"], desk["past"], desk["later"]
    listed = json.loads(cli.ok("appointments", "list", "--date", past.date().isoformat(),
                               "--json", *who(desk, "lin"), stdin=pw("lin")))
    mine = [x for x in listed if x["starts_at"] == stamp(past)]
    assert mine and mine[0]["file_no"] == a and mine[0]["name"] == "张小敏"
    assert mine[0]["counsellor"] == "林咨询师" and mine[0]["status"] == "booked"
    # A counsellor sees their own by default, the station's with --all.
    day = ["--date", past.date().isoformat(), "--json"]
    assert json.loads(cli.ok("appointments", "list", *day, *who(desk, "he"),
                             stdin=pw("he"))) == []
    assert json.loads(cli.ok("appointments", "list", *day, "--all", *who(desk, "he"),
                             stdin=pw("he")))
    assert "nobody" in cli.fails("appointments", "list", "--counsellor", "nobody",
                                 *who(desk, "he"), stdin=pw("he"))
    text = cli.ok("appointments", "list", "--week", "--date", later.date().isoformat(),
                  *who(desk, "front"), stdin=pw("front"))
    assert "档案编号" in text and "张小敏" in text and stamp(later) in text
    assert "booked" not in text and "已预约" in text  # words, never codes
    assert "Counsellor" in cli.ok("--lang", "en", "appointments", "list", "--week", "--date",
                                  later.date().isoformat(), *who(desk, "front"),
                                  stdin=pw("front"))

    # Booking: the file's own counsellor, a room by its name; the past and overlaps refused.
    soon = local_now() + dt.timedelta(hours=2)
    out = cli.ok("appointments", "book", "--file", a, "--at", stamp(soon), "--room", "咨询室",
                 *who(desk, "front"), stdin=pw("front"))
    assert out.startswith("已预约：") and "林咨询师" in out and "咨询室" in out
    line = cli.fails("appointments", "book", "--file", a, "--at", stamp(soon),
                     *who(desk, "front"), stdin=pw("front"))
    assert "林咨询师" in line and "已有预约" in line
    line = cli.fails("appointments", "book", "--file", a, "--at", stamp(past),
                     *who(desk, "front"), stdin=pw("front"))
    assert "预约开始" in line
    line = refused(cli, "--lang", "en", "appointments", "book", "--file", a, "--at",
                   stamp(past), *who(desk, "front"), stdin=pw("front"))
    assert "appointment start" in line
    assert "找不到档案 XL-2000-999999" in cli.fails(
        "appointments", "book", "--file", "xl-2000-999999", "--at", stamp(soon),
        *who(desk, "front"), stdin=pw("front"))
    assert "不是有效日期" in cli.fails("appointments", "book", "--file", a, "--at", "明天",
                                   *who(desk, "front"), stdin=pw("front"))

    # Moving keeps its length; with more than one booking the file's booking needs --at.
    line = cli.fails("appointments", "move", "--file", a, "--to", stamp(soon),
                     *who(desk, "front"), stdin=pw("front"))
    assert "--at" in line and stamp(later) in line
    moved = soon + dt.timedelta(hours=1)
    out = cli.ok("appointments", "move", "--file", a, "--at", stamp(soon), "--to",
                 stamp(moved), *who(desk, "front"), stdin=pw("front"))
    assert f"{stamp(moved)}–{(moved + dt.timedelta(minutes=50)):%H:%M}" in out

    # Attendance: only once the time has come; a late cancellation only within a day.
    line = cli.fails("appointments", "mark", "maybe", "--file", a, "--at", stamp(past),
                     *who(desk, "front"), stdin=pw("front"))
    assert "出席情况只能是" in line and "no-show" in line
    assert "attendance must be one of" in cli.fails(
        "--lang", "en", "appointments", "mark", "maybe", "--file", a, "--at", stamp(past),
        *who(desk, "front"), stdin=pw("front"), lang="en")
    assert "还没到" in cli.fails("appointments", "mark", "attended", "--file", a, "--at",
                              stamp(later), *who(desk, "front"), stdin=pw("front"))
    assert "一天以上" in cli.fails("appointments", "mark", "late-cancel", "--file", a, "--at",
                               stamp(later), *who(desk, "front"), stdin=pw("front"))
    assert "“出席”" in cli.ok("appointments", "mark", "出席", "--file", a, "--at", stamp(past),
                            *who(desk, "lin"), stdin=pw("lin"))
    assert "already marked" in cli.fails(
        "--lang", "en", "appointments", "mark", "attended", "--file", a, "--at", stamp(past),
        *who(desk, "lin"), stdin=pw("lin"), lang="en")
    assert "Marked “late cancellation”" in cli.ok(
        "--lang", "en", "appointments", "mark", "late-cancel", "--file", a, "--at",
        stamp(moved), *who(desk, "front"), stdin=pw("front"))

    # Cancelling: the only booking left from today on needs no --at.
    out = cli.ok("appointments", "cancel", "--file", a, *who(desk, "front"), stdin=pw("front"))
    assert out.startswith("已取消预约：") and stamp(later) in out
    assert "没有预约" in cli.fails("appointments", "cancel", "--file", a, *who(desk, "front"),
                               stdin=pw("front"))
    actions = [e["action"] for e in audit(cli, desk, a) if e["action"].startswith("appoint")]
    assert actions.count("appointment.book") == 3 and "appointment.move" in actions
    assert actions.count("appointment.attendance") == 2 and "appointment.cancel" in actions


def test_followups_due_list_and_results(cli, desk) -> None:  # noqa: F811
    a, planned = desk["a"], desk["planned"]
    listed = json.loads(cli.ok("followups", "list", "--json", *who(desk, "lin"),
                               stdin=pw("lin")))
    ours = [f for f in listed if f["file_no"] == a]
    assert {f["state"] for f in ours} == {"overdue"} and len(ours) == 2
    assert any(f["crisis"] for f in ours)
    text = cli.ok("followups", "list", *who(desk, "lin"), stdin=pw("lin"))
    assert "已逾期" in text and "电话回访" in text and "overdue" not in text
    assert "权限不足" in cli.fails("followups", "list", *who(desk, "front"), stdin=pw("front"))

    line = cli.fails("followups", "result", "reached", "--file", a, *who(desk, "lin"),
                     stdin=pw("lin"))
    assert "--planned" in line and planned in line
    assert "回访结果只能是" in cli.fails("followups", "result", "maybe", "--file", a,
                                    *who(desk, "lin"), stdin=pw("lin"))
    assert "结果" in cli.fails("followups", "result", "reached", "--file", a, "--planned",
                             planned, *who(desk, "lin"), stdin=pw("lin"))
    yesterday = (local_now() - dt.timedelta(days=1)).date().isoformat()
    line = refused(cli, "--lang", "en", "followups", "result", "rescheduled", "--file", a,
                   "--planned", planned, "--next", yesterday, *who(desk, "lin"),
                   stdin=pw("lin"))
    assert "planned follow-up date" in line
    assert "不是您的个案" in cli.fails("followups", "result", "closed", "--file", a,
                                     "--planned", planned, "--note", "x",
                                     *who(desk, "he"), stdin=pw("he"))
    later = (local_now() + dt.timedelta(days=5)).date().isoformat()
    out = cli.ok("followups", "result", "rescheduled", "--file", a, "--planned", planned,
                 "--next", later, "--time", "10:00", "--note", "本人要求下周再联系。",
                 *who(desk, "lin"), stdin=pw("lin"))
    assert "已改期" in out and f"{later} 10:00" in out
    out = cli.ok("--lang", "en", "followups", "result", "reached", "--file", a, "--planned",
                 later, "--note", "情绪平稳。", *who(desk, "lin"), stdin=pw("lin"))
    assert "Recorded “reached”" in out and "is done" in out
    actions = [e["action"] for e in audit(cli, desk, a) if e["action"].startswith("followup")]
    assert "followup.contact" in actions and "followup.complete" in actions


def test_safety_plan_show_print_and_who_may(cli, desk, tmp_path: Path) -> None:  # noqa: F811
    a = desk["a"]
    out = cli.ok("safety-plan", "show", "--file", a, *who(desk, "lin"), stdin=pw("lin"))
    assert "危机前的信号" in out and "整夜睡不着" in out and "林咨询师" in out
    assert "warning signs" in cli.ok("--lang", "en", "safety-plan", "show", "--file", a,
                                     *who(desk, "lin"), stdin=pw("lin"))
    pdf = tmp_path / "plan.pdf"
    out = cli.ok("safety-plan", "print", "--file", a, "--out", pdf, *who(desk, "lin"),
                 stdin=pw("lin"))
    assert "已保存" in out and pdf.read_bytes().startswith(b"%PDF")
    # The print command names the same crisis the same way.
    assert "已保存" in cli.ok("print", "safety_plan", "--file", a, "--crisis", "1", "--out",
                           tmp_path / "same.pdf", *who(desk, "lin"), stdin=pw("lin"))
    assert "--file" in cli.fails("print", "safety_plan", "--out", tmp_path / "none.pdf",
                                 *who(desk, "lin"), stdin=pw("lin"))
    saved = [e for e in audit(cli, desk, a) if e["action"] == "print.save"]
    assert len(saved) == 2 and {json.loads(e["detail"])["doc"] for e in saved} == {
        "safety_plan"}

    # Who may not: another counsellor, the admin without a reason, reception; and nobody
    # finds a file another counsellor restricted.
    assert "不是您的个案" in cli.fails("safety-plan", "show", "--file", a, *who(desk, "he"),
                                   stdin=pw("he"))
    assert "not your case" in cli.fails("--lang", "en", "safety-plan", "print", "--file", a,
                                        "--out", tmp_path / "x.pdf", *who(desk, "he"),
                                        stdin=pw("he"), lang="en")
    assert not (tmp_path / "x.pdf").exists()
    assert "理由" in cli.fails("safety-plan", "show", "--file", a, *who(desk, "admin"),
                             stdin=pw("admin"))
    assert "warning signs" in cli.ok("--lang", "en", "safety-plan", "show", "--file", a,
                                     "--reason", "督导检查", *who(desk, "admin"),
                                     stdin=pw("admin"))
    assert "权限不足" in cli.fails("safety-plan", "show", "--file", a, *who(desk, "front"),
                               stdin=pw("front"))
    assert f"找不到档案 {desk['b']}" in cli.fails("safety-plan", "show", "--file", desk["b"],
                                              *who(desk, "lin"), stdin=pw("lin"))
    assert "没有第 2 次" in cli.fails("safety-plan", "show", "--file", a, "--crisis", "2",
                                  *who(desk, "lin"), stdin=pw("lin"))
    assert "no crisis" in cli.fails("--lang", "en", "safety-plan", "show", "--file",
                                    desk["c"], *who(desk, "lin"), stdin=pw("lin"), lang="en")
    views = [e for e in audit(cli, desk, a) if e["action"] == "file.view"]
    assert len(views) >= 4  # each reading opened the file as the file window does


def test_booking_asks_the_domain_first_as_the_form_does(cli, desk) -> None:  # noqa: F811
    """`appointments book` and `move` run the domain's check first: a taken counsellor or
    room is one line and exit 1; another booking at that time is booked beside and named in
    a warning line after the answer (the form asks instead)."""
    a, c = desk["a"], desk["c"]
    at = (local_now() + dt.timedelta(days=4)).replace(hour=10, minute=0)
    out = cli.ok("appointments", "book", "--file", c, "--at", stamp(at), "--room", "咨询室",
                 *who(desk, "front"), stdin=pw("front"))
    assert out.startswith("已预约：") and "注意" not in out
    out = cli.ok("appointments", "book", "--file", a, "--at", stamp(at), "--counsellor", "he",
                 *who(desk, "front"), stdin=pw("front"))
    first, note = out.splitlines()
    assert first.startswith("已预约：") and "何咨询师" in first
    assert note.startswith("注意") and "王小红" in note and "林咨询师" in note
    # the file's own counsellor is taken then: refused, nothing booked
    line = cli.fails("appointments", "book", "--file", a, "--at", stamp(at + dt.timedelta(
        minutes=20)), *who(desk, "front"), stdin=pw("front"))
    assert "林咨询师" in line and "已有预约" in line
    line = refused(cli, "--lang", "en", "appointments", "book", "--file", a, "--at",
                   stamp(at + dt.timedelta(minutes=20)), *who(desk, "front"),
                   stdin=pw("front"))
    assert "already has an appointment" in line
    # the room is taken: moving a's booking into it is refused the same way
    line = cli.fails("appointments", "move", "--file", a, "--at", stamp(at), "--room", "咨询室",
                     *who(desk, "front"), stdin=pw("front"))
    assert "咨询室" in line
    out = cli.ok("--lang", "en", "appointments", "move", "--file", a, "--at", stamp(at),
                 "--to", stamp(at + dt.timedelta(minutes=30)), *who(desk, "front"),
                 stdin=pw("front"))
    assert out.splitlines()[1].startswith("Note: at that time there is already")
    assert "王小红" in out.splitlines()[1]
    out = cli.ok("appointments", "move", "--file", a, "--at", stamp(at + dt.timedelta(
        minutes=30)), "--to", stamp(at + dt.timedelta(hours=3)), *who(desk, "front"),
        stdin=pw("front"))
    assert len(out.splitlines()) == 1


def test_followups_schedule_plans_one_with_the_forms_refusals(cli, desk) -> None:  # noqa: F811
    """`followups schedule` plans a follow-up as the file's form does: the purpose's default
    date unless one is given, a channel and a time; every bad input one line, exit 1."""
    c = desk["c"]
    today = local_now().date()
    out = cli.ok("followups", "schedule", "--file", c, *who(desk, "lin"), stdin=pw("lin"))
    week = (today + dt.timedelta(days=7)).isoformat()
    assert out.startswith("已安排回访：") and week in out and "电话回访" in out
    assert "辅导后回访" in out  # the purpose, in words
    tomorrow = (today + dt.timedelta(days=1)).isoformat()
    out = cli.ok("--lang", "en", "followups", "schedule", "--file", c, "--purpose",
                 "after-no-show", "--channel", "短信", "--time", "10:00", *who(desk, "lin"),
                 stdin=pw("lin"))
    assert out.startswith("Planned: a follow-up of") and f"{tomorrow} 10:00" in out
    assert "Text message" in out and "after a missed appointment" in out
    listed = json.loads(cli.ok("followups", "list", "--days", "8", "--json",
                               *who(desk, "lin"), stdin=pw("lin")))
    assert {f["planned"] for f in listed if f["file_no"] == c} >= {week, f"{tomorrow} 10:00"}
    # refusals: the past, a bad time, an unknown purpose or channel, reception, no such file
    yesterday = (today - dt.timedelta(days=1)).isoformat()
    line = cli.fails("followups", "schedule", "--file", c, "--date", yesterday,
                     *who(desk, "lin"), stdin=pw("lin"))
    assert "计划回访日期" in line
    assert "planned follow-up date" in refused(
        cli, "--lang", "en", "followups", "schedule", "--file", c, "--date", yesterday,
        *who(desk, "lin"), stdin=pw("lin"))
    assert "25:00" in cli.fails("followups", "schedule", "--file", c, "--time", "25:00",
                                *who(desk, "lin"), stdin=pw("lin"))
    assert "回访目的" in cli.fails("followups", "schedule", "--file", c, "--purpose", "maybe",
                               *who(desk, "lin"), stdin=pw("lin"))
    assert "follow-up channel" in cli.fails(
        "--lang", "en", "followups", "schedule", "--file", c, "--channel", "pigeon",
        *who(desk, "lin"), stdin=pw("lin"), lang="en")
    assert "权限不足" in cli.fails("followups", "schedule", "--file", c, *who(desk, "front"),
                               stdin=pw("front"))
    assert "找不到档案" in cli.fails("followups", "schedule", "--file", "XL-2000-999999",
                                *who(desk, "lin"), stdin=pw("lin"))
    actions = [e["action"] for e in audit(cli, desk, c) if e["action"] == "followup.schedule"]
    assert len(actions) == 2


def test_cancelled_bookings_are_listed_with_why(cli, desk) -> None:  # noqa: F811
    """`appointments list --cancelled` says why a booking was cancelled where that was kept:
    the file went to another station; one called off at the desk shows "—"."""
    from station_desk.domain.auth import sign_in

    c = desk["c"]
    at = (local_now() + dt.timedelta(days=5)).replace(hour=9, minute=0)
    desk_cancel = at + dt.timedelta(hours=2)
    for start in (at, desk_cancel):
        cli.ok("appointments", "book", "--file", c, "--at", stamp(start), *who(desk, "front"),
               stdin=pw("front"))
    cli.ok("appointments", "cancel", "--file", c, "--at", stamp(desk_cancel),
           *who(desk, "front"), stdin=pw("front"))
    admin = sign_in(desk["root"], "admin", ADMIN_PASSWORD)
    try:
        client_id = int(admin.db.scalar("SELECT id FROM clients WHERE file_no = ?", (c,)))
        with admin.db.transaction():  # as recording the transfer does
            appointments.cancel_for_transfer(admin, client_id)
    finally:
        admin.close()
    day = ["--date", at.date().isoformat()]
    text = cli.ok("appointments", "list", *day, "--cancelled", *who(desk, "front"),
                  stdin=pw("front"))
    assert "取消原因" in text
    lines = {line.split()[0] + " " + line.split()[1][:5]: line for line in text.splitlines()
             if c in line}
    assert "档案已转至其他服务站" in lines[f"{stamp(at)}"]
    assert lines[f"{stamp(desk_cancel)}"].rstrip().endswith("—")
    text = cli.ok("--lang", "en", "appointments", "list", *day, "--cancelled",
                  *who(desk, "front"), stdin=pw("front"))
    assert "Why cancelled" in text and "the file went to another station" in text
    assert "取消原因" not in cli.ok("appointments", "list", *day, *who(desk, "front"),
                                stdin=pw("front"))  # without --cancelled: no such column
    listed = json.loads(cli.ok("appointments", "list", *day, "--cancelled", "--json",
                               *who(desk, "front"), stdin=pw("front")))
    reasons = {x["starts_at"]: x["cancel_reason"] for x in listed if x["file_no"] == c}
    assert reasons == {stamp(at): "transferred", stamp(desk_cancel): ""}
