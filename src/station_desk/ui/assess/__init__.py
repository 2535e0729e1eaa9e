"""Assessment screens: counsellor entry, the kiosk, anonymous screening, alerts, trend charts,
instrument import. A thin layer over `station_desk.domain.assessments`."""
