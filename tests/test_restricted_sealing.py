"""Restricted (高度保密) content sealed to its reader (records/restricted.py): what the clinical key
alone shows of it (nothing of its text), who opens it in the app (the author; the counsellor
holding a restricted file; the admin only with the recovery key and a reason), how it follows a
transfer, a password change or reset and a new recovery key, and that signatures stay checkable
(a swapped ciphertext is named by verify even by someone who cannot read it)."""

from __future__ import annotations

import json

import pytest
import sqlcipher3

from helpers import expect_error
from station_desk.domain import accounts, maintenance
from station_desk.domain.auth import sign_in, sign_in_recovery
from station_desk.domain.records import (
    crises,
    drafts,
    files,
    followups,
    referrals,
    restricted,
    search,
    sessions,
)
from station_desk.domain.records.files import ClientInput
from station_desk.storage.database import raw_key_literal

ADMIN_PASSWORD = "admin-pass-2026"  # as in conftest.py
LIN, HE = ("lin", "lin-pass-2026-x"), ("he", "he-pass-2026-xx")
SECRET = "只对作者可见：来访者说起多年前的事故"
CRISIS = "高度保密档案里的危机经过"
SUMMARY = "高度保密档案的结案小结"


def note(day, **changes):
    values = dict(session_date=day, start_time="09:00", end_time="09:50", modality="in_person",
                  issues=("work_stress",), complaint="普通的记录：工作压力", assessment="评估",
                  intervention="干预", plan="计划")
    values.update(changes)
    return sessions.SessionInput(**values)


@pytest.fixture
def vault(created, vault_dir, clock):
    """lin and he, counsellors, both signed in once (their record keys are made then); a file
    of lin's shared with he."""
    admin, recovery = created
    for name, password in (LIN, HE):
        accounts.add_user(admin, name, name, "counsellor", password)
    admin.close()
    for name, password in (LIN, HE):
        sign_in(vault_dir, name, password, clock=clock).close()
    with sign_in(vault_dir, *LIN, clock=clock) as lin:
        client = files.register_visitor(lin, ClientInput(name="周明", phone="13800001111")).id
        files.share_case(lin, client, accounts.get_user(lin, "he").id)
    return vault_dir, recovery, client


def raw(vault_dir, payload, sql, params=()):
    """What the clinical key alone shows: stock SQLCipher, no app code."""
    conn = sqlcipher3.connect(str(vault_dir / "station.db"))
    try:
        conn.execute(f'PRAGMA key = "{raw_key_literal(payload.db_key)}"')
        conn.execute(f"ATTACH DATABASE '{vault_dir / 'clinical.db'}' AS clinical"
                     f" KEY \"{raw_key_literal(payload.clinical_key)}\"")
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def test_a_restricted_record_is_sealed_to_its_author(vault, clock):
    vault_dir, _, client = vault
    with sign_in(vault_dir, *LIN, clock=clock) as lin:
        plain = sessions.save_draft(lin, client, note(clock().date()))
        sessions.sign_session(lin, client, plain.id, password=LIN[1])
        secret = sessions.save_draft(lin, client, note(clock().date(), complaint=SECRET,
                                                       restricted=True))
        sessions.sign_session(lin, client, secret.id, password=LIN[1])
        sessions.add_addendum(lin, secret.id, "附注也只对作者可见")
        record = sessions.get_session(lin, secret.id)
        assert record.complaint == SECRET and record.addenda[0].text == "附注也只对作者可见"
        assert search.note_ids(lin, "事故") == [secret.id]  # the author still finds it
        assert search.note_hits(lin, [secret.id], "事故")[0].snippet.count("事故") == 1
        payload = lin.vault.payload
        assert maintenance.verify(lin).ok
    # with the clinical key and nothing else: the row is there, its text is not
    rows = raw(vault_dir, payload, "SELECT complaint, assessment, sealed FROM clinical.sessions"
               " WHERE id = ?", (secret.id,))
    assert rows == [("", "", 1)]
    assert raw(vault_dir, payload, "SELECT text FROM clinical.session_addenda") == [("",)]
    holders = {r[0] for r in raw(vault_dir, payload, "SELECT holder FROM clinical.sealed_keys"
                                 " WHERE tbl = 'sessions' AND row_id = ?", (secret.id,))}
    assert holders == {"user:lin", "recovery"}
    body = raw(vault_dir, payload, "SELECT body FROM clinical.sealed WHERE row_id = ?",
               (secret.id,))[0][0]
    assert SECRET.encode() not in body
    # not in the notes' index either: he, who shares the case, finds nothing by its words
    with sign_in(vault_dir, *HE, clock=clock) as he:
        assert search.note_ids(he, "事故") == []
        assert search.note_ids(he, "工作压力") == [plain.id]
        expect_error("not_found", sessions.get_session, he, secret.id)
        # even if he got past the rules, the seal does not open with his key
        assert restricted.open_row(he, "sessions", secret.id) is None


def test_lifting_the_restriction_puts_the_text_back_and_signatures_hold(vault, clock):
    vault_dir, _, client = vault
    with sign_in(vault_dir, *LIN, clock=clock) as lin:
        record = sessions.save_draft(lin, client, note(clock().date(), complaint=SECRET))
        sessions.sign_session(lin, client, record.id, password=LIN[1])
        sessions.set_session_restricted(lin, record.id, True)
        entry = json.loads(lin.audit.query(action="session.restrict", limit=1)[0].detail)
        assert set(entry["sealed"]) == {f"sessions:{record.id}"}
        assert maintenance.verify(lin).ok
        sessions.set_session_restricted(lin, record.id, False)
        assert lin.db.scalar("SELECT complaint FROM sessions WHERE id = ?",
                             (record.id,)) == SECRET
        assert search.note_ids(lin, "事故") == [record.id]
        report = maintenance.verify(lin)
        assert report.ok and report.altered_record is None


def test_a_swapped_seal_is_named_by_verify_even_without_its_key(vault, clock):
    """The body a signed row is sealed with is bound into the audit trail: someone with the
    clinical key who replaces it (with text sealed to the author's public key, say) is caught
    by an admin who cannot read it."""
    vault_dir, _, client = vault
    with sign_in(vault_dir, *LIN, clock=clock) as lin:
        record = sessions.save_draft(lin, client, note(clock().date(), complaint=SECRET,
                                                       restricted=True))
        sessions.sign_session(lin, client, record.id, password=LIN[1])
        other = sessions.save_draft(lin, client, note(clock().date(), complaint="另一条",
                                                      restricted=True))
        sessions.sign_session(lin, client, other.id, password=LIN[1])
        payload = lin.vault.payload
    conn = sqlcipher3.connect(str(vault_dir / "clinical.db"), isolation_level=None)
    conn.execute(f'PRAGMA key = "{raw_key_literal(payload.clinical_key)}"')
    nonce, body = conn.execute("SELECT nonce, body FROM sealed WHERE tbl = 'sessions' AND"
                               " row_id = ?", (other.id,)).fetchone()
    conn.execute("UPDATE sealed SET nonce = ?, body = ? WHERE tbl = 'sessions' AND row_id = ?",
                 (nonce, body, record.id))
    conn.close()
    with sign_in(vault_dir, "admin", ADMIN_PASSWORD, clock=clock) as admin:
        report = maintenance.verify(admin)
        assert not report.ok and report.altered_record is not None
        assert report.altered_record.code == "signed_record_altered"


def test_a_restricted_file_seals_all_its_clinical_text_and_follows_a_transfer(vault, clock):
    vault_dir, _, client = vault
    day = clock().date()
    with sign_in(vault_dir, *LIN, clock=clock) as lin:
        record = sessions.save_draft(lin, client, note(day, complaint="档案里的第一次记录"))
        sessions.sign_session(lin, client, record.id, password=LIN[1])
        files.unshare_case(lin, client, accounts.get_user(lin, "he").id)
        files.set_file_restricted(lin, client, True)
        crisis = crises.open_crisis(lin, client, "high", ["suicidal_thoughts"],
                                    ["safety_plan"], CRISIS)
        follow = followups.schedule_followup(lin, client, day.isoformat(), "phone")
        followups.complete_followup(lin, follow.id, "回访结果：平稳")
        referrals.add_referral(lin, client, day, "psychiatry", "市精神卫生中心", "需要评估")
        assert crises.get_crisis(lin, crisis.id).notes == CRISIS
        opened = files.open_file(lin, client)
        assert opened.restricted
        payload = lin.vault.payload
        assert maintenance.verify(lin).ok
    for table, column in (("sessions", "complaint"), ("crises", "notes"),
                          ("followups", "outcome"), ("referrals", "reason")):
        values = {r[0] for r in raw(vault_dir, payload,
                                    f"SELECT {column} FROM clinical.{table}")}
        assert values <= {""}, (table, values)
    # handed to he with the file: he reads it, lin no longer holds a key to it
    with sign_in(vault_dir, *LIN, clock=clock) as lin:
        files.transfer_case(lin, client, accounts.get_user(lin, "he").id, "休假")
        assert restricted.open_row(lin, "crises", crisis.id) is None
    with sign_in(vault_dir, *HE, clock=clock) as he:
        assert crises.get_crisis(he, crisis.id).notes == CRISIS
        assert [s.complaint for s in sessions.list_sessions(he, client)] == ["档案里的第一次记录"]
        followups.complete_followup(he, crises.get_crisis(he, crisis.id).followup_id,
                                    "24 小时回访：已联系")
        crises.close_crisis(he, crisis.id, "已稳定")
        files.close_case(he, client, SUMMARY)
        assert files.reload(he, client).closing_summary == SUMMARY
        payload = he.vault.payload
    assert raw(vault_dir, payload, "SELECT closing_summary FROM clinical.client_clinical") == \
        [("",)]


def test_the_admin_opens_a_restricted_file_only_with_the_recovery_key(vault, clock):
    vault_dir, recovery, client = vault
    with sign_in(vault_dir, *LIN, clock=clock) as lin:
        record = sessions.save_draft(lin, client, note(clock().date(), complaint=SECRET,
                                                       restricted=True))
        sessions.sign_session(lin, client, record.id, password=LIN[1])
        files.unshare_case(lin, client, accounts.get_user(lin, "he").id)
        files.set_file_restricted(lin, client, True)
    with sign_in(vault_dir, "admin", ADMIN_PASSWORD, clock=clock) as admin:
        # a reason alone does not find a restricted file, let alone open it
        expect_error("not_found", files.open_file, admin, client, "家属来电")
        expect_error("bad_recovery_key", files.open_file, admin, client, "家属来电",
                     recovery_key="AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH")
        assert admin.audit.query(action="safe.failed", limit=1)
        opened = files.open_file(admin, client, "家属来电称来访者失联，需核实紧急联系人",
                                  recovery_key=recovery)
        assert opened.restricted
        assert [s.complaint for s in sessions.list_sessions(admin, client)] == [SECRET]
        entry = admin.audit.query(action="file.break_glass", limit=1)[0]
        assert json.loads(entry.detail) == {"reason": "家属来电称来访者失联，需核实紧急联系人",
                                            "recovery_key": True}
        assert entry.chain == "clinical"
    # signed in with the recovery key: still a reason before anything opens
    with sign_in_recovery(vault_dir, recovery, clock=clock) as rec:
        assert client in search.client_ids(rec)  # the key in the safe lists it too
        expect_error("reason_required", files.open_file, rec, client)
        files.open_file(rec, client, "核查")
        assert [s.complaint for s in sessions.list_sessions(rec, client)] == [SECRET]


def test_autosaves_are_sealed_to_their_author_alone(vault, clock):
    vault_dir, _, client = vault
    with sign_in(vault_dir, *LIN, clock=clock) as lin:
        drafts.autosave(lin, "session", f"new:{client}", {"complaint": SECRET})
        drafts.autosave(lin, "session", f"new:{client}", {"complaint": SECRET + "（续）"})
        assert drafts.pending(lin, "session", f"new:{client}").payload == {
            "complaint": SECRET + "（续）"}
        assert [d.payload["complaint"] for d in drafts.all_pending(lin)] == [SECRET + "（续）"]
        payload = lin.vault.payload
    assert raw(vault_dir, payload, "SELECT payload, sealed FROM clinical.drafts") == [("{}", 1)]
    holders = {r[0] for r in raw(vault_dir, payload, "SELECT holder FROM clinical.sealed_keys"
                                 " WHERE tbl = 'drafts'")}
    assert holders == {"user:lin"}


def test_password_change_reset_and_a_new_recovery_key_keep_it_readable(vault, clock):
    vault_dir, recovery, client = vault
    with sign_in(vault_dir, *LIN, clock=clock) as lin:
        record = sessions.save_draft(lin, client, note(clock().date(), complaint=SECRET,
                                                       restricted=True))
        sessions.sign_session(lin, client, record.id, password=LIN[1])
        accounts.change_own_password(lin, LIN[1], "lin-new-pass-2026")
    with sign_in(vault_dir, "lin", "lin-new-pass-2026", clock=clock) as lin:
        assert sessions.get_session(lin, record.id).complaint == SECRET
    # an admin's reset: lin's old record key is gone with the old slot; the recovery key's
    # next use wraps the record to lin's new one
    with sign_in(vault_dir, "admin", ADMIN_PASSWORD, clock=clock) as admin:
        accounts.reset_password(admin, "lin", "lin-reset-pass-2026")
    with sign_in(vault_dir, "lin", "lin-reset-pass-2026", clock=clock) as lin:
        assert sessions.get_session(lin, record.id).complaint == restricted.PLACEHOLDER
    with sign_in_recovery(vault_dir, recovery, clock=clock) as rec:
        new_recovery = accounts.replace_recovery_key(rec)  # carried over: signed in with it
    with sign_in(vault_dir, "lin", "lin-reset-pass-2026", clock=clock) as lin:
        assert sessions.get_session(lin, record.id).complaint == SECRET
    # a new recovery key made by an admin: lin's next sign-in wraps the record for it
    with sign_in(vault_dir, "admin", ADMIN_PASSWORD, clock=clock) as admin:
        newest = accounts.replace_recovery_key(admin)
    with sign_in(vault_dir, "lin", "lin-reset-pass-2026", clock=clock):
        pass
    with sign_in_recovery(vault_dir, newest, clock=clock) as rec:
        files.open_file(rec, client, "核查")
        assert sessions.get_session(rec, record.id).complaint == SECRET
    expect_error("bad_recovery_key", sign_in_recovery, vault_dir, new_recovery, clock=clock)


def test_a_reset_that_would_leave_sealed_content_unreadable_is_refused(vault, clock):
    """A new recovery key made by an admin has no copy of lin's record until lin signs in
    again; resetting lin's password before that would lose the record for everyone."""
    vault_dir, _, client = vault
    with sign_in(vault_dir, *LIN, clock=clock) as lin:
        record = sessions.save_draft(lin, client, note(clock().date(), complaint=SECRET,
                                                       restricted=True))
        sessions.sign_session(lin, client, record.id, password=LIN[1])
    with sign_in(vault_dir, "admin", ADMIN_PASSWORD, clock=clock) as admin:
        newest = accounts.replace_recovery_key(admin)
        err = expect_error("reset_would_lose_sealed", accounts.reset_password, admin, "lin",
                           "lin-reset-pass-2026")
        assert "lin" in err.message() and "恢复密钥" in err.message()
    # lin's old password still works: nothing was changed by the refusal
    with sign_in(vault_dir, *LIN, clock=clock) as lin:  # this sign-in wraps for the new key
        assert sessions.get_session(lin, record.id).complaint == SECRET
    with sign_in(vault_dir, "admin", ADMIN_PASSWORD, clock=clock) as admin:
        accounts.reset_password(admin, "lin", "lin-reset-pass-2026")
    with sign_in_recovery(vault_dir, newest, clock=clock) as rec:
        files.open_file(rec, client, "核查")
        assert sessions.get_session(rec, record.id).complaint == SECRET


def test_rekey_leaves_sealed_content_readable(vault, clock):
    vault_dir, _, client = vault
    with sign_in(vault_dir, *LIN, clock=clock) as lin:
        record = sessions.save_draft(lin, client, note(clock().date(), complaint=SECRET,
                                                       restricted=True))
    with sign_in(vault_dir, "admin", ADMIN_PASSWORD, clock=clock) as admin:
        maintenance.rekey(admin)
    with sign_in(vault_dir, *LIN, clock=clock) as lin:
        assert sessions.get_session(lin, record.id).complaint == SECRET
        assert maintenance.verify(lin).ok


@pytest.mark.parametrize("cut", ["flag-without-seal", "seal-without-flag"])
def test_a_restriction_cut_off_between_the_two_files_is_settled_at_sign_in(vault, clock, cut):
    """Restricting a file writes station.db (the flag) and clinical.db (the seals); a crash
    between the two commits leaves one without the other. The counsellor's next sign-in
    finishes it either way: no restricted text stays plain, no lifted one stays sealed."""
    vault_dir, _, client = vault
    with sign_in(vault_dir, *LIN, clock=clock) as lin:
        files.unshare_case(lin, client, accounts.get_user(lin, "he").id)
        record = sessions.save_draft(lin, client, note(clock().date(), complaint=SECRET))
        sessions.sign_session(lin, client, record.id, password=LIN[1])
        if cut == "seal-without-flag":
            files.set_file_restricted(lin, client, True)
        payload, lin_id = lin.vault.payload, lin.user.id
    conn = sqlcipher3.connect(str(vault_dir / "station.db"), isolation_level=None)
    conn.execute(f'PRAGMA key = "{raw_key_literal(payload.db_key)}"')
    if cut == "flag-without-seal":  # station.db committed, clinical.db not
        conn.execute("UPDATE clients SET restricted = 1, restricted_by = ? WHERE id = ?",
                     (lin_id, client))
    else:  # the restriction lifted in station.db only
        conn.execute("UPDATE clients SET restricted = 0, restricted_by = NULL WHERE id = ?",
                     (client,))
    conn.close()
    with sign_in(vault_dir, *LIN, clock=clock) as lin:
        assert sessions.get_session(lin, record.id).complaint == SECRET
    stored = raw(vault_dir, payload, "SELECT complaint, sealed FROM clinical.sessions"
                 " WHERE id = ?", (record.id,))
    assert stored == ([("", 1)] if cut == "flag-without-seal" else [(SECRET, 0)])


def test_an_admins_reassignment_reaches_the_new_counsellor_with_the_next_recovery_key_use(
        vault, clock):
    vault_dir, recovery, client = vault
    with sign_in(vault_dir, *LIN, clock=clock) as lin:
        files.unshare_case(lin, client, accounts.get_user(lin, "he").id)
        record = sessions.save_draft(lin, client, note(clock().date(), complaint="档案记录"))
        sessions.sign_session(lin, client, record.id, password=LIN[1])
        files.set_file_restricted(lin, client, True)
        lin_id, he_id = lin.user.id, accounts.get_user(lin, "he").id
    with sign_in(vault_dir, "admin", ADMIN_PASSWORD, clock=clock) as admin:
        accounts.disable_user(admin, "lin")  # lin has left
        assert files.reassign_caseload(admin, lin_id, he_id, note="离职") == 1
    with sign_in(vault_dir, *HE, clock=clock) as he:
        # he holds the file now, and no key to its sealed text yet: never someone else's text
        assert [s.complaint for s in sessions.list_sessions(he, client)] == [
            restricted.PLACEHOLDER]
    with sign_in_recovery(vault_dir, recovery, clock=clock):
        pass  # the key in the safe wraps the file's rows for their reader now
    with sign_in(vault_dir, *HE, clock=clock) as he:
        assert [s.complaint for s in sessions.list_sessions(he, client)] == ["档案记录"]


def test_a_hotline_calls_note_follows_the_restricted_file_it_is_linked_to(vault, clock):
    from station_desk.domain.records import hotline

    vault_dir, _, client = vault
    with sign_in(vault_dir, *LIN, clock=clock) as lin:
        files.unshare_case(lin, client, accounts.get_user(lin, "he").id)
        files.set_file_restricted(lin, client, True)
        call = hotline.log_call(lin, hotline.CallInput(
            "2026-11-02", "08:30", 25, "female", "30_39", "work_stress", "none",
            "listened_supported", "来电者提到在家中受到威胁"))
        hotline.link_file(lin, call.id, client)
        assert hotline.get_call(lin, call.id).notes == "来电者提到在家中受到威胁"
        payload = lin.vault.payload
    assert raw(vault_dir, payload, "SELECT notes, sealed FROM clinical.hotline_calls") == \
        [("", 1)]
    with sign_in(vault_dir, *HE, clock=clock) as he:  # the log is shared; the note is not
        assert hotline.get_call(he, call.id).notes == restricted.PLACEHOLDER
