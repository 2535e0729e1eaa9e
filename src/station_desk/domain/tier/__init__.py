"""The station's tier, kept and shown: what the city standard for stations (seeds/
tier_checklist.json) asks for and what the vault shows of it.

- `regimes`: the station's written regimes (制度), adopted in versions, and staff
  acknowledgements of the confidentiality regime.
- `duty`: the duty roster (值班表).
- `evidence`: counts and dates read from the records, one query per kind of evidence.
- `selfcheck`: every requirement up to the station's tier, judged from that evidence or
  from the admin's recorded answer; self-checks kept with their date.
"""
