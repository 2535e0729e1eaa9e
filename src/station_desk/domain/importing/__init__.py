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

register_actions({
    "import.ledger": ("导入既有台账", "existing register imported"),
    "file.merge": ("合并同一职工的两份档案", "two files of one worker merged"),
    "session.merge": ("合并档案时移动记录", "records moved by a file merge"),
})
