"""Interface text below Qt, read from the one catalogue: the Qt Linguist `.ts` files.

The screens translate through Qt (`tr()`, compiled `.qm`). Everything else that speaks to a
person - error messages, the CLI, printed papers, exports, the self-test - writes its English
source in the code, marked with `N_("context", "English")`, and reads the Chinese from
`resources/translations/station_desk_zh_CN.ts` with the standard XML parser, so there is one
place where wording is translated and one check (`ui/ts_check.py`) over all of it.

`N_` is what `lupdate` extracts (`-tr-function-alias QT_TRANSLATE_NOOP+=N_`, see
scripts/build_translations.py); it returns the `(zh, en)` pair the code below Qt has always
passed around, so callers choose with `.text(lang)` or keep indexing the pair; a message with
values is `N_("cli", "{count} file(s) written").format(count=n)`, and a helper that takes
(zh, en) takes `*N_(...)`.

English is the source text itself: `station_desk_en.ts` repeats it (the checks want both
catalogues complete) but is not read here.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path

from station_desk import paths

CATALOGUE = "station_desk_{locale}.ts"
# What lupdate needs to collect the marks below Qt: `N_(context, source)` is its
# QT_TRANSLATE_NOOP (scripts/build_translations.py and the catalogue tests pass this).
LUPDATE_OPTIONS = ("-tr-function-alias", "QT_TRANSLATE_NOOP+=N_")


class Text(tuple[str, str]):
    """A `(zh, en)` pair read from the catalogue; `.text(lang)` picks one."""

    __slots__ = ()

    def text(self, lang: str) -> str:
        return self[1] if lang.startswith("en") else self[0]

    def format(self, **values: object) -> Text:
        """Both languages filled in (str.format). A value that is itself a (zh, en) pair of
        strings gives each language its own word, as StationDeskError's parameters do."""
        zh = {k: v[0] if _is_pair(v) else v for k, v in values.items()}
        en = {k: v[1] if _is_pair(v) else v for k, v in values.items()}
        return Text((self[0].format(**zh), self[1].format(**en)))

    def fields(self, name: str) -> dict[str, str]:
        """`{name}_zh` and `{name}_en`, for formats that store both (a package's labels)."""
        return {f"{name}_zh": self[0], f"{name}_en": self[1]}


def _is_pair(value: object) -> bool:
    return isinstance(value, tuple) and len(value) == 2 and all(
        isinstance(v, str) for v in value)


def catalogue_path(locale: str) -> Path:
    return paths.resources_dir() / "translations" / CATALOGUE.format(locale=locale)


@cache
def _catalogue(locale: str) -> dict[tuple[str, str], str]:
    """(context, source) -> finished translation, read once. Unfinished entries are left out:
    Qt shows the source for them, and so do we."""
    try:
        root = ET.parse(catalogue_path(locale)).getroot()
    except (OSError, ET.ParseError) as exc:
        # Without the catalogue the program still works, in English; say so once.
        if sys.stderr is not None:
            print(f"station-desk: {locale} translations unavailable ({exc}); showing English",
                  file=sys.stderr)
        return {}
    found: dict[tuple[str, str], str] = {}
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in (
                    "unfinished", "vanished", "obsolete"):
                continue
            text = "".join(translation.itertext())
            if text:
                found[(name, message.findtext("source", ""))] = text
    return found


def translate(context: str, source: str, lang: str) -> str:
    """`source` (English) in `lang`: "zh" reads the zh_CN catalogue, "en" is the source."""
    if lang.startswith("en"):
        return source
    return _catalogue("zh_CN").get((context, source), source)


def N_(context: str, source: str) -> Text:  # the marker lupdate looks for
    """Mark `source` for the catalogue under `context` and return its `(zh, en)` pair."""
    return Text((translate(context, source, "zh"), source))
