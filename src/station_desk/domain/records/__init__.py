"""Records: psychological files, session records, the follow-up loop and station work.

Pure Python below the UI. Every public function takes the signed-in `Session`, checks the
role matrix and the case-level rules (`access`), writes its audit entry in the same
transaction as the change, and returns frozen dataclasses. Modules:

- `access`: who reaches which case; `open_file`, `can_view_clinical`, break-the-glass.
- `files`, `consent`: registration, details, sharing, transfer, closing; informed consent,
  its scope items and withdrawal.
- `subject_copy`: the worker's copy of their file (PIPL art. 45): who, what, the log.
- `sessions`, `drafts`: session records, signing, co-signing, addenda; autosave.
- `followups`, `crises`, `referrals`, `satisfaction`: the 发现—疏导—回访 loop.
- `activities`, `appointments`, `dashboard`: station work and each role's start page.
- `search`: files, records and note full text, paged for lazy list models.
"""
