"""Indexes the benchmark suggests, to be tried on its own copies (`--suggested-indexes`).

Nothing here touches the schema: the statements run on the benchmark's throwaway vault and
plain copy only, after the main measurement, and every operation is measured again. Whether
they become a migration is the schema owners' decision (docs/benchmarks/README.md). An index
on a clinical table names the schema it goes to (`clinical.`), as the table lives there.
"""

from __future__ import annotations

SUGGESTED_INDEXES: list[dict[str, str]] = [
    {"name": "bench_sessions_period",
     "sql": "CREATE INDEX clinical.bench_sessions_period ON sessions"
            "(session_date, status, client_id, modality, issues)",
     "for": "export.collect: the period's signed sessions grouped by (client, modality, "
            "issues) are read from the index alone, not row by row from the table (notes "
            "and all); export.collect already uses such an index when the schema has one"},
    {"name": "bench_assessments_period",
     "sql": "CREATE INDEX clinical.bench_assessments_period ON assessments"
            "(administered_at, instrument_id, mode, band_level, client_id)",
     "for": "export.collect.assessments: the period's administrations from the index alone"},
    {"name": "bench_clients_profile",
     "sql": "CREATE INDEX bench_clients_profile ON clients"
            "(gender, birth_year, industry, key_groups)",
     "for": "export.collect: the clients' attributes from a narrow index instead of the "
            "whole clients table"},
    {"name": "bench_audit_action",
     "sql": "CREATE INDEX bench_audit_action ON audit(action)",
     "for": "the tier self-check's 'packages sent to the union' (domain.tier.evidence.exports):"
            " without it the audit entries of the period examined are read to find the "
            "exports among them"},
]
