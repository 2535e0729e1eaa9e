"""One psychological file on screen, in parts a reader can hold.

- `opening.open_file_window` — the one way screens open a file (card, reason, or file)
- `window.FileWindow` — the file in its own window
- `view.ClientFileView` — header, actions and tabs put together, and `refresh`
- `header.FileHeader` — who, the four facts at a glance (risk, consent, open crisis, next
  appointment), crisis banner, flags, details; `flow.FlowLayout` wraps the facts
- `action_bar.FileActionBar` — the actions in groups (record, schedule, crisis, case,
  print), showing those `domain.records.file_actions` says apply;
  `actions.FileActions` — what they do
- `tabs.FileTabs` — records, follow-ups, referrals, crises, assessments

- `texts` — a record's text and status line; `cosign.CosignDialog` — 督导会签
- `card.DirectoryCard` — what reception sees of a file

Adding an action: name it and put it in its group in `domain/records/file_actions.py`
(`GROUPS`, and the rule in `file_actions` or `record_actions`, with a test), give it its
wording in `action_bar.action_texts`, and what it does in `view.ClientFileView._slots`.
"""

from station_desk.ui.records.file_window.card import DirectoryCard
from station_desk.ui.records.file_window.cosign import CosignDialog
from station_desk.ui.records.file_window.opening import open_file_window
from station_desk.ui.records.file_window.tabs import FileAssessmentsPanel
from station_desk.ui.records.file_window.texts import followup_state, record_html, status_text
from station_desk.ui.records.file_window.view import ClientFileView
from station_desk.ui.records.file_window.window import FileWindow

__all__ = ["ClientFileView", "CosignDialog", "DirectoryCard", "FileAssessmentsPanel",
           "FileWindow", "followup_state", "open_file_window", "record_html", "status_text"]
