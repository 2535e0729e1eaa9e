"""Screens for the statistics package: the station's export wizard and the union's window."""
