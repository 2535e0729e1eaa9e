"""Kill -9 at random moments while a process keeps committing: nothing it reported as committed
may be lost, and the vault must come back sound (pages, b-trees, audit chain, lock).

Rounds: STATION_DESK_CRASH_ROUNDS (default 30)."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import time

import pytest

from station_desk.domain import maintenance
from station_desk.domain.auth import sign_in

pytestmark = pytest.mark.slow

ADMIN_PASSWORD = "admin-pass-2026"  # as in conftest.py
ROUNDS = int(os.environ.get("STATION_DESK_CRASH_ROUNDS", "30"))

WRITER = textwrap.dedent("""\
    import os, random, sys
    os.environ["STATION_DESK_FAST_KDF"] = "1"
    from station_desk.domain.auth import sign_in

    root, password, start, seed = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    rng = random.Random(seed)
    session = sign_in(root, "admin", password)
    db = session.db
    db.execute("CREATE TABLE IF NOT EXISTS crash_rows"
               " (id INTEGER PRIMARY KEY, body TEXT NOT NULL)")
    print("ready", flush=True)
    i = start
    while True:
        # rows from a few bytes to several pages (overflow pages), a counter rewritten in
        # place, and an audit entry chained to the last: all in one transaction
        body = ("记录" + str(i)) * rng.choice((1, 10, 200, 2500))
        with db.transaction():
            db.execute("INSERT INTO crash_rows (id, body) VALUES (?, ?)", (i, body))
            db.execute("INSERT OR REPLACE INTO settings (key, value) VALUES ('crash_last', ?)",
                       (str(i),))
            session.log("settings.edit", f"crash:{i}")
        print(i, flush=True)  # only after COMMIT returned
        i += 1
""")


def test_kill_nine_while_committing(created, vault_dir, tmp_path):
    created[0].close()
    script = tmp_path / "writer.py"
    script.write_text(WRITER, encoding="utf-8")
    env = dict(os.environ, STATION_DESK_FAST_KDF="1")
    rng = random.Random(20261102)
    next_id = 1
    total_reported = 0
    for round_no in range(ROUNDS):
        child = subprocess.Popen(
            [sys.executable, str(script), str(vault_dir), ADMIN_PASSWORD, str(next_id),
             str(round_no)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
            env=env)
        try:
            early = round_no % 5 == 4  # now and then, kill during start-up and sign-in
            if early:
                time.sleep(rng.uniform(0.0, 0.6))
                ready = True
            else:
                ready = child.stdout.readline().strip() == "ready"
                time.sleep(rng.uniform(0.0, 0.3))
            os.kill(child.pid, signal.SIGKILL)
            out, err = child.communicate(timeout=60)
        finally:
            if child.poll() is None:
                child.kill()
                child.wait()
        assert child.returncode == -signal.SIGKILL, err
        assert "Traceback" not in err, err
        lines = out.split()
        if early and lines[:1] == ["ready"]:
            lines = lines[1:]
        elif early:
            ready = False
        reported = [int(x) for x in lines]
        total_reported += len(reported)
        if ready:
            assert (vault_dir / "vault.lock").read_text() == str(child.pid)

        with sign_in(vault_dir, "admin", ADMIN_PASSWORD) as session:
            if ready:
                assert session.vault.lock.cleared_stale
            db = session.db
            has_table = db.scalar("SELECT count(*) FROM sqlite_master WHERE name = 'crash_rows'")
            present = {r[0] for r in db.all("SELECT id FROM crash_rows")} if has_table else set()
            missing = set(reported) - present
            assert not missing, f"round {round_no}: committed ids lost: {sorted(missing)[:10]}"
            logged = {int(e.target.split(":")[1]) for e in
                      session.audit.query(action="settings.edit", limit=10**6)
                      if e.target.startswith("crash:")}
            assert logged == present  # row and audit entry committed together or not at all
            if present:
                assert db.scalar("SELECT value FROM settings WHERE key = 'crash_last'") == \
                    str(max(present))
            assert db.integrity_errors() == [], f"round {round_no}"
            report = maintenance.verify(session)
            assert report.ok, f"round {round_no}: {report}"
            next_id = max(present, default=0) + 1
    assert total_reported > ROUNDS, "the writer hardly committed anything; the test proves little"
    # and the command line agrees at the end
    done = subprocess.run([sys.executable, "-m", "station_desk", "verify", "--vault",
                           str(vault_dir), "--user", "admin", "--password-stdin"],
                          input=ADMIN_PASSWORD + "\n", capture_output=True, text=True, env=env,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    assert "完整性检查通过" in done.stdout
