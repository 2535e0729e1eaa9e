-- Why a booking was cancelled, when the app cancelled it rather than a person at the desk:
-- 'transferred' when its file went to another station (domain/records/transfer.py: the
-- station's future bookings for that worker are called off with it). A booking cancelled at
-- the desk has no row here. Kept beside `appointments` rather than as a column of it, so the
-- rows the desk writes are unchanged; it goes with its booking (retention deletes bookings).
CREATE TABLE appointment_cancellations (
    appointment_id INTEGER PRIMARY KEY REFERENCES appointments(id) ON DELETE CASCADE,
    reason TEXT NOT NULL
);
