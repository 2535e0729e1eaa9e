"""The file window's actions, in groups: record, schedule, crisis, case and print.

A toolbar: the one thing done most (a new session record, or reopening a closed case) as a
button of its own, then one menu button per group. Which actions show is the domain's
answer (`records.file_actions`: the file's state, the user's role and access, consent);
an action that does not apply is not shown, and a group with none is not shown either.
The toolbar folds what does not fit behind its » button instead of clipping it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QToolBar, QToolButton, QWidget

from station_desk.domain.records import file_actions as fa
from station_desk.ui.theme import mark_primary

translate = QCoreApplication.translate

# Shown as buttons of their own, before the groups (the first that applies leads).
PRIMARY = (fa.NEW_RECORD, fa.REOPEN)


def action_texts() -> dict[str, str]:
    """Each action's wording (the menus end in … where a dialog asks more)."""
    return {
        fa.NEW_RECORD: translate("FileActionBar", "New session record"),
        fa.EDIT_DRAFT: translate("FileActionBar", "Open / sign draft"),
        fa.ADDENDUM: translate("FileActionBar", "Add addendum…"),
        fa.COSIGN: translate("FileActionBar", "Co-sign…"),
        fa.DELETE_DRAFT: translate("FileActionBar", "Delete draft…"),
        fa.RATING: translate("FileActionBar", "Satisfaction form"),
        fa.BOOK: translate("FileActionBar", "Book appointment…"),
        fa.FOLLOW_UP: translate("FileActionBar", "Schedule follow-up…"),
        fa.CRISIS: translate("FileActionBar", "Crisis intervention…"),
        fa.REFERRAL: translate("FileActionBar", "Referral…"),
        fa.REOPEN: translate("FileActionBar", "Reopen case…"),
        fa.EDIT_DETAILS: translate("FileActionBar", "Edit details…"),
        fa.CONSENT: translate("FileActionBar", "Record consent…"),
        fa.WITHDRAW_CONSENT: translate("FileActionBar", "Withdraw consent…"),
        fa.SHARE: translate("FileActionBar", "Share / transfer to a colleague…"),
        fa.TRANSFER_OUT: translate("FileActionBar", "Transfer to another station…"),
        fa.CLOSE_CASE: translate("FileActionBar", "Close case…"),
        fa.SUBJECT_COPY: translate("FileActionBar", "Copy for the worker…"),
        fa.PRINT_SUMMARY: translate("FileActionBar", "File summary…"),
        fa.PRINT_RECORD: translate("FileActionBar", "This session record…"),
        fa.PRINT_CASE: translate("FileActionBar", "Whole case…"),
        fa.PRINT_ASSESSMENT: translate("FileActionBar", "Assessment report…"),
    }


def group_texts() -> dict[str, str]:
    return {fa.RECORD: translate("FileActionBar", "Record"),
            fa.SCHEDULE: translate("FileActionBar", "Schedule"),
            fa.CRISIS_GROUP: translate("FileActionBar", "Crisis"),
            fa.CASE: translate("FileActionBar", "Case"),
            fa.PRINT: translate("FileActionBar", "Print")}


class FileActionBar(QToolBar):
    """`slots` maps each action name to what it does; `show_only` shows those that apply."""

    def __init__(self, slots: dict[str, Callable[[], object]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMovable(False)
        self.setFloatable(False)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        texts = action_texts()
        self.actions_by_name: dict[str, QAction] = {}
        for name, text in texts.items():
            action = QAction(text, self)
            action.setObjectName(name)
            slot = slots.get(name)
            if slot is not None:
                action.triggered.connect(lambda _checked=False, run=slot: run())
            self.actions_by_name[name] = action
        self.primary: dict[str, QAction] = {}
        for name in PRIMARY:
            self.addAction(self.actions_by_name[name])
            button = self.widgetForAction(self.actions_by_name[name])
            if button is not None:
                mark_primary(button)  # the app's one accent, as OK in a dialog
            self.primary[name] = self.actions_by_name[name]
        self.group_buttons: dict[str, QToolButton] = {}
        self.group_slots: dict[str, QAction] = {}  # the toolbar's handle on each button
        self.separators: dict[str, QAction] = {}
        titles = group_texts()
        for group, names in fa.GROUPS.items():
            menu = QMenu(titles[group], self)
            menu.setObjectName(f"{group}-menu")
            for name in names:
                if name not in PRIMARY:
                    menu.addAction(self.actions_by_name[name])
            button = QToolButton(self)
            button.setText(titles[group] + " ▾")
            button.setProperty("group-menu", True)  # no second arrow (station-desk.qss)
            button.setObjectName(f"{group}-group")
            button.setMenu(menu)
            button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            self.separators[group] = self.addSeparator()
            self.group_slots[group] = self.addWidget(button)
            self.group_buttons[group] = button

    def action(self, name: str) -> QAction:
        return self.actions_by_name[name]

    def show_only(self, allowed: Iterable[str]) -> None:
        """Show the actions that apply and hide the rest, and groups left empty."""
        wanted = set(allowed)
        for name, action in self.actions_by_name.items():
            action.setVisible(name in wanted)
        leading = not any(n in wanted for n in PRIMARY)  # nothing yet to separate from
        for group, names in fa.GROUPS.items():
            in_menu = [n for n in names if n not in PRIMARY]
            applies = any(n in wanted for n in in_menu)
            self.group_slots[group].setVisible(applies)
            self.separators[group].setVisible(applies and not leading)
            leading = leading and not applies

    def shown(self) -> set[str]:
        """The names of the actions shown now (for the tests and the layout checks)."""
        return {name for name, action in self.actions_by_name.items() if action.isVisible()}

    def shown_groups(self) -> list[str]:
        return [g for g, slot in self.group_slots.items() if slot.isVisible()]
