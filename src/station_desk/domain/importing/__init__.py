"""Onboarding: a station's existing registers (台账) brought into the vault, and the likely
duplicates that brings, found before a file is created and merged by the admin afterwards.

    reading.py     the file: first sheet of an .xlsx, or a .csv in UTF-8 or GBK
    columns.py     the kinds of register, their fields, common headers, remembered mappings
    values.py      cells as people write them (dates, labels, synonyms) read into codes
    plan.py        every row as it will be stored, or why it cannot be (writes nothing)
    apply.py       storing a plan in one transaction, audited once
    duplicates.py  files that may be the same worker's (name and phone, or name and birth year)
    merge.py       the admin merges two files of one worker, moving every record across

No Qt here: the import dialog (ui/records/import_dialog.py) and `station-desk import ledger`
(cli/import_commands.py) both call these.
"""

from station_desk.domain.audit import register_actions
from station_desk.i18n import N_

register_actions({
    "import.ledger": N_("importing", "existing register imported"),
    "file.merge": N_("importing", "two files of one worker merged"),
    "session.merge": N_("importing", "records moved by a file merge"),
})
