"""Anonymous statistics packages for the city union, and the union's merge of them.

The one thing that leaves a station. Threat model (in full in `disclosure` and
docs/disclosure.md): the attacker holds every package the station ever released, for every
period, at every k, the re-exports, the city report and every other station's packages, knows
how packages are made and that a given worker visited in a given month, and solves all of it as
one integer system. Against that, every count hidden in every package keeps at least k possible
values, no group below k is shown to share one value, and a re-export adds nothing: each package
is protected jointly with the year's earlier ones (`protect`), from counts the vault froze and
records as released (`releases`).
"""
