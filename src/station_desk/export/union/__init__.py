"""The city union's side: a registry of station keys, checking packages, merging them."""
