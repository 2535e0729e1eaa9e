"""Station Desk: encrypted records for staff mental-health service stations."""

__version__ = "0.1.0"
