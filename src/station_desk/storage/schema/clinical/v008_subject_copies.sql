-- Copies of their own file given to a worker (PIPL art. 45), one row per copy produced: the
-- date the worker asked, who produced it when, its document number and digest, and what was
-- withheld or could not be included, with the reasons (items named as on the copy). Kept in
-- the clinical compartment: the reasons may speak of what the notes hold.
CREATE TABLE subject_copies (
    id INTEGER PRIMARY KEY,
    client_id INTEGER NOT NULL,
    requested_on TEXT NOT NULL,
    produced_by INTEGER NOT NULL,
    produced_at TEXT NOT NULL,
    doc_no TEXT NOT NULL,
    pages INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    withheld TEXT NOT NULL DEFAULT '[]',
    not_included TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX subject_copies_client ON subject_copies(client_id, produced_at);
