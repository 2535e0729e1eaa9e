"""The app pass of `station-desk bench` with the app's own unlock screen up, so the Qt objects'
memory counts in its figures: run as a child process (`python -m station_desk.ui.bench_screen`,
JSON in and out, like `bench.measure`). It sits in the UI layer because it shows a window; the
bench itself never imports the UI.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from station_desk.bench import measure


def unlock_screen(vault: Path) -> tuple[Any, Any, str]:
    """The app's Qt objects with the unlock screen up."""
    from station_desk.ui.application import make_application
    from station_desk.ui.signin import SignInWindow

    app = make_application(["station-desk"])
    window = SignInWindow(vault)
    window.show()
    app.processEvents()
    return app, window, "loaded, unlock screen shown"


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return measure.main(screen=unlock_screen)


if __name__ == "__main__":
    raise SystemExit(main())
