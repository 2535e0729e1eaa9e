"""Station Desk: encrypted records for staff mental-health service stations."""

import os

__version__ = "0.1.0"

# PySide 6 makes its Python classes on first use ("lazy loading"). A class first needed while
# an application-wide event filter (the operations runner's, the client mode's) is handed an
# object Qt made itself re-enters that loading and crashed PySide 6.11 in our tests (6 of 6
# runs of a reproducer, 1 of 4 full runs). Made at import instead, before anything imports
# PySide6: about 150 ms more at start, inside the 1.5 s start-up target.
os.environ.setdefault("PYSIDE6_OPTION_LAZY", "0")
