"""Checks over Qt Linguist .ts files: every message finished, placeholders kept.

Used by `scripts/build_translations.py` and the tests. A translation that drops or adds a
`%1` or `{name}` would show the wrong value or none, so it counts as broken (as Electrum
refuses such translations). A translation may say a value twice, as a Chinese sentence
often repeats a number.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

PLACEHOLDER = re.compile(r"%(?:\d+|n)|\{[A-Za-z_][A-Za-z0-9_]*\}")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    translation: str
    state: str  # "" (finished), "unfinished", "vanished", "obsolete"
    forms: tuple[str, ...] = ()  # plural forms of a `%n` message, each checked alone


def read_ts(path: Path) -> list[Message]:
    root = ET.parse(path).getroot()
    messages = []
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            text = "" if translation is None else "".join(translation.itertext())
            state = "" if translation is None else translation.get("type", "")
            forms = () if translation is None else tuple(
                "".join(f.itertext()) for f in translation.findall("numerusform"))
            messages.append(Message(name, message.findtext("source", ""), text, state, forms))
    return messages


def placeholders(text: str) -> list[str]:
    return sorted(PLACEHOLDER.findall(text))


def check_ts(path: Path) -> list[str]:
    if not path.is_file():
        return [f"{path.name}: missing"]
    problems = []
    for m in read_ts(path):
        where = f"{path.name} [{m.context}] {m.source!r}"
        if m.state in ("vanished", "obsolete"):
            problems.append(f"{where}: {m.state} (run lupdate with -no-obsolete)")
        elif m.state == "unfinished" or not m.translation.strip() or (
                m.forms and not all(f.strip() for f in m.forms)):
            problems.append(f"{where}: not translated")
        elif any(set(placeholders(m.source)) != set(placeholders(text))
                 for text in (m.forms or (m.translation,))):
            problems.append(f"{where}: placeholders {placeholders(m.source)} became "
                            f"{[placeholders(t) for t in (m.forms or (m.translation,))]}")
        else:
            accel_src, accel_tr = m.source.count("&") - 2 * m.source.count("&&"), \
                m.translation.count("&") - 2 * m.translation.count("&&")
            if accel_src and not accel_tr:
                problems.append(f"{where}: the keyboard accelerator (&) was dropped")
    return problems
