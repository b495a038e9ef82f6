-- The forces a file's rows were imported for (slugs, comma-separated, in slug order): a force export's rows name their own
-- force, which its file name does not give (the force column), so the report of a file imported again can still name
-- them. Null for files imported before this column, and for a file with no row kept.
ALTER TABLE source_file ADD COLUMN forces TEXT;
