"""Transfer of a case between two real stations (issue 15): round trip, a third station
refused, tampered and foreign files refused, the sender's file closed, both sides audited."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from helpers import expect_error
from station_desk.domain.records import access, files, referrals, sessions, transfer
from station_desk.export import keys
from station_desk.export.transfer import envelope, service
from test_records_world import full_input
from transfer_support import Station, full_case, make_station


@pytest.fixture
def stations(tmp_path: Path):
    a = make_station(tmp_path / "a", "东城区职工心灵驿站", "DC-01")
    b = make_station(tmp_path / "b", "西城区职工心灵驿站", "XC-02")
    yield a, b
    a.close()
    b.close()


def _send(a: Station, b: Station, tmp_path: Path) -> tuple[int, Path, service.Sent]:
    cid = full_case(a)
    out = tmp_path / "case.sdtransfer"
    sent = service.export_case(a.lin, cid, b.key_file(), out)
    return cid, out, sent


def test_round_trip_between_two_stations(stations, tmp_path: Path) -> None:
    a, b = stations
    cid, out, sent = _send(a, b, tmp_path)
    assert sent.counts["sessions"] == 2 and sent.withheld == 0
    assert sent.recipient.code == "XC-02"
    data = out.read_bytes()
    assert "张小敏".encode() not in data and "焦虑".encode() not in data
    assert (out.stat().st_mode & 0o077) == 0

    # The sender's file: transferred, closed to new records, nothing deleted.
    ref = access.file_ref(a.lin, cid)
    assert ref.status == "transferred"
    mark = transfer.sent_mark(a.lin, cid)
    assert mark is not None and mark.station_name == "西城区职工心灵驿站"
    expect_error("file_transferred_out", sessions.save_draft, a.lin, cid,
                 full_input(a.today))
    expect_error("transfer_closed_file", files.reopen_case, a.lin, cid)
    expect_error("file_transferred_out", referrals.add_referral, a.lin, cid, a.today,
                 "psychiatry", "某医院", "复诊")
    # A correction of what this station holds is still an addendum (art. 46).
    sessions.add_addendum(a.lin, sessions.list_sessions(a.lin, cid)[0].id, "转出后更正笔误。")
    expect_error("transfer_already_out", service.export_case, a.lin, cid, b.key_file(),
                 tmp_path / "again")
    assert len(sessions.list_sessions(a.lin, cid)) == 2
    assert "file.station_out" in [e.action for e in a.admin.audit.query(target=ref.target)]

    # The receiver: a new open file and the history, read-only.
    incoming = service.open_incoming(b.admin, data)
    assert incoming.sender.name == "东城区职工心灵驿站"
    assert incoming.sender.fingerprint == keys.station_fingerprint(a.admin)
    assert incoming.name == "张小敏" and incoming.imported_as is None
    entry = service.import_case(b.admin, data, counsellor_id=b.he.user.id)
    assert entry.status == "open"  # numbered by this station, as any new file
    assert entry.counsellor_id == b.he.user.id and not entry.has_consent
    history = transfer.received_history(b.he, entry.id)
    doc = history.document
    assert history.sender.code == "DC-01"
    assert [s["complaint"] for s in doc["sessions"]] == [
        full_input(a.today).complaint, "第二次：睡眠改善。"]
    assert doc["sessions"][0]["addenda"][0]["text"] == "更正：来访者补充婚姻困扰。"
    assert doc["sessions"][0]["signed_by"] == "林咨询师"
    assert doc["consents"][0]["scope"] == "个体辅导与心理测评"
    assert len(doc["assessments"]) == 1 and doc["crises"][0]["notes"].startswith("危机")
    assert doc["referrals"][0]["destination"] == "市精神卫生中心"
    assert len(doc["followups"]) == 1
    # Not this station's records: nothing in its record tables, so no statistic counts them.
    assert sessions.list_sessions(b.he, entry.id) == []
    assert b.admin.db.scalar("SELECT count(*) FROM sessions") == 0
    assert b.admin.db.scalar("SELECT count(*) FROM assessments") == 0
    # The received history cannot be edited.
    from station_desk.storage.database import DatabaseError

    with pytest.raises(DatabaseError):
        b.admin.db.execute("UPDATE transfer_histories SET history = '{}'")
    # Audited on the receiving side, in both chains.
    target = files.find_by_number(b.admin, entry.file_no)
    assert target is not None
    actions = [e.action for e in b.admin.audit.query(target=f"file:{entry.file_no}")]
    assert {"file.station_in", "clinical.transfer_import", "file.register"} <= set(actions)
    mark_in = transfer.received_mark(b.admin, entry.id)
    assert mark_in is not None and mark_in.station_name == "东城区职工心灵驿站"
    # Importing the same file again adds nothing.
    expect_error("transfer_already_in", service.import_case, b.admin, data)
    assert service.open_incoming(b.admin, data).imported_as is not None


def test_a_third_station_cannot_open_it(stations, tmp_path: Path) -> None:
    a, b = stations
    c = make_station(tmp_path / "c", "朝阳区职工心灵驿站", "CY-03")
    try:
        _cid, out, _sent = _send(a, b, tmp_path)
        err = expect_error("transfer_wrong_recipient", service.import_case, c.admin,
                           out.read_bytes())
        assert "西城区职工心灵驿站" in err.message()
        # Even with the header rewritten to name station C, C's key does not open it.
        patched = out.read_bytes().replace(base64_of(b).encode(), base64_of(c).encode())
        expect_error("transfer_bad_signature", service.import_case, c.admin, patched)
        assert c.admin.db.scalar("SELECT count(*) FROM clients") == 0
    finally:
        c.close()


def base64_of(station: Station) -> str:
    import base64

    return base64.b64encode(keys.box_keys(station.admin.db)[1]).decode()


def _flip(data: bytes, at: int) -> bytes:
    out = bytearray(data)
    out[at] ^= 0x01
    return bytes(out)


def test_tampered_files_are_refused_with_a_reason(stations, tmp_path: Path) -> None:
    a, b = stations
    _cid, out, _sent = _send(a, b, tmp_path)
    data = out.read_bytes()
    header_at = len(envelope.MAGIC) + 1 + 32 + 4 + 10
    cases = {
        "ciphertext": (_flip(data, len(data) - 64 - 100), "transfer_bad_signature"),
        "signature": (_flip(data, len(data) - 5), "transfer_bad_signature"),
        "header": (_flip(data, header_at), "transfer_bad_signature"),
        "sender key": (_flip(data, len(envelope.MAGIC) + 3), "transfer_bad_signature"),
        "magic": (_flip(data, 0), "transfer_not_file"),
        "version": (data[:len(envelope.MAGIC)] + b"\x02" + data[len(envelope.MAGIC) + 1:],
                    "transfer_version"),
        "cut short": (data[:-10], "transfer_damaged"),
        "extra bytes": (data + b"x", "transfer_damaged"),
    }
    for name, (bad, code) in cases.items():
        err = expect_error(code, service.import_case, b.admin, bad)
        assert err.message("en") and err.message("zh"), name
    assert b.admin.db.scalar("SELECT count(*) FROM clients") == 0
    # Re-signed by someone else (a valid signature over a changed header): the body no longer
    # opens, because the header is the cipher's associated data.
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    forger = Ed25519PrivateKey.generate()
    start = len(envelope.MAGIC) + 1
    forged = (data[:start] + forger.public_key().public_bytes_raw() + data[start + 32:-64])
    forged += forger.sign(forged)
    expect_error("transfer_undecryptable", service.import_case, b.admin, forged)


@pytest.mark.parametrize("content", [
    b"", b"PK\x03\x04 a zip file", "服务站：某站 (X)\n".encode(), b"STATION-DESK-TRANSFER"])
def test_wrong_kind_of_file_is_refused(stations, content: bytes) -> None:
    _a, b = stations
    err = expect_error("transfer_not_file", service.import_case, b.admin, content)
    assert err.message("en") and err.message("zh")


def test_statistics_package_is_not_a_transfer(stations, tmp_path: Path) -> None:
    a, b = stations
    expect_error("transfer_not_file", service.import_case, b.admin, a.key_file())


def test_who_may_send_and_receive(stations, tmp_path: Path) -> None:
    a, b = stations
    cid = full_case(a)
    out = tmp_path / "x.sdtransfer"
    # Another counsellor: not their case. The admin: only after opening it with a reason.
    expect_error("transfer_export_who", service.export_case, a.he, cid, b.key_file(), out)
    expect_error("transfer_export_who", service.export_case, a.admin, cid, b.key_file(), out)
    assert not out.exists()
    assert not transfer.may_export(a.admin, cid) and transfer.may_export(a.lin, cid)
    # A counsellor may not import.
    expect_error("forbidden", service.import_case, b.lin, b"whatever")
    # To this station itself: refused.
    expect_error("transfer_to_self", service.export_case, a.lin, cid, a.key_file(), out)
    # An open draft keeps the case here.
    draft = sessions.save_draft(a.lin, cid, full_input(a.today))
    expect_error("transfer_open_work", service.export_case, a.lin, cid, b.key_file(), out)
    sessions.discard_draft_record(a.lin, cid, draft.id)
    access.break_glass(a.admin, cid, "咨询师已离职，职工调往西城区")
    sent = service.export_case(a.admin, cid, b.key_file(), out)
    assert sent.counts["sessions"] == 2


def test_an_old_key_file_without_encryption_key(stations, tmp_path: Path) -> None:
    a, b = stations
    cid = full_case(a)
    doc = json.loads(b.key_file())
    for field in ("encryption_key", "encryption_key_signature", "encryption_algorithm"):
        doc.pop(field)
    old = json.dumps(doc).encode()
    assert keys.parse_key_file(old)[0] == "XC-02"  # the union still reads it
    expect_error("key_file_no_box", service.export_case, a.lin, cid, old, tmp_path / "x")
    # An encryption key swapped in without the station's signature is refused.
    doc = json.loads(b.key_file())
    doc["encryption_key"] = json.loads(a.key_file())["encryption_key"]
    expect_error("key_file_invalid", keys.parse_station_key, json.dumps(doc).encode())


def test_restricted_text_goes_only_if_the_sender_can_open_it(stations,
                                                             tmp_path: Path) -> None:
    a, b = stations
    cid = full_case(a)
    record = sessions.list_sessions(a.lin, cid)[0]
    sessions.set_session_restricted(a.lin, record.id, True)
    # The author sends: the sealed text opens for them, so it goes.
    sent = service.export_case(a.lin, cid, b.key_file(), tmp_path / "own")
    assert sent.withheld == 0
    doc = service.open_incoming(b.admin, (tmp_path / "own").read_bytes()).document
    assert doc["sessions"][0]["complaint"] == full_input(a.today).complaint
    assert doc["sessions"][0]["restricted"] == 1


def test_restricted_text_of_another_reader_is_marked_not_transferred(
        stations, tmp_path: Path) -> None:
    a, b = stations
    cid = full_case(a)
    files.share_case(a.lin, cid, a.he.user.id)
    he_record = sessions.save_draft(a.he, cid, full_input(a.today, complaint="何的保密记录。"))
    sessions.sign_session(a.he, cid, he_record.id, password="records-pass-2026")
    sessions.set_session_restricted(a.he, he_record.id, True)
    sent = service.export_case(a.lin, cid, b.key_file(), tmp_path / "x")
    assert sent.withheld >= 1
    doc = service.open_incoming(b.admin, (tmp_path / "x").read_bytes()).document
    kept = [s for s in doc["sessions"] if s["id"] == he_record.id][0]
    assert kept["complaint"] is None and "complaint" in kept["not_transferred"]
    assert {"table": "sessions", "id": he_record.id} in doc["withheld"]
    assert "何的保密记录".encode() not in json.dumps(doc, ensure_ascii=False).encode()


def test_a_vault_from_before_transfers_gets_its_encryption_key_at_first_need(
        stations, tmp_path: Path) -> None:
    a, b = stations
    with b.admin.db.transaction():
        b.admin.db.execute("UPDATE station_key SET box_private = NULL, box_public = NULL")
    doc = json.loads(b.key_file())  # station-key: the pair is made and kept
    assert keys.parse_station_key(json.dumps(doc).encode()).box_public == \
        keys.box_keys(b.admin.db)[1]
    assert json.loads(b.key_file())["encryption_key"] == doc["encryption_key"]
    cid = full_case(a)
    service.export_case(a.lin, cid, json.dumps(doc).encode(), tmp_path / "x")
    assert service.import_case(b.admin, (tmp_path / "x").read_bytes()).name == "张小敏"


def test_structured_consent_and_its_withdrawal_go_with_the_case(stations,
                                                                tmp_path: Path) -> None:
    from station_desk.domain.records import consent

    a, b = stations
    cid = full_case(a)
    consent.withdraw_consent(a.lin, cid, a.today, ["recording"], "不同意录音")
    service.export_case(a.lin, cid, b.key_file(), tmp_path / "x")
    doc = service.open_incoming(b.admin, (tmp_path / "x").read_bytes()).document
    withdrawal = doc["consent_withdrawals"][0]
    assert withdrawal["recorded_by"] == "林咨询师" and "recording" in withdrawal["scopes"]
    assert all(not isinstance(c.get("explained_by"), int) for c in doc["consents"])
