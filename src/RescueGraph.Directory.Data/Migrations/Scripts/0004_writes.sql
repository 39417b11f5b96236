-- Writes and audit (issue 6): the admins' audit trail is read newest first, by record (served by
-- ix_audit_entries_entity_type_entity_id_occurred_at), by time (ix_audit_entries_occurred_at) and by actor:
-- "what did this person change". Without this index that last question scans the whole append-only table.
CREATE INDEX ix_audit_entries_actor_occurred_at ON audit_entries (actor, occurred_at DESC, id);
