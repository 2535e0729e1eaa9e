"""`station-desk export`, `station-key` and `union register|list|merge` from the command line."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from station_desk.cli.main import main
from test_export_support import ADMIN, make_station


@pytest.fixture(scope="module")
def station(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_station(tmp_path_factory.mktemp("cli") / "vault", "CLI-01", seed=61,
                        clients=40, sessions=150)


def run(args: list[str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture,
        stdin: str = "") -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


def login(station: Path) -> list[str]:
    return ["--vault", str(station), "--user", ADMIN["username"], "--password-stdin"]


def test_k_below_five_is_refused_before_anything(station: Path, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch,
                                                 capsys: pytest.CaptureFixture) -> None:
    code, _, err = run(["export", *login(station), "--period", "2026-10", "--k", "4",
                        "--out", str(tmp_path / "p.zip")], monkeypatch, capsys,
                       ADMIN["password"] + "\n")
    assert code == 1 and "不能小于 5" in err
    assert not (tmp_path / "p.zip").exists()
    code, _, err = run(["--lang", "en", "export", *login(station), "--period", "2026-10",
                        "--k", "1", "--preview"], monkeypatch, capsys, ADMIN["password"] + "\n")
    assert code == 1 and "cannot be below 5" in err


def test_bad_period(station: Path, monkeypatch: pytest.MonkeyPatch,
                    capsys: pytest.CaptureFixture) -> None:
    code, _, err = run(["export", *login(station), "--period", "2026-13", "--preview"],
                       monkeypatch, capsys, ADMIN["password"] + "\n")
    assert code == 1 and "统计期间格式不对" in err


def test_preview_writes_nothing(station: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                capsys: pytest.CaptureFixture) -> None:
    code, out, _ = run(["export", *login(station), "--period", "2026-Q3", "--preview"],
                       monkeypatch, capsys, ADMIN["password"] + "\n")
    assert code == 0
    assert "未写出任何文件" in out and "== 按性别统计的服务人次 (sessions_by_gender)" in out
    assert list(tmp_path.iterdir()) == [tmp_path / "xdg-runtime"]


def test_export_station_key_register_merge(station: Path, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch,
                                           capsys: pytest.CaptureFixture) -> None:
    package = tmp_path / "in" / "p.zip"
    package.parent.mkdir()
    code, out, _ = run(["export", *login(station), "--period", "2026-Q3", "--out",
                        str(package)], monkeypatch, capsys, ADMIN["password"] + "\n")
    assert code == 0 and package.exists() and "SHA-256" in out
    keyfile = tmp_path / "station.key"
    code, out, _ = run(["station-key", *login(station), "--out", str(keyfile)], monkeypatch,
                       capsys, ADMIN["password"] + "\n")
    fingerprint = json.loads(keyfile.read_text("utf-8"))["fingerprint"]
    assert code == 0 and fingerprint in out and "BEGIN PUBLIC KEY" in out
    code, out, _ = run(["station-key", *login(station), "--json"], monkeypatch, capsys,
                       ADMIN["password"] + "\n")
    assert json.loads(out)["fingerprint"] == fingerprint
    registry = tmp_path / "registry"
    code, out, _ = run(["union", "register", "--registry", str(registry), str(keyfile)],
                       monkeypatch, capsys)
    assert code == 0 and fingerprint in out
    code, out, _ = run(["union", "list", "--registry", str(registry), "--json"], monkeypatch,
                       capsys)
    assert json.loads(out)[0]["code"] == "CLI-01"
    (tmp_path / "in" / "junk.zip").write_bytes(b"junk")
    report = tmp_path / "report"
    code, out, _ = run(["union", "merge", "--registry", str(registry), "--out", str(report),
                        str(tmp_path / "in")], monkeypatch, capsys)
    assert code == 3  # written, but one file refused
    assert "[采用] p.zip" in out and "[拒收] junk.zip" in out
    assert (report / "city_2026-Q3.pdf").exists()
    code, out, _ = run(["--lang", "en", "union", "merge", "--registry", str(registry),
                        "--out", str(report), "--json", str(package)], monkeypatch, capsys)
    assert code == 0 and json.loads(out)[0]["accepted"] is True


def test_merge_with_nothing_valid(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                  capsys: pytest.CaptureFixture) -> None:
    (tmp_path / "junk.zip").write_bytes(b"junk")
    code, out, err = run(["union", "merge", "--registry", str(tmp_path / "r"), "--out",
                          str(tmp_path / "o"), str(tmp_path / "junk.zip")], monkeypatch, capsys)
    assert code == 1 and "junk.zip" in out and "--period" in err
    code, _, err = run(["union", "merge", "--registry", str(tmp_path / "r"), "--out",
                        str(tmp_path / "o"), str(tmp_path / "empty")], monkeypatch, capsys)
    assert code == 1


def test_registering_a_different_key_needs_replace(station: Path, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch,
                                                   capsys: pytest.CaptureFixture) -> None:
    keyfile = tmp_path / "k.json"
    run(["station-key", *login(station), "--out", str(keyfile)], monkeypatch, capsys,
        ADMIN["password"] + "\n")
    doc = json.loads(keyfile.read_text("utf-8"))
    other = dict(doc, public_key="A" * 43 + "=", public_key_pem="", fingerprint=None)
    forged = tmp_path / "forged.json"
    forged.write_text(json.dumps(other), "utf-8")
    registry = str(tmp_path / "reg")
    assert run(["union", "register", "--registry", registry, str(keyfile)], monkeypatch,
               capsys)[0] == 0
    code, _, err = run(["union", "register", "--registry", registry, str(forged)], monkeypatch,
                       capsys)
    assert code == 1 and "--replace" in err


def test_union_without_action_opens_the_window(monkeypatch: pytest.MonkeyPatch,
                                               capsys: pytest.CaptureFixture) -> None:
    from station_desk.ui.export import union_window

    opened: list[tuple] = []
    monkeypatch.setattr(union_window, "run_union_window",
                        lambda registry=None, lang="zh": opened.append((registry, lang)) or 0)
    assert run(["union"], monkeypatch, capsys)[0] == 0
    assert run(["--lang", "en", "union", "gui", "--registry", "/r"], monkeypatch, capsys)[0] == 0
    assert opened == [(None, "zh"), (Path("/r"), "en")]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_registering_what_station_key_prints(station: Path, tmp_path: Path, lang: str,
                                             monkeypatch: pytest.MonkeyPatch,
                                             capsys: pytest.CaptureFixture) -> None:
    """`station-desk station-key > station.pub`, then `union register station.pub` (issue 17),
    also as Windows PowerShell 5 writes a redirection (UTF-16 with a byte-order mark)."""
    code, printed, _ = run(["--lang", lang, "station-key", *login(station)], monkeypatch,
                           capsys, ADMIN["password"] + "\n")
    assert code == 0
    fingerprint = next(line.split(":" if lang == "en" else "：", 1)[1].strip()
                       for line in printed.splitlines()
                       if line.startswith(("Fingerprint", "指纹")))
    for n, data in enumerate([printed.encode("utf-8"), printed.encode("utf-16")]):
        pub = tmp_path / f"station{n}.pub"
        pub.write_bytes(data)
        registry = tmp_path / f"registry{n}"
        code, out, err = run(["union", "register", "--registry", str(registry), str(pub)],
                             monkeypatch, capsys)
        assert code == 0, err
        assert fingerprint in out and "CLI-01" in out
        listed = json.loads(run(["union", "list", "--registry", str(registry), "--json"],
                                monkeypatch, capsys)[1])
        assert [(s["code"], s["fingerprint"]) for s in listed] == [("CLI-01", fingerprint)]


def test_unreadable_key_file_says_how_to_get_one(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch,
                                                 capsys: pytest.CaptureFixture) -> None:
    junk = tmp_path / "station.pub"
    junk.write_text("hello\n", "utf-8")
    code, _, err = run(["union", "register", "--registry", str(tmp_path / "r"), str(junk)],
                       monkeypatch, capsys)
    assert code == 1 and "station-desk station-key --out station.key" in err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    code, _, err = run(["--lang", "en", "union", "register", "--registry", str(tmp_path / "r"),
                        str(junk)], monkeypatch, capsys)
    assert code == 1 and "station-desk station-key --out station.key" in err


def test_printed_key_with_a_changed_fingerprint_is_refused(station: Path, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch,
                                                           capsys: pytest.CaptureFixture) -> None:
    _, printed, _ = run(["station-key", *login(station)], monkeypatch, capsys,
                        ADMIN["password"] + "\n")
    lines = [("指纹：0000 0000 0000 0000 0000 0000 0000 0000" if line.startswith("指纹") else line)
             for line in printed.splitlines()]
    pub = tmp_path / "station.pub"
    pub.write_text("\n".join(lines), "utf-8")
    code, _, err = run(["union", "register", "--registry", str(tmp_path / "r"), str(pub)],
                       monkeypatch, capsys)
    assert code == 1 and "fingerprint" in err


def test_k_is_station_policy_and_never_lowered_for_a_released_period(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture) -> None:
    """Issue 17: the admin sets k (audited); a year's packages share the k of its first one;
    a released period is exported again only as released, never with a lower k."""
    root = make_station(tmp_path / "vault", "CLI-K", seed=62, clients=30, sessions=120)
    password = ADMIN["password"] + "\n"
    code, out, _ = run(["export-policy", *login(root)], monkeypatch, capsys, password)
    assert code == 0 and "k = 5" in out
    code, out, _ = run(["export-policy", *login(root), "--k", "8"], monkeypatch, capsys,
                       password)
    assert code == 0 and "k = 8" in out
    code, _, err = run(["export-policy", *login(root), "--k", "3"], monkeypatch, capsys,
                       password)
    assert code == 1 and len(err.strip().splitlines()) == 1
    code, out, _ = run(["--lang", "en", "audit", *login(root), "--target", "setting:export_k"],
                       monkeypatch, capsys, password)
    assert "export_k" in out
    # below the station's policy: refused, one line; above it, before a year's first package:
    # taken (a preview releases nothing)
    code, _, err = run(["export", *login(root), "--period", "2026-07", "--k", "6",
                        "--preview"], monkeypatch, capsys, password)
    assert code == 1 and "k = 8" in err and len(err.strip().splitlines()) == 1
    code, out, _ = run(["export", *login(root), "--period", "2027-01", "--k", "12",
                        "--preview"], monkeypatch, capsys, password)
    assert code == 0 and "k = 12" in out
    first = tmp_path / "first.zip"
    code, out, _ = run(["export", *login(root), "--period", "2026-07", "--out", str(first)],
                       monkeypatch, capsys, password)
    assert code == 0 and json.loads(_manifest(first))["k"] == 8
    # lowering it for the released period: refused in Chinese and in English, non-zero
    for lang, words in (("zh", "不能用更小的 k = 5 重新导出"), ("en", "cannot be exported again")):
        code, _, err = run(["--lang", lang, "export", *login(root), "--period", "2026-07",
                            "--k", "5", "--out", str(tmp_path / "lower.zip")], monkeypatch,
                           capsys, password)
        assert code == 1 and words in err and len(err.strip().splitlines()) == 1
        assert "Traceback" not in err
    assert not (tmp_path / "lower.zip").exists()
    # asking for more: the same tables as released, and it says so
    again = tmp_path / "again.zip"
    code, out, _ = run(["export", *login(root), "--period", "2026-07", "--k", "12", "--out",
                        str(again)], monkeypatch, capsys, password)
    assert code == 0 and "按 k = 8 发布" in out and "完全相同" in out and "k = 12" in out
    assert _tables(again) == _tables(first)
    # another period of 2026 with a different k: the year is protected with one k
    code, _, err = run(["export", *login(root), "--period", "2026-08", "--k", "10",
                        "--preview"], monkeypatch, capsys, password)
    assert code == 1 and "k = 8" in err


def _manifest(path: Path) -> bytes:
    import zipfile

    with zipfile.ZipFile(path) as zf:
        return zf.read("manifest.json")


def _tables(path: Path) -> object:
    import zipfile

    with zipfile.ZipFile(path) as zf:
        return json.loads(zf.read("tables.json"))["tables"]
