-- Every statement that changes the registry raises its revision, whichever code path or instance ran it.
INSERT INTO registry_revision (id, revision) VALUES (1, 0) ON CONFLICT DO NOTHING;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION registry_revision_bump() RETURNS trigger AS $$
BEGIN
  UPDATE registry_revision SET revision = revision + 1 WHERE id = 1;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER organisers_revision AFTER INSERT OR UPDATE OR DELETE ON organisers
  FOR EACH STATEMENT EXECUTE FUNCTION registry_revision_bump();
--> statement-breakpoint
CREATE TRIGGER school_units_revision AFTER INSERT OR UPDATE OR DELETE ON school_units
  FOR EACH STATEMENT EXECUTE FUNCTION registry_revision_bump();
--> statement-breakpoint
CREATE TRIGGER unit_school_forms_revision AFTER INSERT OR UPDATE OR DELETE ON unit_school_forms
  FOR EACH STATEMENT EXECUTE FUNCTION registry_revision_bump();
--> statement-breakpoint
CREATE TRIGGER municipalities_revision AFTER INSERT OR UPDATE OR DELETE ON municipalities
  FOR EACH STATEMENT EXECUTE FUNCTION registry_revision_bump();
--> statement-breakpoint
CREATE TRIGGER concerns_revision AFTER INSERT OR UPDATE OR DELETE ON concerns
  FOR EACH STATEMENT EXECUTE FUNCTION registry_revision_bump();
