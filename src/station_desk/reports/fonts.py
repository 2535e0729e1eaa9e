"""The bundled CJK font for PDFs: registration with reportlab and text that it can draw.

WenQuanYi Micro Hei (resources/fonts, Apache-2.0) has TrueType outlines, so reportlab embeds
it as a subset and `pdftotext` gets the Chinese back; a CFF (.otf) font or the built-in
`STSong-Light` would be referenced, not embedded, and print differently on every PC.

The font has no emoji and no CJK Extension B. Rather than let reportlab draw empty boxes,
`printable()` replaces what the font cannot draw: an emoji (with its modifiers and joiners)
becomes "[表情]", any other missing character the typesetter's "〓". Both are visible on paper
and survive text extraction, so a reader knows something was there.

Other modules (the UI, exports) reuse `font_path()` and `register()`.
"""

from __future__ import annotations

import threading
import unicodedata
from functools import cache
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from station_desk import paths

FONT = "StationCJK"  # the reportlab name of the bundled font (regular; it has no bold face)
FONT_FILE = "wqy-microhei.ttc"
SUBFONT_INDEX = 0  # 0 = WenQuanYi Micro Hei, 1 = its monospaced twin

EMOJI_PLACEHOLDER = "[表情]"
MISSING_PLACEHOLDER = "〓"

_lock = threading.Lock()
_registered = False

# Characters that only modify a neighbour: dropped when the neighbour is replaced.
_JOINERS = {0x200D, 0xFE0E, 0xFE0F, 0x20E3}


def font_path() -> Path:
    return paths.resources_dir() / "fonts" / FONT_FILE


def register() -> str:
    """Register the font with reportlab once (idempotent, thread-safe); returns its name.

    Bold and italic map to the same face so `<b>` in a Paragraph never asks for a font
    that is not there; emphasis is done with size and colour instead."""
    global _registered
    with _lock:
        if not _registered:
            pdfmetrics.registerFont(TTFont(FONT, str(font_path()), subfontIndex=SUBFONT_INDEX))
            for bold in (0, 1):
                for italic in (0, 1):
                    addMapping(FONT, bold, italic, FONT)
            _registered = True
    return FONT


@cache
def _cmap() -> frozenset[int]:
    register()
    font = pdfmetrics.getFont(FONT)
    return frozenset(font.face.charToGlyph)  # type: ignore[attr-defined]


@cache
def _drawable() -> frozenset[str]:
    """Characters that pass through `printable` unchanged."""
    keep = {chr(c) for c in _cmap() if c not in _JOINERS
            and unicodedata.category(chr(c)) not in ("Cc", "Cf")}
    return frozenset(keep | {"\n", "\t"})


def has_glyph(char: str) -> bool:
    return ord(char) in _cmap()


def _is_emoji(code: int) -> bool:
    return (0x1F000 <= code <= 0x1FAFF or 0x2600 <= code <= 0x27BF or 0x2B00 <= code <= 0x2BFF
            or 0x1F1E6 <= code <= 0x1F1FF or 0x1F3FB <= code <= 0x1F3FF or code in _JOINERS)


def printable(text: str) -> str:
    """`text` with every character the font cannot draw replaced (see the module docstring).

    Line breaks and tabs stay; other control characters go. A run of emoji, skin tones,
    variation selectors and zero-width joiners becomes one placeholder."""
    if _drawable().issuperset(text):  # the usual case, checked at C speed
        return text
    cmap = _cmap()
    out: list[str] = []
    in_emoji = False
    for char in text:
        code = ord(char)
        if char in "\n\t":
            out.append(char)
            in_emoji = False
            continue
        if code in cmap and code not in _JOINERS:
            out.append(char)
            in_emoji = False
            continue
        if unicodedata.category(char) in ("Cc", "Cf") and code not in _JOINERS:
            continue
        if _is_emoji(code):
            if not in_emoji and code not in _JOINERS:
                out.append(EMOJI_PLACEHOLDER)
                in_emoji = True
            elif not in_emoji:
                continue  # a stray joiner or selector after drawable text
            continue
        out.append(MISSING_PLACEHOLDER)
        in_emoji = False
    return "".join(out)


def para(text: str) -> str:
    """`text` as Paragraph markup: printable, XML-escaped, line breaks kept."""
    return escape(printable(text)).replace("\n", "<br/>")
