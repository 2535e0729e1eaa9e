"""`station-desk transfer export|import` and the extended `station-key`, as a station runs them:
every refusal one clear line (Chinese, or English with --lang en), non-zero exit."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from station_desk.cli.main import main
from station_desk.export import keys
from test_records_world import PASSWORD
from transfer_support import ADMIN_PASSWORD, full_case, make_station


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("transfer-cli")
    a = make_station(root / "a", "东城区职工心灵驿站", "DC-01")
    b = make_station(root / "b", "西城区职工心灵驿站", "XC-02")
    c = make_station(root / "c", "朝阳区职工心灵驿站", "CY-03")
    full_case(a)
    (root / "b.key").write_bytes(b.key_file())
    for station in (a, b, c):
        station.close()
    return {"a": root / "a", "b": root / "b", "c": root / "c", "root": root,
            "b.key": root / "b.key"}


def run(args: list[str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture,
        stdin: str = "") -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


def as_user(vault: Path, user: str) -> list[str]:
    return ["--vault", str(vault), "--user", user, "--password-stdin"]


def one_line(err: str) -> str:
    assert err.count("\n") == 1 and "Traceback" not in err, err
    return err.strip()


def test_export_then_import(world: dict[str, Path], monkeypatch: pytest.MonkeyPatch,
                            capsys: pytest.CaptureFixture) -> None:
    out_file = world["root"] / "case.sdtransfer"
    code, out, err = run(["transfer", "export", *as_user(world["a"], "lin"), "--file",
                          "XL-2026-000001", "--to", str(world["b.key"]), "--out",
                          str(out_file)], monkeypatch, capsys, PASSWORD + "\n")
    assert code == 0, err
    assert "西城区职工心灵驿站 (XC-02)" in out and "辅导记录 2" in out
    # Once sent, not again.
    code, _, err = run(["transfer", "export", *as_user(world["a"], "lin"), "--file",
                        "XL-2026-000001", "--to", str(world["b.key"]), "--out",
                        str(world["root"] / "again")], monkeypatch, capsys, PASSWORD + "\n")
    assert code == 1 and "已于" in one_line(err) and "不能再次转出" in err

    code, out, err = run(["transfer", "import", str(out_file), *as_user(world["b"], "admin"),
                          "--check"], monkeypatch, capsys, ADMIN_PASSWORD + "\n")
    assert code == 0 and "东城区职工心灵驿站 (DC-01)" in out and "指纹" in out
    code, out, err = run(["--lang", "en", "transfer", "import", str(out_file),
                          *as_user(world["b"], "admin"), "--counsellor", "he"],
                         monkeypatch, capsys, ADMIN_PASSWORD + "\n")
    assert code == 0, err
    assert "Imported: new file XL-2026-000001" in out
    code, _, err = run(["transfer", "import", str(out_file), *as_user(world["b"], "admin")],
                       monkeypatch, capsys, ADMIN_PASSWORD + "\n")
    assert code == 1 and "不再重复导入" in one_line(err)

    # A third station: refused, in both languages.
    code, _, err = run(["transfer", "import", str(out_file), *as_user(world["c"], "admin")],
                       monkeypatch, capsys, ADMIN_PASSWORD + "\n")
    assert code == 1 and "不是本站" in one_line(err)
    code, _, err = run(["--lang", "en", "transfer", "import", str(out_file),
                        *as_user(world["c"], "admin")], monkeypatch, capsys,
                       ADMIN_PASSWORD + "\n")
    assert code == 1 and "not for this station" in one_line(err)

    # Tampered: one byte of the ciphertext.
    data = bytearray(out_file.read_bytes())
    data[len(data) - 200] ^= 0x40
    bad = world["root"] / "tampered.sdtransfer"
    bad.write_bytes(bytes(data))
    code, _, err = run(["transfer", "import", str(bad), *as_user(world["b"], "admin")],
                       monkeypatch, capsys, ADMIN_PASSWORD + "\n")
    assert code == 1 and "签名不符" in one_line(err)
    code, _, err = run(["--lang", "en", "transfer", "import", str(bad),
                        *as_user(world["b"], "admin")], monkeypatch, capsys,
                       ADMIN_PASSWORD + "\n")
    assert code == 1 and "signature does not match" in one_line(err)


@pytest.mark.parametrize(("args", "zh", "en"), [
    (["import", "{root}/b.key"], "不是 Station Desk 转站文件", "not a Station Desk transfer file"),
    (["import", "{root}/missing.sdtransfer"], "", ""),
])
def test_bad_input_is_one_line(world: dict[str, Path], args: list[str], zh: str, en: str,
                               monkeypatch: pytest.MonkeyPatch,
                               capsys: pytest.CaptureFixture) -> None:
    argv = [a.format(root=world["root"]) for a in args]
    for lang, expected in (("zh", zh), ("en", en)):
        code, _, err = run(["--lang", lang, "transfer", *argv, *as_user(world["b"], "admin")],
                           monkeypatch, capsys, ADMIN_PASSWORD + "\n")
        assert code == 1 and expected in one_line(err)


def test_export_refusals(world: dict[str, Path], monkeypatch: pytest.MonkeyPatch,
                         capsys: pytest.CaptureFixture) -> None:
    out = world["root"] / "x.sdtransfer"
    cases = [
        (["--file", "XL-2099-999999", "--to", str(world["b.key"])], "lin", PASSWORD,
         "找不到档案 XL-2099-999999", "File XL-2099-999999 not found"),
        (["--file", "XL-2026-000001", "--to", str(world["root"] / "nothing.key")], "lin",
         PASSWORD, "", ""),
        (["--file", "XL-2026-000001", "--to", str(world["b.key"])], "he", PASSWORD,
         "责任咨询师", "Only the counsellor responsible"),
    ]
    for extra, user, password, zh, en in cases:
        for lang, expected in (("zh", zh), ("en", en)):
            code, _, err = run(["--lang", lang, "transfer", "export",
                                *as_user(world["a"], user), *extra, "--out", str(out)],
                               monkeypatch, capsys, password + "\n")
            assert code == 1 and expected in one_line(err)
    assert not out.exists()


def test_station_key_prints_the_encryption_key(world: dict[str, Path],
                                               monkeypatch: pytest.MonkeyPatch,
                                               capsys: pytest.CaptureFixture) -> None:
    code, out, _ = run(["station-key", *as_user(world["b"], "admin")], monkeypatch, capsys,
                       ADMIN_PASSWORD + "\n")
    assert code == 0 and "加密公钥（X25519，base64）：" in out
    printed = keys.parse_station_key(out.encode("utf-8"))  # `station-key > b.pub` works too
    from_file = keys.parse_station_key(world["b.key"].read_bytes())
    assert printed == from_file and printed.box_public is not None
