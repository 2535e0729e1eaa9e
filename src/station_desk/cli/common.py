"""Shared CLI plumbing: declaring a command, vault/user options, reading secrets from stdin,
opening a session, printing."""

from __future__ import annotations

import argparse
import getpass
import json as jsonlib
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from station_desk.domain.auth import sign_in, sign_in_recovery
from station_desk.domain.session import Session
from station_desk.errors import StationDeskError
from station_desk.i18n import N_


def add_vault_options(parser: argparse.ArgumentParser, *, user: bool = True) -> None:
    parser.add_argument("--vault", required=True, type=Path, help="vault folder")
    if user:
        parser.add_argument("--user", help="your user name")
        parser.add_argument("--password-stdin", action="store_true",
                            help="read the password(s) from standard input, one per line")
        parser.add_argument("--recovery-key-stdin", action="store_true",
                            help="sign in with the recovery key, read from standard input")


def command(sub: argparse._SubParsersAction, name: str,  # type: ignore[type-arg]
            handler: Callable[[argparse.Namespace], int], *, vault: bool = True,
            user: bool = True, json: bool | str = False, **kwargs: Any) -> argparse.ArgumentParser:
    """One subcommand: its parser (`kwargs`: help, description), the vault and sign-in options
    unless `vault` is False (`user` False: the vault only), `--json` when asked (a string is
    its help), and the handler that runs it. Returns the parser for the command's own
    arguments."""
    parser = sub.add_parser(name, **kwargs)
    if vault:
        add_vault_options(parser, user=user)
    if json:
        parser.add_argument("--json", action="store_true",
                            help=json if isinstance(json, str) else "machine-readable output")
    parser.set_defaults(handler=handler)
    return parser


def print_json(value: Any) -> None:
    print(jsonlib.dumps(value, ensure_ascii=False, indent=1))


def lang_of(args: argparse.Namespace) -> str:
    """The message language of this run: "zh" or "en"."""
    return "en" if getattr(args, "lang", "zh") == "en" else "zh"


def echo(text: str) -> None:
    sys.stdout.write(text + "\n")


class SecretReader:
    """Hands out the lines given on stdin in order (password, then any new password).

    Without --password-stdin, a terminal gets a hidden prompt; anything else is refused,
    because a password in argv would show in the process list and shell history."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.from_stdin = bool(getattr(args, "password_stdin", False)
                               or getattr(args, "recovery_key_stdin", False))
        self._lines: list[str] | None = None

    def next(self, prompt: str) -> str:
        if self.from_stdin:
            if self._lines is None:
                self._lines = read_stdin_lines()
            if not self._lines:
                raise StationDeskError("no_password")
            return self._lines.pop(0)
        if sys.stdin is not None and sys.stdin.isatty():
            return getpass.getpass(prompt)
        raise StationDeskError("no_password")


def read_stdin_lines() -> list[str]:
    """Standard input as UTF-8 lines. Read as bytes: a text-mode stdin in a C/POSIX locale
    would smuggle undecodable bytes through as surrogates, which fail much later, deep in
    the key derivation, as an internal error."""
    stream = getattr(sys.stdin, "buffer", None)
    raw = stream.read() if stream is not None else sys.stdin.read().encode("utf-8",
                                                                          "surrogateescape")
    try:
        # "utf-8", not "utf-8-sig": that codec is imported on first use, and a process
        # that has dropped privileges may no longer be able to import it. A BOM goes by hand.
        text = raw.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as exc:
        raise StationDeskError("bad_input", detail=N_(
            "cli", "standard input is not UTF-8 text; check the terminal's or the file's "
            "encoding")) from exc
    lines = text.split("\n")
    if lines[-1] == "":  # the newline after the last line, or no input at all
        lines.pop()
    return [line.removesuffix("\r") for line in lines]


def open_session(args: argparse.Namespace, secrets: SecretReader) -> Session:
    if getattr(args, "recovery_key_stdin", False):
        return sign_in_recovery(args.vault, secrets.next(RECOVERY_KEY_PROMPT.text(lang_of(args))))
    if not args.user:
        raise StationDeskError("bad_input", detail=USER_REQUIRED)
    return sign_in(args.vault, args.user, secrets.next(PASSWORD_PROMPT.text(lang_of(args))))


# The hidden prompts of a terminal, and the refusal without --user.
PASSWORD_PROMPT = N_("cli", "Password: ")
RECOVERY_KEY_PROMPT = N_("cli", "Recovery key: ")
USER_REQUIRED = N_("cli", "--user is required")
NO_SUCH_FOLDER = N_("cli", "no such folder: {folder}")


def zh_en(args: argparse.Namespace, zh: str, en: str) -> str:
    return en if lang_of(args) == "en" else zh
