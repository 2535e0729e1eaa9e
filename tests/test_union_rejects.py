"""The union refuses every bad package with its own reason, keeps going, and writes nothing
outside the output folder."""

from __future__ import annotations

import json
import os
import shutil
import struct
import zipfile
from pathlib import Path

import pytest

from station_desk.domain.stats.period import parse_period
from station_desk.export import keys
from station_desk.export.build import build
from station_desk.export.package import write_package
from station_desk.export.union.registry import Registry
from station_desk.export.union.run import run_merge
from station_desk.export.union.safezip import unsafe_name
from station_desk.export.union.verify import check_package
from test_export_support import (
    admin_session,
    clock,
    export,
    key_bytes,
    make_station,
    members,
    rezip,
)

PERIOD = "2026-Q3"


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    base = tmp_path_factory.mktemp("union")
    out: dict[str, Path] = {}
    for name, seed in (("A", 21), ("B", 22), ("C", 23)):
        root = make_station(base / f"vault{name}", f"ST-{name}", seed=seed, clients=30,
                            sessions=100)
        out[name] = root
        out[f"{name}.zip"] = export(root, PERIOD, base / f"{name}.zip")
        (base / f"{name}.key").write_bytes(key_bytes(root))
        out[f"{name}.key"] = base / f"{name}.key"
    registry = base / "registry"
    for name in ("A", "B"):  # C stays unknown to the union
        Registry.load(registry).register(out[f"{name}.key"].read_bytes())
    out["registry"] = registry
    return out


def snapshot(folder: Path, skip: Path) -> dict[str, tuple[int, int]]:
    return {str(p): (p.stat().st_size, p.stat().st_mtime_ns) for p in folder.rglob("*")
            if p.is_file() and skip not in p.parents}


def flip(data: bytes, at: int | None = None) -> bytes:
    at = len(data) // 2 if at is None else at
    return data[:at] + bytes([data[at] ^ 0x01]) + data[at + 1:]


def one(world: dict[str, Path], path: Path, registry: Path | None = None) -> str:
    checked = check_package(path, Registry.load(registry or world["registry"]))
    assert checked.error is None or checked.reason("zh")
    return "ok" if checked.ok else checked.error.code


def test_good_packages_pass(world: dict[str, Path]) -> None:
    assert one(world, world["A.zip"]) == "ok"
    assert one(world, world["B.zip"]) == "ok"


def test_one_changed_byte_in_any_file_is_caught(world: dict[str, Path], tmp_path: Path) -> None:
    names = list(members(world["A.zip"]))
    assert len(names) > 15
    for name in names:
        bad = rezip(world["A.zip"], tmp_path / "t.zip", {name: flip(members(world["A.zip"])[name])})
        code = one(world, bad)
        if name == "manifest.json":
            assert code in ("pkg_bad_signature", "pkg_manifest_invalid"), name
        elif name == "signature.sig":
            assert code == "pkg_bad_signature", name
        else:
            assert code == "pkg_hash_mismatch", name


def test_a_changed_byte_in_the_zip_never_changes_what_is_accepted(world: dict[str, Path],
                                                    tmp_path: Path) -> None:
    data = world["A.zip"].read_bytes()
    with zipfile.ZipFile(world["A.zip"]) as zf:
        infos = zf.infolist()
    rejected = 0
    for info in infos:
        name_len, extra_len = struct.unpack("<HH", data[info.header_offset + 26:
                                                         info.header_offset + 30])
        start = info.header_offset + 30 + name_len + extra_len
        for at in (start, start + info.compress_size // 2, start + info.compress_size - 1):
            (tmp_path / "t.zip").write_bytes(flip(data, at))
            if one(world, tmp_path / "t.zip") == "ok":
                # a bit deflate never reads (a final-block flag after the last byte of
                # output, padding): the content is untouched, and only that may pass
                assert members(tmp_path / "t.zip") == members(world["A.zip"]), (info, at)
            else:
                rejected += 1
    assert rejected >= len(infos)  # every flip in the middle of a member


def test_wrong_key(world: dict[str, Path], tmp_path: Path) -> None:
    registry = tmp_path / "reg"
    shutil.copytree(world["registry"], registry)
    # The union holds B's key under A's code: A's real package no longer verifies.
    doc = json.loads(world["B.key"].read_bytes())
    doc["station_code"] = "ST-A"
    Registry.load(registry).register(json.dumps(doc).encode(), replace=True)
    assert one(world, world["A.zip"], registry) == "pkg_bad_signature"


def test_truncated_and_not_a_zip(world: dict[str, Path], tmp_path: Path) -> None:
    data = world["A.zip"].read_bytes()
    for size in (0, 10, len(data) // 2, len(data) - 1):
        (tmp_path / "t.zip").write_bytes(data[:size])
        assert one(world, tmp_path / "t.zip") == "pkg_not_zip", size
    (tmp_path / "t.zip").write_text("这不是压缩包", "utf-8")
    assert one(world, tmp_path / "t.zip") == "pkg_not_zip"


def test_zip_bombs(world: dict[str, Path], tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.zip"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("manifest.json", b"{}")
        with zf.open("tables.json", "w") as fh:  # 64 MiB of zeros, ~64 KiB on disk
            for _ in range(64):
                fh.write(bytes(1024 * 1024))
    assert bomb.stat().st_size < 1024 * 1024
    assert one(world, bomb) == "pkg_bomb"
    many = tmp_path / "many.zip"
    with zipfile.ZipFile(many, "w") as zf:
        for i in range(500):
            zf.writestr(f"tables/t{i}.csv", b"")
    assert one(world, many) == "pkg_bomb"


def test_a_header_that_lies_about_the_size(world: dict[str, Path], tmp_path: Path) -> None:
    """Declared small, actually big: reading stops at the declared size and fails."""
    path = tmp_path / "liar.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("manifest.json", bytes(8 * 1024 * 1024))
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as zf:
        info = zf.infolist()[0]
    real = struct.pack("<I", info.file_size)
    for at in (info.header_offset + 22, data.rfind(b"PK\x01\x02") + 24):
        assert data[at:at + 4] == real
        data[at:at + 4] = struct.pack("<I", 1000)
    path.write_bytes(bytes(data))
    assert one(world, path) in ("pkg_not_zip", "pkg_bomb")


@pytest.mark.parametrize("name", ["../evil.json", "/etc/cron.d/evil", "tables/../../x.csv",
                                  "..\\..\\evil.csv", "C:/evil.csv", "./manifest.json"])
def test_paths_that_escape_the_folder(world: dict[str, Path], tmp_path: Path, name: str) -> None:
    assert unsafe_name(name)
    bad = tmp_path / "escape.zip"
    with zipfile.ZipFile(world["A.zip"]) as src, zipfile.ZipFile(bad, "w") as zf:
        for item in src.infolist():
            zf.writestr(item.filename, src.read(item))
        info = zipfile.ZipInfo("placeholder")
        info.filename = name  # zipfile would normalise the name given to ZipInfo()
        zf.writestr(info, b"gotcha")
    assert one(world, bad) == "pkg_unsafe_name"


def test_unsigned_unknown_unexpected(world: dict[str, Path], tmp_path: Path) -> None:
    assert one(world, rezip(world["A.zip"], tmp_path / "u.zip",
                            {"signature.sig": None})) == "pkg_unsigned"
    assert one(world, world["C.zip"]) == "pkg_unknown_station"
    assert one(world, rezip(world["A.zip"], tmp_path / "x.zip",
                            {"tables/extra.csv": b"a,b\r\n"})) == "pkg_unexpected_member"
    assert one(world, rezip(world["A.zip"], tmp_path / "m.zip",
                            {"summary.pdf": None})) == "pkg_missing_member"


def test_newer_schema_says_upgrade(world: dict[str, Path], tmp_path: Path) -> None:
    manifest = json.loads(members(world["A.zip"])["manifest.json"])
    manifest["schema_version"] = 3
    raw = json.dumps(manifest).encode()
    with admin_session(world["A"]) as s:  # properly signed: only the version is wrong
        sig = keys.sign(s.db, raw)
    import base64

    bad = rezip(world["A.zip"], tmp_path / "n.zip",
                {"manifest.json": raw, "signature.sig": base64.b64encode(sig)})
    checked = check_package(bad, Registry.load(world["registry"]))
    assert checked.error.code == "pkg_newer_schema"
    assert "升级" in checked.reason("zh")


def test_a_batch_with_every_kind_of_problem(world: dict[str, Path], tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    shutil.copy(world["A.zip"], inbox / "a.zip")
    shutil.copy(world["A.zip"], inbox / "a-copy.zip")
    shutil.copy(world["B.zip"], inbox / "b.zip")
    shutil.copy(world["C.zip"], inbox / "c.zip")
    (inbox / "broken.zip").write_bytes(world["B.zip"].read_bytes()[:500])
    rezip(world["B.zip"], inbox / "evil.zip", {"summary.pdf": b"%PDF-1.4 forged"})
    export(world["A"], "2026-10", inbox / "a-october.zip")
    (inbox / "notes.txt").write_text("ignored: not a .zip", "utf-8")
    out = tmp_path / "report"
    before = snapshot(tmp_path, out)
    outcome = run_merge(world["registry"], [inbox], out, PERIOD)
    assert snapshot(tmp_path, out) == before  # nothing written outside the output folder
    codes = {r.path.name: (r.error.code if r.error else "ok") for r in outcome.results}
    assert codes == {"a.zip": "ok", "a-copy.zip": "pkg_duplicate", "b.zip": "ok",
                     "c.zip": "pkg_unknown_station", "broken.zip": "pkg_not_zip",
                     "evil.zip": "pkg_hash_mismatch", "a-october.zip": "pkg_wrong_period"}
    for r in outcome.rejected:
        assert any("\u4e00" <= ch <= "\u9fff" for ch in r.reason("zh")), r.reason("zh")
    assert all(out in p.parents for p in outcome.files)
    assert outcome.report is not None and len(outcome.report.accepted) == 2
    rows = (out / "csv" / "verification.csv").read_text("utf-8-sig")
    assert "拒收" in rows and "a-copy.zip" in rows


def test_the_newest_package_of_a_station_wins(world: dict[str, Path], tmp_path: Path) -> None:
    later = clock()
    later.advance(days=3)
    with admin_session(world["A"]) as s:
        s.clock = later
        write_package(s, build(s, parse_period(PERIOD)), tmp_path / "a2.zip")
    shutil.copy(world["A.zip"], tmp_path / "a1.zip")
    outcome = run_merge(world["registry"], [tmp_path / "a1.zip", tmp_path / "a2.zip"],
                        tmp_path / "out", PERIOD)
    codes = {r.path.name: (r.error.code if r.error else "ok") for r in outcome.results}
    assert codes == {"a1.zip": "pkg_duplicate", "a2.zip": "ok"}


def test_nothing_is_ever_extracted(world: dict[str, Path], tmp_path: Path) -> None:
    """Even a package with a hostile name leaves no file anywhere: members stay in memory."""
    bad = tmp_path / "escape.zip"
    with zipfile.ZipFile(bad, "w") as zf:
        info = zipfile.ZipInfo("x")
        info.filename = "../../escaped.txt"
        zf.writestr(info, b"gotcha")
    cwd = os.getcwd()
    run_merge(world["registry"], [bad, world["A.zip"]], tmp_path / "out", PERIOD)
    assert not list(tmp_path.parent.rglob("escaped.txt"))
    assert not (Path(cwd).parent / "escaped.txt").exists()
