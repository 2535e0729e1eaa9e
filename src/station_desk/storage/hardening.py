"""Process hardening: keep decrypted pages out of core dumps."""

from __future__ import annotations

import sys


def disable_core_dumps() -> None:
    """A core dump would hold the raw database key and decrypted pages; switch them off."""
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ImportError, ValueError, OSError):
        pass
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            pr_set_dumpable = 4
            ctypes.CDLL(None, use_errno=True).prctl(pr_set_dumpable, 0, 0, 0, 0)
        except (OSError, AttributeError):
            pass
