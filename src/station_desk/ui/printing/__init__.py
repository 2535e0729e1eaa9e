"""Printing in the app: a preview inside the window, the system print dialog, and Save as PDF
(after a warning). Everything renders from memory through `station_desk.reports`; a PDF
reaches the disk only through an explicit, audited save."""
