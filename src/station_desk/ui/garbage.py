"""Python's cycle collector runs on the UI thread only.

Left automatic, the collector runs on whichever thread happens to cross its allocation
threshold, and here that is often the operations worker (ui/operations.py), which allocates a
great deal while it reads. A reference cycle that holds a Qt object made in Python (a page and a
closure over it, a dialog and its handler) is then freed on the worker: the Qt object is
destroyed off the thread it lives on, perhaps while the UI thread is painting it, and PySide
crashes with "Garbage-collecting" in the fault report. In the export screens' and short lists'
tests, 27 of the 163 collections that found garbage ran on the worker.

So, as Anki does (its main window's garbage collector), automatic collection is switched off
once the worker exists, and the UI thread collects on a timer instead: the generation Python
itself would have collected by now, by Python's own thresholds, so memory stays as it was and a
full collection is made only when one is due.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QTimer

CHECK_INTERVAL_MS = 1000  # cycles wait at most this long to be freed; most memory is freed at once

_GENERATIONS = 3
_collector: QTimer | None = None


def collect_due() -> int:
    """Collect, on this thread, the oldest generation whose threshold has been passed (the rule
    Python applies after each allocation); return how many unreachable objects were found."""
    counts = gc.get_count()
    thresholds = gc.get_threshold()
    for generation in reversed(range(_GENERATIONS)):
        if thresholds[generation] and counts[generation] > thresholds[generation]:
            return gc.collect(generation)
    return 0


def collect_on_ui_thread() -> None:
    """Switch automatic collection off and collect from the event loop of this (the UI)
    thread from now on, for as long as the application lives. Once per process: the later
    calls find it done."""
    global _collector
    if _collector is not None:
        return
    timer = QTimer(QCoreApplication.instance())
    timer.setInterval(CHECK_INTERVAL_MS)
    timer.timeout.connect(collect_due)
    timer.start()
    _collector = timer
    gc.disable()
