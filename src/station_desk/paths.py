"""Where the app's read-only data lives: the source tree, or the PyInstaller bundle."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path


@cache
def repo_root() -> Path:
    """The folder holding `seeds/` (and `resources/`).

    Frozen builds unpack data next to the code in `sys._MEIPASS`; from source we walk up
    from this file until a folder with `seeds/` appears.
    """
    bundle = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and bundle:
        return Path(bundle)
    here = Path(__file__).resolve()
    for folder in here.parents:
        if (folder / "seeds").is_dir():
            return folder
    raise FileNotFoundError(f"no 'seeds' folder found above {here}")


def seeds_dir() -> Path:
    return repo_root() / "seeds"


def resources_dir() -> Path:
    return repo_root() / "resources"
