"""Screens for the records (issue 3): thin over `station_desk.domain.records`."""
