"""The headless vault commands, driven through `main([...])` with secrets on a fake stdin, plus
a few real `python -m station_desk` processes. Every failure: non-zero exit, exactly one
translated line on stderr, never a traceback."""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from station_desk.cli.main import main as cli_main
from station_desk.domain import signin_policy
from station_desk.domain.auth import sign_in
from station_desk.domain.clock import FakeClock, system_clock
from station_desk.errors import StationDeskError

ADMIN_PASSWORD = "admin-pass-2026"
ZHANG_PASSWORD = "zhang-pass-2026"
RECOVERY_RE = re.compile(r"^[A-Z2-7]{4}(-[A-Z2-7]{4}){7}$", re.M)
CJK = re.compile(r"[\u4e00-\u9fff]")


class Cli:
    def __init__(self, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture) -> None:
        self.monkeypatch = monkeypatch
        self.capsys = capsys

    def __call__(self, *argv: str | Path, stdin: str = "") -> tuple[int, str, str]:
        self.monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        self.capsys.readouterr()
        code = cli_main([str(a) for a in argv])
        out = self.capsys.readouterr()
        return code, out.out, out.err

    def ok(self, *argv: str | Path, stdin: str = "") -> str:
        code, out, err = self(*argv, stdin=stdin)
        assert code == 0, err
        assert err == ""
        return out

    def fails(self, *argv: str | Path, stdin: str = "", lang: str = "zh") -> str:
        code, out, err = self(*argv, stdin=stdin)
        assert code != 0
        assert "Traceback" not in out + err
        lines = err.splitlines()
        assert len(lines) == 1 and lines[0].strip(), err
        if lang == "zh":
            assert CJK.search(lines[0]), lines[0]
        else:  # the English template (a detail may be bilingual, a name may be Chinese)
            assert re.match(r"[A-Z]", lines[0]), lines[0]
        assert "{" not in lines[0]
        return lines[0]


@pytest.fixture
def cli(monkeypatch, capsys) -> Cli:
    return Cli(monkeypatch, capsys)


@pytest.fixture
def vault(cli: Cli, tmp_path: Path) -> tuple[Path, str]:
    root = tmp_path / "vault"
    out = cli.ok("init", "--vault", root, "--user", "admin", "--display-name", "王站长",
                 "--station-name", "命令行测试服务站", "--union-code", "U-CLI",
                 "--tier", "standard", "--password-stdin", stdin=ADMIN_PASSWORD + "\n")
    recovery = RECOVERY_RE.search(out)
    assert recovery, out
    return root, recovery.group(0)


def as_admin(root: Path) -> list[str | Path]:
    return ["--vault", root, "--user", "admin", "--password-stdin"]


def test_init_prints_the_recovery_key_once(cli, vault, tmp_path):
    root, recovery = vault
    assert (root / "station.db").exists()
    for path in root.iterdir():
        assert recovery.encode() not in path.read_bytes()
    out = cli.ok("verify", "--vault", root, "--recovery-key-stdin", stdin=recovery.lower() + "\n")
    assert "完整性检查通过" in out
    # a second init in the same folder is refused
    line = cli.fails("init", "--vault", root, "--user", "admin", "--station-name", "x",
                     "--union-code", "y", "--password-stdin", stdin=ADMIN_PASSWORD + "\n")
    assert "已有保险库" in line
    line = cli.fails("init", "--vault", tmp_path / "weak", "--user", "admin", "--station-name",
                     "x", "--union-code", "y", "--password-stdin", stdin="short\n")
    assert "至少需要 8 个字符" in line
    assert not (tmp_path / "weak").exists() or not any((tmp_path / "weak").iterdir())


def test_init_in_english(cli, tmp_path):
    out = cli.ok("--lang", "en", "init", "--vault", tmp_path / "v", "--user", "admin",
                 "--station-name", "S", "--union-code", "U", "--password-stdin",
                 stdin=ADMIN_PASSWORD + "\n")
    assert out.startswith("Vault created: ") and "Recovery key" in out
    assert RECOVERY_RE.search(out)


def test_users_add_list_disable_reset_unlock_passwd(cli, vault):
    root, _ = vault
    out = cli.ok("users", "add", "zhang", "--role", "counsellor", "--display-name", "张咨询师",
                 *as_admin(root), stdin=f"{ADMIN_PASSWORD}\n{ZHANG_PASSWORD}\n")
    assert "账户已创建：zhang" in out
    listed = json.loads(cli.ok("users", "list", "--json", *as_admin(root),
                               stdin=ADMIN_PASSWORD + "\n"))
    assert [(u["username"], u["role"], u["disabled"]) for u in listed] == [
        ("admin", "admin", False), ("zhang", "counsellor", False)]
    text = cli.ok("users", "list", *as_admin(root), stdin=ADMIN_PASSWORD + "\n")
    assert "张咨询师" in text and "咨询师" in text and "站长" in text
    # zhang can use the vault; but may not manage accounts
    zhang = ["--vault", root, "--user", "zhang", "--password-stdin"]
    assert "完整性检查通过" in cli.ok("verify", *zhang, stdin=ZHANG_PASSWORD + "\n")
    line = cli.fails("users", "add", "li", "--role", "receptionist", *zhang,
                     stdin=f"{ZHANG_PASSWORD}\nli-pass-2026\n")
    assert "权限不足" in line

    out = cli.ok("users", "disable", "zhang", *as_admin(root), stdin=ADMIN_PASSWORD + "\n")
    assert "账户已停用" in out and "rekey" in out
    refused = cli.fails("verify", *zhang, stdin=ZHANG_PASSWORD + "\n")
    assert refused == "账户 zhang 已停用，不能登录。"
    listed = json.loads(cli.ok("users", "list", "--json", *as_admin(root),
                               stdin=ADMIN_PASSWORD + "\n"))
    assert listed[1]["disabled"] is True
    assert "已停用" in cli.ok("users", "list", *as_admin(root), stdin=ADMIN_PASSWORD + "\n")

    out = cli.ok("users", "reset", "zhang", *as_admin(root),
                 stdin=f"{ADMIN_PASSWORD}\nzhang-new-pass-1\n")
    assert "密码已重置" in out
    assert "完整性检查通过" in cli.ok("verify", *zhang, stdin="zhang-new-pass-1\n")

    # lock zhang out (a fake clock walks past the delays), then unlock from the command line
    clock = FakeClock(system_clock())
    for attempt in range(signin_policy.LOCK_AFTER):
        clock.advance(seconds=signin_policy.MAX_DELAY)
        with pytest.raises(StationDeskError):
            sign_in(root, "zhang", f"wrong-{attempt}", clock=clock)
    line = cli.fails("verify", *zhang, stdin="zhang-new-pass-1\n")
    assert "已锁定" in line and "zhang" in line
    out = cli.ok("users", "unlock", "zhang", *as_admin(root), stdin=ADMIN_PASSWORD + "\n")
    assert "账户已解锁" in out
    out = cli.ok("users", "passwd", *zhang, stdin="zhang-new-pass-1\nzhang-new-pass-1\n"
                 "zhang-new-pass-2\n")
    assert "密码已修改" in out
    assert cli.fails("verify", *zhang, stdin="zhang-new-pass-1\n") == "用户名或密码不正确。"
    cli.ok("verify", *zhang, stdin="zhang-new-pass-2\n")

    entries = json.loads(cli.ok("audit", "--json", "--target", "user:zhang", "--limit", "50",
                                *as_admin(root), stdin=ADMIN_PASSWORD + "\n"))
    assert [e["action"] for e in reversed(entries)] == [
        "account.add", "account.disable", "account.reset", "account.unlock", "account.password"]


def test_backup_and_restore(cli, vault, tmp_path):
    root, recovery = vault
    assert "审计链" in cli.ok("verify", *as_admin(root), stdin=ADMIN_PASSWORD + "\n")
    backups = tmp_path / "backups"
    out = cli.ok("backup", "--to", backups, "--keep", "2", *as_admin(root),
                 stdin=ADMIN_PASSWORD + "\n")
    assert out.startswith("备份已写入：")
    backup = Path(out.split("：", 1)[1].strip())
    assert backup.is_file() and backup.parent == backups

    cli.ok("users", "add", "wang", "--role", "receptionist", *as_admin(root),
           stdin=f"{ADMIN_PASSWORD}\nwang-pass-2026\n")
    out = cli.ok("restore", backup, *as_admin(root), stdin=ADMIN_PASSWORD + "\n")
    assert "已从备份恢复" in out and "已安全删除" in out
    assert not [p for p in Path(root).parent.iterdir() if "before-restore" in p.name]
    listed = json.loads(cli.ok("users", "list", "--json", *as_admin(root),
                               stdin=ADMIN_PASSWORD + "\n"))
    assert [u["username"] for u in listed] == ["admin"]

    out = cli.ok("restore", backup, "--vault", root, "--recovery-key-stdin",
                 stdin=recovery + "\n")
    assert "已从备份恢复" in out


def test_backup_keep(cli, vault, tmp_path):
    root, _ = vault
    backups = tmp_path / "backups"
    backups.mkdir()
    for stamp in ("20200101-000000", "20200102-000000", "20200103-000000"):
        (backups / f"station-backup-{stamp}.sdbak").write_bytes(b"old")
    out = cli.ok("backup", "--to", backups, "--keep", "2", *as_admin(root),
                 stdin=ADMIN_PASSWORD + "\n")
    newest = Path(out.split("：", 1)[1].strip())
    assert sorted(backups.glob("*.sdbak")) == [
        backups / "station-backup-20200103-000000.sdbak", newest]


def test_rekey(cli, vault, tmp_path):
    root, recovery = vault
    out = cli.ok("backup", "--to", tmp_path / "backups", *as_admin(root),
                 stdin=ADMIN_PASSWORD + "\n")
    backup = Path(out.split("：", 1)[1].strip())
    out = cli.ok("rekey", *as_admin(root), stdin=ADMIN_PASSWORD + "\n")
    assert "数据库密钥已更换" in out
    cli.ok("verify", *as_admin(root), stdin=ADMIN_PASSWORD + "\n")
    cli.ok("verify", "--vault", root, "--recovery-key-stdin", stdin=recovery + "\n")
    # a backup from before the rekey still restores (it carries its own slots and key)
    cli.ok("restore", backup, *as_admin(root), stdin=ADMIN_PASSWORD + "\n")
    cli.ok("verify", *as_admin(root), stdin=ADMIN_PASSWORD + "\n")


def test_audit(cli, vault):
    root, _ = vault
    entries = json.loads(cli.ok("audit", "--json", "--who", "admin", *as_admin(root),
                                stdin=ADMIN_PASSWORD + "\n"))
    assert entries and {e["user"] for e in entries} == {"admin"}
    assert entries[0]["id"] > entries[-1]["id"]
    assert [e["action"] for e in entries][-1] == "vault.create"
    today = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d")
    cli.ok("verify", *as_admin(root), stdin=ADMIN_PASSWORD + "\n")
    text = cli.ok("audit", "--from", today, "--to", today, "--limit", "5", *as_admin(root),
                  stdin=ADMIN_PASSWORD + "\n")
    assert len(text.strip().splitlines()) == 5 and "登录" in text and "完整性检查" in text
    english = cli.ok("audit", "--limit", "3", *as_admin(root), "--lang", "en",
                     stdin=ADMIN_PASSWORD + "\n")
    assert "signed in" in english and not CJK.search(english)
    assert cli.ok("audit", "--from", "2000-01-01", "--to", "2000-01-02", *as_admin(root),
                  stdin=ADMIN_PASSWORD + "\n") == ""


def test_show_key_is_audited(cli, vault):
    root, _ = vault
    out = cli.ok("show-key", *as_admin(root), stdin=ADMIN_PASSWORD + "\n")
    assert re.search(r"PRAGMA key = \"x'[0-9a-f]{64}'\";", out)
    entries = json.loads(cli.ok("audit", "--json", "--limit", "5", *as_admin(root),
                                stdin=ADMIN_PASSWORD + "\n"))
    assert "key.reveal" in [e["action"] for e in entries]


def test_show_key_prints_each_compartments_key_its_holder_has(cli, vault):
    """The stock-shell way out for both files; a receptionist gets the station key only."""
    root, _ = vault
    out = cli.ok("show-key", *as_admin(root), stdin=ADMIN_PASSWORD + "\n")
    assert re.search(r"ATTACH DATABASE 'clinical.db' AS clinical KEY \"x'[0-9a-f]{64}'\";", out)
    cli.ok("users", "add", "front", "--role", "receptionist", *as_admin(root),
           stdin=ADMIN_PASSWORD + "\nfront-desk-pass\n")
    front = cli.ok("show-key", "--vault", root, "--user", "front", "--password-stdin",
                   stdin="front-desk-pass\n")
    assert re.search(r"PRAGMA key = \"x'[0-9a-f]{64}'\";", front)
    assert "ATTACH" not in front and "辅导记录库" in front


def test_users_role_gives_or_withholds_the_clinical_key(cli, vault):
    root, _ = vault
    cli.ok("users", "add", "front", "--role", "receptionist", *as_admin(root),
           stdin=ADMIN_PASSWORD + "\nfront-desk-pass\n")
    out = cli.ok("users", "role", "front", "--role", "counsellor", *as_admin(root),
                 stdin=ADMIN_PASSWORD + "\n")
    assert "角色已更改" in out and "rekey" not in out
    assert "ATTACH" in cli.ok("show-key", "--vault", root, "--user", "front", "--password-stdin",
                              stdin="front-desk-pass\n")
    out = cli.ok("users", "role", "front", "--role", "receptionist", *as_admin(root),
                 stdin=ADMIN_PASSWORD + "\n")
    assert "rekey" in out
    assert "ATTACH" not in cli.ok("show-key", "--vault", root, "--user", "front",
                                  "--password-stdin", stdin="front-desk-pass\n")
    message = cli.fails("users", "role", "admin", "--role", "counsellor", *as_admin(root),
                        stdin=ADMIN_PASSWORD + "\n")
    assert "站长" in message


def _failure_cases(root: Path, tmp_path: Path) -> dict[str, tuple[list, str, str]]:
    """name -> (argv, stdin, a piece of the Chinese message)."""
    not_a_vault = tmp_path / "not-a-vault"
    not_a_vault.mkdir(exist_ok=True)
    junk = tmp_path / "junk.sdbak"
    junk.write_bytes(b"PK\x03\x04 not really a zip")
    zhang = ["--vault", root, "--user", "zhang", "--password-stdin"]
    return {
        "wrong-password": (["verify", *as_admin(root)], "wrong-password\n", "用户名或密码不正确"),
        "unknown-user": (["verify", "--vault", root, "--user", "ghost", "--password-stdin"],
                         ADMIN_PASSWORD + "\n", "用户名或密码不正确"),
        "bad-recovery-key": (["verify", "--vault", root, "--recovery-key-stdin"],
                             "AAAA-BBBB\n", "恢复密钥不正确"),
        "not-a-vault": (["verify", *as_admin(not_a_vault)], ADMIN_PASSWORD + "\n",
                        "不是 Station Desk 保险库"),
        "missing-folder": (["verify", *as_admin(tmp_path / "nowhere")], ADMIN_PASSWORD + "\n",
                           "找不到保险库目录"),
        "no-user": (["verify", "--vault", root, "--password-stdin"], ADMIN_PASSWORD + "\n",
                    "需要 --user"),
        "no-password-flag": (["verify", "--vault", root, "--user", "admin"], "", "未提供密码"),
        "empty-stdin": (["verify", *as_admin(root)], "", "未提供密码"),
        "missing-new-password": (["users", "add", "li", "--role", "receptionist",
                                  *as_admin(root)], ADMIN_PASSWORD + "\n", "未提供密码"),
        "weak-new-password": (["users", "add", "li", "--role", "receptionist", *as_admin(root)],
                              f"{ADMIN_PASSWORD}\nshort\n", "至少需要 8 个字符"),
        "bad-username": (["users", "add", "李 四", "--role", "receptionist", *as_admin(root)],
                         f"{ADMIN_PASSWORD}\nli-pass-2026\n", "用户名须为"),
        "user-exists": (["users", "add", "zhang", "--role", "receptionist", *as_admin(root)],
                        f"{ADMIN_PASSWORD}\nli-pass-2026\n", "已存在"),
        "unknown-account": (["users", "disable", "ghost", *as_admin(root)],
                            ADMIN_PASSWORD + "\n", "没有名为 ghost 的账户"),
        "last-admin": (["users", "disable", "admin", *as_admin(root)], ADMIN_PASSWORD + "\n",
                       "最后一个站长"),
        "forbidden-audit": (["audit", *zhang], ZHANG_PASSWORD + "\n", "权限不足"),
        "forbidden-rekey": (["rekey", *zhang], ZHANG_PASSWORD + "\n", "权限不足"),
        "bad-backup": (["restore", junk, *as_admin(root)], ADMIN_PASSWORD + "\n",
                       "备份文件无法使用"),
        "missing-backup": (["restore", tmp_path / "nope.sdbak", *as_admin(root)],
                           ADMIN_PASSWORD + "\n", "备份文件无法使用"),
        "restore-no-user": (["restore", junk, "--vault", root, "--password-stdin"],
                            ADMIN_PASSWORD + "\n", "需要 --user"),
    }


CASES = ["wrong-password", "unknown-user", "bad-recovery-key", "not-a-vault", "missing-folder",
         "no-user", "no-password-flag", "empty-stdin", "missing-new-password",
         "weak-new-password", "bad-username", "user-exists", "unknown-account", "last-admin",
         "forbidden-audit", "forbidden-rekey", "bad-backup", "missing-backup",
         "restore-no-user"]


@pytest.fixture
def staffed_vault(cli, vault) -> tuple[Path, str]:
    root, _ = vault
    cli.ok("users", "add", "zhang", "--role", "counsellor", *as_admin(root),
           stdin=f"{ADMIN_PASSWORD}\n{ZHANG_PASSWORD}\n")
    return vault


@pytest.mark.parametrize("case", CASES)
def test_every_failure_is_one_translated_line(cli, staffed_vault, tmp_path, case):
    root, _ = staffed_vault
    argv, stdin, expected = _failure_cases(root, tmp_path)[case]
    line = cli.fails(*argv, stdin=stdin)
    assert expected in line, line
    for where in ("front", "end", "equals"):
        lang_argv = {"front": ["--lang", "en", *argv], "end": [*argv, "--lang", "en"],
                     "equals": [argv[0], "--lang=en", *argv[1:]]}[where]
        english = cli.fails(*lang_argv, stdin=stdin, lang="en")
        assert english != line


def test_in_use_from_the_command_line(cli, vault):
    root, _ = vault
    with sign_in(root, "admin", ADMIN_PASSWORD):
        line = cli.fails("verify", *as_admin(root), stdin=ADMIN_PASSWORD + "\n")
        assert "已被另一个" in line and str(os.getpid()) in line
        line = cli.fails("--lang", "en", "backup", *as_admin(root), stdin=ADMIN_PASSWORD + "\n",
                         lang="en")
        assert "already open" in line


def test_verify_of_a_damaged_vault_fails_without_traceback(cli, vault):
    root, _ = vault
    db = root / "station.db"
    data = bytearray(db.read_bytes())
    for i in range(2048, 2064):
        data[i] ^= 0xFF
    db.write_bytes(bytes(data))
    line = cli.fails("verify", *as_admin(root), stdin=ADMIN_PASSWORD + "\n")
    assert "数据库文件已损坏" in line


# -- real processes -----------------------------------------------------------------------------

def _python_m(*argv: str | Path, stdin: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, STATION_DESK_FAST_KDF="1")
    return subprocess.run([sys.executable, "-m", "station_desk", *map(str, argv)], input=stdin,
                          capture_output=True, text=True, env=env, timeout=120)


def test_real_processes(tmp_path):
    root = tmp_path / "vault"
    done = _python_m("init", "--vault", root, "--user", "admin", "--station-name", "进程测试站",
                     "--union-code", "U-P", "--password-stdin", stdin=ADMIN_PASSWORD + "\n")
    assert done.returncode == 0, done.stderr
    assert RECOVERY_RE.search(done.stdout) and done.stderr == ""

    done = _python_m("verify", *as_admin(root), "--lang", "en", stdin="wrong-password\n")
    assert done.returncode == 1
    assert done.stderr == "Wrong user name or password.\n"
    assert done.stdout == ""

    # no --password-stdin, and stdin is a pipe, not a terminal: refused, not prompted
    done = _python_m("verify", "--vault", root, "--user", "admin", stdin="")
    assert done.returncode == 1
    assert done.stderr.strip() == "未提供密码：请用 --password-stdin 从标准输入传入。"
    assert "Traceback" not in done.stderr
