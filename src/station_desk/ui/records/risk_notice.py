"""The sentence the signature dialog adds when signing changes the file's risk level (or an
open crisis holds it), so the counsellor sees it before typing the password."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from station_desk.domain.records.risk import RiskChange
from station_desk.ui.i18n import arg
from station_desk.ui.records.common import label


def risk_sentence(change: RiskChange | None, record_level: str) -> str:
    if change is None:
        return ""
    translate = QCoreApplication.translate
    if change.held:
        return arg(translate("RiskNotice", "The file's risk level stays %1 while its crisis "
                             "is open (this record says %2)."),
                   label("risk_levels", change.before), label("risk_levels", record_level))
    return arg(translate("RiskNotice", "The file's risk level changes from %1 to %2."),
               label("risk_levels", change.before), label("risk_levels", change.after))
