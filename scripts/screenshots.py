"""Screenshots of every main page from the demo vault (station_desk/ui/screenshots.py):

    python scripts/screenshots.py [--out docs/screenshots] [--size 1366x768] [--scale 1.5]
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no display needed

from station_desk.ui.screenshots import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main())
