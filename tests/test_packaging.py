"""The installer files agree with the tree: every data folder is bundled, the version has one
source, the .desktop file is valid, the uninstaller never touches data, licences are shipped."""

from __future__ import annotations

import ast
import configparser
import json
import re
import shutil
import struct
import subprocess
import tomllib
from pathlib import Path

import pytest

from station_desk import __version__

ROOT = Path(__file__).resolve().parents[1]
INSTALLER = ROOT / "installer"
SPEC = INSTALLER / "station-desk.spec"
ISS = INSTALLER / "station-desk.iss"
DESKTOP = INSTALLER / "station-desk.desktop"
LICENSES = ROOT / "resources" / "licenses"


def _spec_assignments() -> dict[str, object]:
    tree = ast.parse(SPEC.read_text("utf-8"))
    values: dict[str, object] = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1 \
                and isinstance(node.targets[0], ast.Name):
            try:
                values[node.targets[0].id] = ast.literal_eval(node.value)
            except ValueError:
                values[node.targets[0].id] = node.value
    return values


def test_spec_bundles_every_data_folder_the_app_reads() -> None:
    folders = dict(_spec_assignments()["DATA_FOLDERS"])  # type: ignore[arg-type]
    for source in folders:
        assert (ROOT / source).is_dir(), f"spec lists {source}, which does not exist"
    # Everything under seeds/ and every resources/ sub-folder, at the path paths.py expects.
    assert folders["seeds"] == "seeds"
    for sub in sorted(p for p in (ROOT / "resources").iterdir() if p.is_dir()):
        rel = f"resources/{sub.name}"
        assert folders.get(rel) == rel, f"{rel} is not bundled by the spec"
    # Package data (storage/schema/*.sql, export/package-schema.json, ...) stays beside its
    # modules: the whole package folder is walked, only code is skipped. The .ts catalogues
    # ship too: station_desk.i18n reads them without Qt for every message below the screens.
    assert folders["src/station_desk"] == "station_desk"
    skipped = _spec_assignments()["SKIP_SUFFIXES"]
    assert skipped == {".py", ".pyc"}
    package_data = [p for p in (ROOT / "src/station_desk").rglob("*")
                    if p.is_file() and p.suffix not in skipped and "__pycache__" not in p.parts]
    assert any(p.suffix == ".sql" for p in package_data)


def test_spec_carries_qt_translations_sqlcipher_and_dynamic_modules() -> None:
    text = SPEC.read_text("utf-8")
    assert '"qtbase_zh_CN.qm"' in text and '"PySide6/Qt/translations"' in text
    assert 'collect_dynamic_libs("sqlcipher3")' in text
    assert '"sqlcipher3._sqlite3"' in text
    # cli/main.py imports its command modules by name: the spec must collect the package.
    assert 'collect_submodules("station_desk")' in text
    assert "installer\" / \"entry.py\"" in text or "installer/entry.py" in text
    assert "console=not WINDOWS" in text


def test_spec_reads_the_version_from_the_package() -> None:
    text = SPEC.read_text("utf-8")
    assert '"__init__.py"' in text and "__version__" in text
    assert __version__ not in text


def test_desktop_file_is_valid() -> None:
    validator = shutil.which("desktop-file-validate")
    if validator:
        result = subprocess.run([validator, str(DESKTOP)], capture_output=True, text=True,
                                check=False)
        assert result.returncode == 0 and not result.stdout.strip(), result.stdout
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read_string(DESKTOP.read_text("utf-8"))
    entry = parser["Desktop Entry"]
    assert entry["Type"] == "Application"
    for key in ("Name", "Name[zh_CN]", "Comment[zh_CN]", "Exec", "Icon", "Categories"):
        assert entry.get(key), key
    assert entry["Exec"].split()[0] == "station-desk"
    assert entry["Categories"].endswith(";") and "Office" in entry["Categories"].split(";")
    assert entry["Terminal"] == "false"
    assert (ROOT / "resources/icons" / f"{entry['Icon']}.svg").is_file()


def test_linux_build_script_uses_one_version_and_names_the_tarball() -> None:
    text = (ROOT / "scripts" / "build_linux.sh").read_text("utf-8")
    assert "station_desk.__version__" in text
    assert 'station-desk-$VERSION-linux-$ARCH.tar.gz' in text
    assert "--self-test" in text
    assert "selftest-stderr-allowlist.txt" in text
    assert __version__ not in text


def test_windows_build_passes_the_version_to_inno_setup() -> None:
    text = (ROOT / "scripts" / "build_windows.ps1").read_text("utf-8")
    assert "station_desk.__version__" in text
    assert '"/DAppVersion=$Version"' in text
    assert "--self-test" in text and "--report" in text


def _iss_sections() -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {}
    current = ""
    for raw in ISS.read_text("utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith(";"):
            continue
        match = re.fullmatch(r"\[(\w+)\]", line)
        if match:
            current = match.group(1)
            sections.setdefault(current, [])
        else:
            sections.setdefault(current, []).append(line)
    return sections


def test_inno_setup_script_never_deletes_data() -> None:
    sections = _iss_sections()
    assert "UninstallDelete" not in sections, "the uninstaller must not delete anything extra"
    for line in sections.get("InstallDelete", []):
        assert "{app}" in line and "commonappdata" not in line and "DataDir" not in line
    data_dirs = [line for line in sections["Dirs"] if "DataDir" in line]
    assert data_dirs and all("uninsneveruninstall" in line for line in data_dirs)
    assert all("users-modify" in line for line in data_dirs)
    assert '#define DataDir "{commonappdata}\\StationDesk"' in ISS.read_text("utf-8")
    header = ISS.read_text("utf-8").split("#ifndef")[0]
    assert "NEVER deletes" in header  # and says why


def test_inno_setup_script_is_chinese_with_a_start_menu_entry() -> None:
    text = ISS.read_text("utf-8")
    sections = _iss_sections()
    languages = sections["Languages"]
    assert "ChineseSimplified.isl" in languages[0]
    assert "LanguageDetectionMethod=none" in sections["Setup"]
    assert any(line.startswith('Name: "{group}\\') and "{#AppExe}" in line
               for line in sections["Icons"])
    assert "AppVersion={#AppVersion}" in sections["Setup"]
    assert "#error" in text and __version__ not in text
    assert "SetupIconFile=..\\resources\\icons\\station-desk.ico" in sections["Setup"]


def test_app_icon_sizes_and_ico() -> None:
    icons = ROOT / "resources" / "icons"
    assert (icons / "station-desk.svg").is_file()
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        data = (icons / f"station-desk-{size}.png").read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n"
        width, height = struct.unpack(">II", data[16:24])
        assert (width, height) == (size, size)
    ico = (icons / "station-desk.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind) == (0, 1) and count >= 5
    sizes = {ico[6 + 16 * i] or 256 for i in range(count)}
    assert {16, 32, 48, 256} <= sizes


def test_licences_cover_every_runtime_dependency() -> None:
    data = json.loads((LICENSES / "components.json").read_text("utf-8"))
    shipped = {c["distribution"].lower() for c in data["components"] if c["distribution"]}
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    for requirement in project["dependencies"]:
        name = re.split(r"[<>=!~ \[;]", requirement, maxsplit=1)[0].lower()
        assert name in shipped, f"{name} has no entry in resources/licenses/components.json"
    for component in data["components"]:
        for name in component["files"]:
            assert (LICENSES / name).is_file(), name
            assert len((LICENSES / name).read_text("utf-8")) > 200, name
    assert (LICENSES / data["font"]["file"]).resolve().is_file()


def test_build_extra_is_pinned() -> None:
    extras = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"][
        "optional-dependencies"]
    assert extras["build"]
    assert all(re.fullmatch(r"[\w.-]+==[\w.]+", item) for item in extras["build"])


def test_ci_builds_and_self_tests_after_the_suite() -> None:
    lines = [line.strip() for line in (ROOT / ".ci" / "run").read_text("utf-8").splitlines()]
    test = next(i for i, line in enumerate(lines) if line.startswith("bash scripts/test.sh -q"))
    build = next(i for i, line in enumerate(lines) if line == "bash scripts/build_linux.sh")
    assert test < build


def test_readme_documents_the_build_commands() -> None:
    text = (ROOT / "README.md").read_text("utf-8")
    section = text.split("## 构建安装包 / Building installers", 1)
    assert len(section) == 2, "README lacks the 构建安装包 / Building installers section"
    assert "bash scripts/build_linux.sh" in section[1]
    assert "scripts\\build_windows.ps1" in section[1]


@pytest.mark.parametrize("name", ["linux-install.sh"])
def test_shell_scripts_parse(name: str) -> None:
    bash = shutil.which("bash")
    if bash is None:
        pytest.skip("no bash")
    for path in (INSTALLER / name, ROOT / "scripts" / "build_linux.sh"):
        result = subprocess.run([bash, "-n", str(path)], capture_output=True, text=True,
                                check=False)
        assert result.returncode == 0, result.stderr
