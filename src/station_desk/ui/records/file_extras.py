"""What the file window's follow-up and crisis tabs add: a "Record outcome…" button for the
selected follow-up (not only a double-click), and the crisis detail view with its safety plan
(a button, and a double-click on the crisis). The buttons sit in the tab bar's corner and show
for the tab they belong to."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from station_desk.domain.records import access
from station_desk.ui.records.crisis_view import CrisisView

translate = QCoreApplication.translate


def install(view: Any) -> None:
    """Add the buttons to a `ClientFileView` (its `tabs`, `followups_view`, `crises_model`)."""
    tabs = view.tabs
    corner = QWidget()
    row = QHBoxLayout(corner)
    row.setContentsMargins(0, 0, 4, 2)
    view.outcome_button = QPushButton(translate("FileExtras", "Record outcome…"))
    view.outcome_button.clicked.connect(view.complete_followup)
    view.crisis_view_button = QPushButton(translate("FileExtras", "Crisis details and "
                                                                  "safety plan…"))
    view.crisis_view_button.clicked.connect(lambda: open_crisis(view))
    row.addWidget(view.outcome_button)
    row.addWidget(view.crisis_view_button)
    tabs.setCornerWidget(corner, Qt.Corner.TopRightCorner)
    view.crisis_window = None
    tabs.crises_view.doubleClicked.connect(lambda _i: open_crisis(view))

    def update(*_args: object) -> None:
        current = tabs.currentWidget()
        item = view.followups_model.row_at(view.followups_view.currentIndex().row())
        view.outcome_button.setVisible(current is view.followups_view)
        view.outcome_button.setEnabled(item is not None and not item.done_at)
        view.crisis_view_button.setVisible(current is tabs.crises_view)
        view.crisis_view_button.setEnabled(bool(view.crises_model.rows))
        corner.adjustSize()

    tabs.currentChanged.connect(update)
    view.followups_view.selectionModel().selectionChanged.connect(update)
    view.followups_model.modelReset.connect(update)
    view.crises_model.modelReset.connect(update)
    update()


def open_crisis(view: Any) -> CrisisView | None:
    """The selected crisis (or the latest) in full, with its safety plan."""
    tabs = view.tabs
    index = tabs.crises_view.currentIndex()
    crisis = view.crises_model.row_at(index.row()) if index.isValid() else None
    if crisis is None and view.crises_model.rows:
        crisis = view.crises_model.rows[-1]
    if crisis is None:
        return None
    view.crisis_window = CrisisView.ask(view.session, crisis.id, view,
                                        writable=access.can_write(view.session, view.client))
    return view.crisis_window
