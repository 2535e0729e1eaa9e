"""`users enable` and the last sign-in in `users list`, from the command line."""

from __future__ import annotations

import json

from test_cli_vault import ADMIN_PASSWORD, ZHANG_PASSWORD, as_admin, cli, vault  # noqa: F401


def test_users_enable_and_last_sign_in(cli, vault) -> None:  # noqa: F811
    root, _ = vault
    cli.ok("users", "add", "zhang", "--role", "counsellor", *as_admin(root),
           stdin=f"{ADMIN_PASSWORD}\n{ZHANG_PASSWORD}\n")
    listed = json.loads(cli.ok("users", "list", "--json", *as_admin(root),
                               stdin=ADMIN_PASSWORD + "\n"))
    assert listed[1]["last_sign_in"] is None and listed[0]["last_sign_in"].endswith("Z")
    assert "从未登录" in cli.ok("users", "list", *as_admin(root), stdin=ADMIN_PASSWORD + "\n")
    assert "never signed in" in cli.ok("--lang", "en", "users", "list", *as_admin(root),
                                       stdin=ADMIN_PASSWORD + "\n")

    line = cli.fails("users", "enable", "zhang", *as_admin(root),
                     stdin=f"{ADMIN_PASSWORD}\nzhang-back-2026\n")
    assert line == "zhang 的账户没有停用，无需启用。"
    cli.ok("users", "disable", "zhang", *as_admin(root), stdin=ADMIN_PASSWORD + "\n")
    line = cli.fails("users", "enable", "zhang", *as_admin(root),
                     stdin=f"{ADMIN_PASSWORD}\nshort\n")
    assert "8" in line
    out = cli.ok("users", "enable", "zhang", *as_admin(root),
                 stdin=f"{ADMIN_PASSWORD}\nzhang-back-2026\n")
    assert "账户已启用" in out
    zhang = ["--vault", root, "--user", "zhang", "--password-stdin"]
    cli.ok("verify", *zhang, stdin="zhang-back-2026\n")
    text = cli.ok("users", "list", *as_admin(root), stdin=ADMIN_PASSWORD + "\n")
    zhang_line = next(x for x in text.splitlines() if x.startswith("zhang"))
    assert "从未登录" not in zhang_line and "已停用" not in zhang_line
    assert cli.fails("--lang", "en", "users", "enable", "zhang", *as_admin(root),
                     stdin=f"{ADMIN_PASSWORD}\nzhang-back-2026\n", lang="en") == \
        "The account zhang is not disabled; there is nothing to enable."
    entries = json.loads(cli.ok("audit", "--json", "--target", "user:zhang", *as_admin(root),
                                stdin=ADMIN_PASSWORD + "\n"))
    assert [e["action"] for e in reversed(entries)] == [
        "account.add", "account.disable", "account.enable"]
