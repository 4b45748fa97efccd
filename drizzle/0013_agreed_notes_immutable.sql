-- Agreed meeting notes are a record: their text never changes and they are never removed. A
-- correction is a new version that refers to the old one. Only the step to 'registered' may follow.
CREATE OR REPLACE FUNCTION dialogue_notes_refuse_agreed_change() RETURNS trigger AS $$
BEGIN
  IF OLD.status IN ('agreed', 'registered') THEN
    IF TG_OP = 'DELETE' THEN
      RAISE EXCEPTION 'meeting notes % are agreed and cannot be removed', OLD.id;
    END IF;
    IF NEW.text IS DISTINCT FROM OLD.text OR NEW.dialogue_id IS DISTINCT FROM OLD.dialogue_id
       OR NEW.version_no IS DISTINCT FROM OLD.version_no OR NEW.agreed_at IS DISTINCT FROM OLD.agreed_at
       OR NEW.organiser_comment IS DISTINCT FROM OLD.organiser_comment
       OR (OLD.status = 'registered' AND NEW.status <> 'registered')
       OR (OLD.status = 'agreed' AND NEW.status NOT IN ('agreed', 'registered')) THEN
      RAISE EXCEPTION 'meeting notes % are agreed and cannot change', OLD.id;
    END IF;
  END IF;
  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER dialogue_meeting_notes_agreed_immutable BEFORE UPDATE OR DELETE ON dialogue_meeting_notes
  FOR EACH ROW EXECUTE FUNCTION dialogue_notes_refuse_agreed_change();
