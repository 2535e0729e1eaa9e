"""今日's reminder of the next days' bookings: one line per booking under today's list, so
the counsellor or reception can call ahead; and the month's attendance beside its counts."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from station_desk.domain.records.appointments import Appointment
from station_desk.domain.stats.counts import Attendance
from station_desk.ui.i18n import arg
from station_desk.ui.records.appointment_dialog import weekday

SHOWN = 6  # more than this and the line says how many more


def upcoming_text(items: Sequence[Appointment]) -> str:
    if not items:
        return QCoreApplication.translate("AppointmentReminders",
                                          "No appointments in the next days.")
    lines = [f"{a.day} {weekday(a.day)} {a.time_range}  {a.client_name}"
             + (f" · {a.counsellor_name}" if a.counsellor_name else "") for a in items[:SHOWN]]
    if len(items) > SHOWN:
        lines.append(arg(QCoreApplication.translate("AppointmentReminders", "and %1 more"),
                         len(items) - SHOWN))
    return QCoreApplication.translate("AppointmentReminders", "Next days:") + "\n" \
        + "\n".join(lines)


def attendance_text(found: Attendance | None) -> str:
    """A line of its own: "appointments kept a of n (no-show b, late cancellations c)", or
    '' with none."""
    if found is None or not found.expected:
        return ""
    return "\n" + arg(QCoreApplication.translate(
        "AppointmentReminders", "appointments kept %1 of %2 (no-show %3, late cancellations "
        "%4)"), found.attended, found.expected, found.no_show, found.late_cancel)
