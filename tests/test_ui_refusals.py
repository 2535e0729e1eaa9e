"""Refusals are shown in one place: a screen hands its domain call to the operations layer
(ui/operations.py), which shows a `StationDeskError` (or an `OSError` turned into one) where
the screen asked for it. A screen that catches them itself runs its call on the UI thread and
shows the refusal its own way; from now on only the few places below may.

Also: the audit viewer imports every module that names audit actions, so no entry is shown
by its code (it used to import them by name at run time)."""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src" / "station_desk"
UI = SRC / "ui"
CAUGHT = {"StationDeskError", "OSError"}

# path under ui/ -> (at most this many handlers, why they are not operations)
ALLOWED: dict[str, tuple[int, str]] = {
    "operations.py": (0, "the one place itself (as_refusal is a function, not a handler)"),
    "about.py": (1, "the licence files shipped beside the program, not the vault: a missing "
                    "one is named in the text"),
    "crash.py": (1, "the crash handler's line on stderr, which may be closed"),
    "i18n.py": (2, "compiling the translations at start-up (lrelease, a writable folder): "
                   "questions to the system, no domain call"),
    "os_lock.py": (1, "the Windows session hook, absent elsewhere"),
    "kept_input.py": (1, "a form's kept input that cannot be read is not offered; the form "
                         "opens as usual"),
    "assess/panel.py": (1, "an imported instrument file gone bad: the shipped set is used and "
                           "the problem is shown beside it, not a refusal of an action"),
    "export/fingerprint.py": (1, "no station key yet: a dash stands for the fingerprint"),
    "export/wizard.py": (1, "the period page reads the boxes as a period to say which "
                            "threshold applies; a period it cannot name shows nothing yet"),
    "records/leftovers.py": (1, "a kept form whose file this user no longer reaches is still "
                                "listed, without the file, so it can be discarded (on the "
                                "worker, inside the list's read)"),
    "records/lazy_model.py": (2, "Qt asks a model for its rows at once (`data`, `fetchMore`): "
                                 "the rows scrolled into view are read in small batches under "
                                 "the connection's lock, as Anki's browser table reads them, "
                                 "and a refused read is the list's status line, not a box"),
    "records/transfer_action.py": (1, "the history's instrument names: one bad imported "
                                      "instrument file must not hide a received history "
                                      "(the names fall back to the word 'assessment')"),
    "wizard.py": (1, "the station page checks what was typed (and that no vault is there yet) "
                     "before anything is made: Qt asks `validatePage` for an answer at once"),
}


def _names(node: ast.expr | None) -> set[str]:
    if node is None:
        return set()
    if isinstance(node, ast.Tuple):
        return set().union(*(_names(e) for e in node.elts))
    if isinstance(node, ast.Name):
        return {node.id}
    if isinstance(node, ast.Attribute):
        return {node.attr}
    return set()


def _handlers(path: Path) -> list[int]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [node.lineno for node in ast.walk(tree)
            if isinstance(node, ast.ExceptHandler) and _names(node.type) & CAUGHT]


def test_screens_leave_refusals_to_the_operations_layer() -> None:
    found = {path.relative_to(UI).as_posix(): _handlers(path)
             for path in sorted(UI.rglob("*.py"))}
    over = []
    for name, lines in found.items():
        allowed = ALLOWED.get(name, (0, ""))[0]
        if len(lines) > allowed:
            over.append(f"ui/{name}: {len(lines)} handler(s) at lines {lines}, {allowed} allowed")
    assert not over, ("catch StationDeskError/OSError in ui/operations.py, not in the screen: "
                      "run the call as a ChangeOp or QueryOp\n" + "\n".join(over))


def test_the_allow_list_names_files_that_exist() -> None:
    """The allowed files exist."""
    for name in ALLOWED:
        assert (UI / name).is_file(), name


def test_the_audit_viewer_imports_every_module_that_names_actions() -> None:
    naming = set()
    for path in SRC.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in tree.body:  # a call at module level, run on import
            call = node.value if isinstance(node, ast.Expr) else None
            if (isinstance(call, ast.Call) and isinstance(call.func, ast.Name)
                    and call.func.id == "register_actions"):
                parts = path.relative_to(SRC.parent).with_suffix("").parts
                naming.add(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    assert naming, "no module names its audit actions: the scan is wrong"
    viewer = ast.parse((UI / "audit_model.py").read_text(encoding="utf-8"))
    imported = {alias.name for node in viewer.body if isinstance(node, ast.Import)
                for alias in node.names}
    assert naming <= imported, sorted(naming - imported)
    assert "import_module" not in (UI / "audit_model.py").read_text(encoding="utf-8")
