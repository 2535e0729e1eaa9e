"""The station's package: what is in it, what is not, and the rules around making it."""

from __future__ import annotations

import base64
import hashlib
import json
import re
import shutil
import subprocess
import zipfile
import zlib
from pathlib import Path

import pytest

from station_desk.domain.auth import sign_in
from station_desk.domain.stats.period import parse_period
from station_desk.errors import StationDeskError
from station_desk.export import schema
from station_desk.export.build import build
from station_desk.export.keys import key_file, station_fingerprint, verify
from station_desk.export.package import write_package
from station_desk.export.tables import SUPPRESSED
from test_export_support import ADMIN, admin_session, export, make_station, members

PERIOD = "2026-Q3"


@pytest.fixture(scope="module")
def station(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_station(tmp_path_factory.mktemp("pkg") / "vault", "PKG-01", seed=11,
                        clients=80, sessions=320)


@pytest.fixture(scope="module")
def package(station: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return export(station, PERIOD, tmp_path_factory.mktemp("out") / "pkg.zip")


def test_layout_manifest_and_hashes(package: Path, station: Path) -> None:
    parts = members(package)
    manifest = json.loads(parts["manifest.json"])
    assert schema.problems(manifest, "manifest") == []
    assert manifest["station"]["code"] == "PKG-01"
    assert manifest["period"] == PERIOD and manifest["period_kind"] == "quarter"
    assert manifest["k"] == 5 and manifest["schema_version"] == 2
    protection = manifest["protection"]
    assert protection["method"] == "linked-suppression" and protection["k"] == 5
    assert protection["published_counts_exact"] is True and protection["first_released"] is None
    assert re.fullmatch(r"[0-9a-f]{64}", manifest["audit_head"])
    listed = {f["path"]: f for f in manifest["files"]}
    assert set(parts) == set(listed) | {"manifest.json", "signature.sig"}
    for name, entry in listed.items():
        assert hashlib.sha256(parts[name]).hexdigest() == entry["sha256"]
        assert len(parts[name]) == entry["size"]
    with admin_session(station) as s:
        doc = key_file(s)
        assert manifest["key_fingerprint"] == station_fingerprint(s) == doc["fingerprint"]
    signature = base64.b64decode(parts["signature.sig"])
    assert verify(base64.b64decode(doc["public_key"]), signature, parts["manifest.json"])
    assert not verify(base64.b64decode(doc["public_key"]), signature,
                      parts["manifest.json"] + b" ")


def test_schema_is_valid_2020_12_and_packages_pass_the_reference_validator(
        package: Path) -> None:
    """The app validates with fastjsonschema after inlining references; the reference
    validator must agree on the schema as written."""
    jsonschema = pytest.importorskip("jsonschema")
    root = schema.schema()
    jsonschema.Draft202012Validator.check_schema(root)
    parts = members(package)
    for name in ("manifest.json", "tables.json"):
        jsonschema.Draft202012Validator(root).validate(json.loads(parts[name]))
    broken = json.loads(parts["tables.json"])
    broken["tables"][3]["rows"][0][-1] = -1
    assert not jsonschema.Draft202012Validator(root).is_valid(broken)
    assert schema.problems(broken, "tables")


def test_tables_as_json_and_csv(package: Path) -> None:
    parts = members(package)
    doc = json.loads(parts["tables.json"])
    assert schema.problems(doc, "tables") == []
    ids = [t["id"] for t in doc["tables"]]
    for wanted in ("station_profile", "tier_selfcheck", "sessions_by_modality",
                   "sessions_by_issue", "sessions_by_gender", "sessions_by_age_band",
                   "sessions_by_industry", "sessions_by_key_group", "case_flow",
                   "crises_by_outcome", "followups", "assessments_by_mode", "assessment_bands",
                   "satisfaction", "activities", "indicators"):
        assert wanted in ids
    for table in doc["tables"]:
        assert schema.table_problems(table) == []
        csv = parts[f"tables/{table['id']}.csv"]
        assert csv.startswith(b"\xef\xbb\xbf")  # BOM: Excel reads UTF-8
        lines = csv.decode("utf-8-sig").splitlines()
        assert len(lines) == len(table["rows"]) + 1
    gender = next(t for t in doc["tables"] if t["id"] == "sessions_by_age_band")
    assert [r[0] for r in gender["rows"]][:2] == ["under_20", "20_29"]


def test_zip_entries_carry_no_date_finer_than_the_month(package: Path) -> None:
    with zipfile.ZipFile(package) as zf:
        stamps = {info.date_time for info in zf.infolist()}
    assert stamps == {(2026, 7, 1, 0, 0, 0)}
    text = members(package)["tables.json"].decode("utf-8")
    assert not re.search(r"\d{4}-\d{2}-\d{2}", text)
    pdf = members(package)["summary.pdf"]
    assert b"D:2026" not in pdf and b"D:20000101000000" in pdf  # reportlab's invariant mode


def _sensitive_strings(root: Path) -> set[str]:
    queries = [
        "SELECT file_no, name, phone, employer, emergency_contact FROM clients",
        "SELECT closing_summary FROM client_clinical",
        "SELECT username, display_name FROM users",
        "SELECT complaint, assessment, intervention, plan, supervisor_comment FROM sessions",
        "SELECT text FROM session_addenda", "SELECT scope FROM consents",
        "SELECT outcome FROM followups", "SELECT notes, outcome FROM crises",
        "SELECT destination, reason, outcome FROM referrals", "SELECT comment FROM satisfaction",
        "SELECT topic, venue, organiser FROM activities", "SELECT address FROM station",
    ]
    found: set[str] = set()
    with admin_session(root) as s:
        for sql in queries:
            for row in s.db.all(sql):
                for value in row:
                    if isinstance(value, str) and len(value.strip()) >= 2:
                        found.add(value.strip())
                        if re.fullmatch(r"[\d -]+", value):
                            found.add(re.sub(r"\D", "", value))
    # the note fragments themselves, in case a note were cut and stitched
    return found


def _haystack(package: Path, tmp_path: Path) -> str:
    parts = members(package)
    texts = [data.decode("utf-8", "replace") for name, data in parts.items()
             if not name.endswith(".pdf")]
    pdf = parts["summary.pdf"]
    for stream in re.findall(rb"stream\r?\n(.*?)endstream", pdf, re.S):
        try:
            texts.append(zlib.decompress(stream).decode("latin-1"))
        except zlib.error:
            texts.append(stream.decode("latin-1"))
    if shutil.which("pdftotext"):
        (tmp_path / "s.pdf").write_bytes(pdf)
        out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(tmp_path / "s.pdf"), "-"],
                             capture_output=True, check=True)
        extracted = out.stdout.decode("utf-8")
        assert "匿名统计汇总" in extracted  # the extraction works, so absence means absence
        texts.append(extracted)
        texts.append(re.sub(r"\s+", "", extracted))  # words broken across lines
    return "\n".join(texts)


def test_no_name_phone_file_number_or_free_text_leaves(package: Path, station: Path,
                                                       tmp_path: Path) -> None:
    secrets = _sensitive_strings(station)
    assert len(secrets) > 500
    haystack = _haystack(package, tmp_path)
    leaked = sorted(s for s in secrets if s in haystack)
    assert leaked == []


def test_the_export_is_in_the_audit_trail_and_preview_is_not(station: Path,
                                                             tmp_path: Path) -> None:
    with admin_session(station) as s:
        before = s.audit.count()
        content = build(s, parse_period("2026-09"))
        assert s.audit.count() == before  # a preview leaves nothing and records nothing
        out = tmp_path / "out"
        out.mkdir()
        assert not list(out.iterdir())
        written = write_package(s, content, out / "p.zip")
        entry = s.audit.query(action="export", limit=1)[0]
    detail = json.loads(entry.detail)
    assert entry.username == ADMIN["username"]
    assert detail["period"] == "2026-09" and detail["sha256"] == written.sha256
    assert detail["tables"] == [t["id"] for t in content.tables]
    assert [p.name for p in out.iterdir()] == ["p.zip"]
    assert ADMIN["username"] not in (out / "p.zip").read_bytes().decode("latin-1")


def test_only_admins_may_export(station: Path) -> None:
    counsellor = next(a for a in accounts_of_role("counsellor"))
    with sign_in(station, counsellor["username"], counsellor["password"]) as s, \
            pytest.raises(StationDeskError) as info:
        build(s, parse_period(PERIOD))
    assert info.value.code == "forbidden"


def accounts_of_role(role: str) -> list[dict]:
    from station_desk.tools.demo import DEMO_ACCOUNTS

    return [a for a in DEMO_ACCOUNTS() if a["role"] == role]


@pytest.mark.parametrize("k", [0, 1, 2, 3, 4])
def test_k_below_five_is_refused(station: Path, k: int) -> None:
    with admin_session(station) as s, pytest.raises(StationDeskError) as info:
        build(s, parse_period(PERIOD), k)
    assert info.value.code == "k_too_small"
    assert "不能小于 5" in info.value.message("zh")


def test_larger_k_hides_more(tmp_path: Path) -> None:
    root = make_station(tmp_path / "v", "PKG-K", seed=12, clients=60, sessions=240)
    with admin_session(root) as s:  # previews only: nothing of 2026 is released
        small = build(s, parse_period(PERIOD), 5).suppressed_cells()
        large = build(s, parse_period(PERIOD), 12).suppressed_cells()
    assert large > small


def test_counts_match_the_records(station: Path, package: Path) -> None:
    tables = {t["id"]: t for t in json.loads(members(package)["tables.json"])["tables"]}
    with admin_session(station) as s:
        signed = s.db.scalar("SELECT count(*) FROM sessions WHERE session_date >= '2026-07-01'"
                             " AND session_date < '2026-10-01' AND status <> 'draft'")
        drafts = s.db.scalar("SELECT count(*) FROM sessions WHERE status = 'draft'")
        in_person = s.db.scalar(
            "SELECT count(*) FROM sessions WHERE session_date >= '2026-07-01' AND session_date"
            " < '2026-10-01' AND status <> 'draft' AND modality = 'in_person'")
    assert drafts > 0  # so leaving drafts out is actually tested
    total = next(r for r in tables["sessions_by_modality"]["rows"] if r[0] == "_total")[-1]
    assert total == signed
    row = next(r for r in tables["sessions_by_modality"]["rows"] if r[0] == "in_person")
    assert row[-1] in (in_person, SUPPRESSED)


def test_restricted_records_count_but_add_no_text(station: Path, tmp_path: Path) -> None:
    with admin_session(station) as s:
        base = build(s, parse_period("2026-05"))  # not released: counted from the records
        assert not base.republished
        with s.db.transaction():
            s.db.execute("UPDATE clients SET restricted = 1 WHERE id % 2 = 0")
        again = build(s, parse_period("2026-05"))
        with s.db.transaction():
            s.db.execute("UPDATE clients SET restricted = 0")
    assert base.tables == again.tables


def test_a_fresh_vault_exports_zeros(admin, tmp_path: Path) -> None:  # noqa: ANN001
    content = build(admin, parse_period("2026-10"))
    assert content.suppressed_cells() == 0
    write_package(admin, content, tmp_path / "empty.zip")
    tables = json.loads(members(tmp_path / "empty.zip")["tables.json"])["tables"]
    modality = next(t for t in tables if t["id"] == "sessions_by_modality")
    assert all(r[-1] == 0 for r in modality["rows"])


def test_a_station_code_the_union_would_refuse_is_refused_here(admin, tmp_path: Path) -> None:  # noqa: ANN001
    with admin.db.transaction():
        admin.db.execute("UPDATE station SET union_code = 'A/B' WHERE id = 1")
    with pytest.raises(StationDeskError) as info:
        write_package(admin, build(admin, parse_period("2026-10")), tmp_path / "x.zip")
    assert info.value.code == "export_invalid"
    assert not (tmp_path / "x.zip").exists()


def test_free_text_in_a_code_column_is_counted_as_unknown_never_shown(admin,  # noqa: ANN001
                                                                      tmp_path: Path) -> None:
    odd = "张三的私事13800001111"
    with admin.db.transaction():
        admin.db.execute(
            "INSERT INTO clients (id, file_no, name, gender, industry, key_groups, opened_at,"
            " created_at, updated_at) VALUES (1, 'F-1', '张三', ?, ?, ?, '2026-10-02T01:00:00Z',"
            " '2026-10-02T01:00:00Z', '2026-10-02T01:00:00Z')",
            (odd, odd, json.dumps([odd, odd + "2"], ensure_ascii=False)))
        admin.db.execute(
            "INSERT INTO sessions (client_id, counsellor_id, session_no, session_date, modality,"
            " issues, status, created_at, updated_at) VALUES (1, 1, 1, '2026-10-03', ?, ?,"
            " 'signed', 'x', 'x')", (odd, json.dumps([odd, odd + "2"], ensure_ascii=False)))
    content = build(admin, parse_period("2026-10"))
    write_package(admin, content, tmp_path / "p.zip")
    blob = b"".join(members(tmp_path / "p.zip").values()).decode("utf-8", "replace")
    assert odd not in blob and "张三" not in blob
    issues = next(t for t in content.tables if t["id"] == "sessions_by_issue")
    assert [r[0] for r in issues["rows"]][-1] == "unknown"
    assert issues["rows"][-1][-1] == SUPPRESSED  # one session, counted once, then hidden
