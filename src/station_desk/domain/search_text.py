"""Full-text search for Chinese notes with SQLite FTS5 and no custom tokenizer.

FTS5's unicode61 tokenizer treats a run of Han characters as one word, so 焦虑 inside
长期焦虑失眠 would never match. We index overlapping bigrams instead (长期 期焦 焦虑 虑失 失眠,
plus the run's last character alone), and search a term as the phrase of its bigrams. Two-
character terms, the common case (焦虑, 失眠, 婚姻), become a single token lookup.
"""

from __future__ import annotations

import re

_HAN = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
_RUN = re.compile(f"[{_HAN}]+|[^\\W{_HAN}_]+", re.UNICODE)
_IS_HAN = re.compile(f"^[{_HAN}]")


def _tokens(text: str) -> list[str]:
    out: list[str] = []
    for match in _RUN.finditer(text):
        run = match.group(0)
        if _IS_HAN.match(run):
            out.extend(run[i:i + 2] for i in range(len(run) - 1))
            out.append(run[-1])
        else:
            out.append(run.lower())
    return out


def index_text(*parts: str) -> str:
    """The text to store in the FTS table for these note fields."""
    return " ".join(" ".join(_tokens(part)) for part in parts if part)


def match_expression(query: str) -> str | None:
    """An FTS5 MATCH expression for what the user typed (all terms must occur), or None
    when nothing searchable was typed."""
    clauses = []
    for match in _RUN.finditer(query):
        run = match.group(0)
        if _IS_HAN.match(run):
            if len(run) == 1:
                clauses.append(f'"{run}"*')
            else:
                bigrams = " ".join(run[i:i + 2] for i in range(len(run) - 1))
                clauses.append(f'"{bigrams}"')
        else:
            clauses.append(f'"{run.lower()}"*')
    return " AND ".join(clauses) if clauses else None
