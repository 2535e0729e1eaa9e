"""Screens for the station's tier: the self-check (admin), the regimes (制度) and the duty
roster (值班表), and the confidentiality acknowledgement asked for at sign-in."""
