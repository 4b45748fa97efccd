-- Every statement that changes values raises their revision, whichever process ran it.
INSERT INTO values_revision (id, revision) VALUES (1, 0) ON CONFLICT DO NOTHING;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION values_revision_bump() RETURNS trigger AS $$
BEGIN
  UPDATE values_revision SET revision = revision + 1 WHERE id = 1;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER measure_values_revision AFTER INSERT OR UPDATE OR DELETE ON measure_values
  FOR EACH STATEMENT EXECUTE FUNCTION values_revision_bump();
