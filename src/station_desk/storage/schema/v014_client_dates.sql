-- The statistics export, the dashboard and the tier self-check count a period's closed cases
-- (closed_at) and new registrations (created_at); neither had an index, so each count read
-- the whole clients table: 6,600 pages at 100,000 files, on the vault each one decrypted and
-- its HMAC checked (about 10 µs a page on the 2-core machine: 70–110 ms of every monthly
-- export, docs/benchmarks/README.md). Only closed cases have a closing date, hence partial.
CREATE INDEX clients_closed ON clients(closed_at, status) WHERE closed_at IS NOT NULL;
CREATE INDEX clients_created ON clients(created_at);
