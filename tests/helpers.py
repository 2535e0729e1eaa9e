"""Helpers several test modules share (imported as `from helpers import ...`; the tests folder
is on the import path, as for `ui_helpers` and `test_reports_support`)."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from station_desk.errors import StationDeskError


def snapshot(root: Path) -> dict[str, str]:
    """sha256 of every file under `root` (names included, so new files show too)."""
    return {str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file()}


def expect_error(code: str, fn: Callable[..., Any], *args: Any,
                 **kwargs: Any) -> StationDeskError:
    """Call `fn`, which must raise a StationDeskError with this code; return the error."""
    with pytest.raises(StationDeskError) as info:
        fn(*args, **kwargs)
    assert info.value.code == code, info.value.message("en")
    return info.value
