"""Note templates for the session form: headings a counsellor fills in instead of typing the
same structure every time. Inserted at the cursor, never replacing what is written."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def templates(section: str) -> list[tuple[str, str]]:
    """(name, text) pairs for one note section, in the user's language (the literal
    `translate` calls are what the catalogue update finds)."""
    if section == "complaint":
        return [(QCoreApplication.translate("SessionTemplates", "First visit"),
                 QCoreApplication.translate(
                     "SessionTemplates", "Reason for coming:\nSince when:\nWork and shifts:\n"
                     "What they hope for:\n")),
                (QCoreApplication.translate("SessionTemplates", "Follow-up session"),
                 QCoreApplication.translate(
                     "SessionTemplates", "Since the last session:\nHomework:\n"
                     "Today's concern:\n"))]
    if section == "assessment":
        return [(QCoreApplication.translate("SessionTemplates", "Mental state"),
                 QCoreApplication.translate(
                     "SessionTemplates", "Mood:\nSleep and appetite:\nWork and relationships:"
                     "\nRisk (self-harm, harm to others):\n"))]
    if section == "intervention":
        return [(QCoreApplication.translate("SessionTemplates", "Session outline"),
                 QCoreApplication.translate(
                     "SessionTemplates", "Focus of the session:\nMethods used:\n"
                     "The worker's response:\n"))]
    if section == "plan":
        return [(QCoreApplication.translate("SessionTemplates", "Next steps"),
                 QCoreApplication.translate(
                     "SessionTemplates", "Focus next time:\nHomework:\n"
                     "Referral or follow-up needed:\n"))]
    return []
