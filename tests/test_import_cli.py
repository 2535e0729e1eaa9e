"""`station-desk import ledger` and `station-desk files`: the sample registers through the
command line; every failure one translated line and a non-zero exit."""

from __future__ import annotations

from pathlib import Path

from test_cli_vault import ADMIN_PASSWORD, Cli, cli, vault  # noqa: F401, F811

DATA = Path(__file__).parent / "data"


def _admin(root: Path) -> list[str | Path]:
    return ["--vault", root, "--user", "admin", "--password-stdin"]


def _staff(cli: Cli, root: Path) -> None:  # noqa: F811
    for user, name in (("lin", "林咨询师"), ("he", "何咨询师")):
        cli.ok("users", "add", user, "--role", "counsellor", "--display-name", name,
               *_admin(root), stdin=f"{ADMIN_PASSWORD}\n{user}-pass-2026\n")


def test_import_ledgers_from_the_command_line(cli: Cli, vault: tuple[Path, str]  # noqa: F811
                                             ) -> None:
    root, _ = vault
    _staff(cli, root)
    pw = ADMIN_PASSWORD + "\n"
    out = cli.ok("import", "ledger", DATA / "ledger_visitors_gbk.csv", "--dry-run",
                 *_admin(root), stdin=pw)
    assert "第 2 行  将导入  档案编号=2023-001  姓名=张伟  性别=男  出生年份=1985" in out
    assert "第 5 行  不能导入：“出生年份”应为 1900–" in out
    assert out.rstrip().endswith("（试运行，未写入任何内容。）")
    assert "将导入 5 行" in out
    out = cli.ok("import", "ledger", DATA / "ledger_visitors_gbk.csv", *_admin(root), stdin=pw)
    assert "已导入 5 行" in out and "新建档案 5 份" in out
    out = cli.ok("--lang", "en", "import", "ledger", DATA / "ledger_sessions.xlsx",
                 *_admin(root), stdin=pw)
    assert "row 9  cannot be imported: The station has no file 2023-099." in out
    assert "added 5, imported before 0, cannot be imported 8; new files 1." in out
    out = cli.ok("import", "ledger", DATA / "ledger_sessions.csv", *_admin(root), stdin=pw)
    assert "已导入 0 行，已导入过 5 行" in out
    # the worker registered twice (张伟, same phone) is found and merged
    out = cli.ok("files", "duplicates", "张伟", "--phone", "13800001111", *_admin(root),
                 stdin=pw)
    assert out.count("张伟") == 2 and "2023-011" in out
    out = cli.ok("files", "merge", "--keep", "2023-001", "--from", "2023-011", *_admin(root),
                 stdin=pw)
    assert out.startswith("档案 2023-011 已并入 2023-001")
    cli.ok("verify", "--vault", root, "--user", "admin", "--password-stdin", stdin=pw)


def test_import_errors_are_one_line(cli: Cli, vault: tuple[Path, str],  # noqa: F811
                                    tmp_path: Path) -> None:
    root, _ = vault
    pw = ADMIN_PASSWORD + "\n"
    line = cli.fails("import", "ledger", tmp_path / "none.xlsx", *_admin(root), stdin=pw)
    assert "none.xlsx" in line
    line = cli.fails("import", "ledger", DATA / "ledger_activities.xlsx", "--map", "地址=地点",
                     *_admin(root), stdin=pw)
    assert line.startswith("--map 的写法应为")
    line = cli.fails("import", "ledger", DATA / "ledger_activities.xlsx", "--map",
                     "venue=场所", *_admin(root), stdin=pw, )
    assert "场所" in line
    bad = tmp_path / "x.csv"
    bad.write_bytes("甲,乙\n1,2\n".encode())
    line = cli.fails("--lang", "en", "import", "ledger", bad, *_admin(root), stdin=pw,
                     lang="en")
    assert line.startswith("Cannot tell from the headers")
    line = cli.fails("files", "merge", "--keep", "X-1", "--from", "X-2", *_admin(root),
                     stdin=pw)
    assert line == "找不到档案 X-1。"
