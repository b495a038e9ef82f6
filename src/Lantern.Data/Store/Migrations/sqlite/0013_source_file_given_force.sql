-- The force a file gave its rows that name none (a data.police.uk stop-and-search file's rows never do): its file name's,
-- else the --force it was imported with. Null when every row named its own, and for files imported before this column.
-- The same bytes are imported once, so the same file again under another force is refused naming this one, instead of
-- being reported "already imported" while its rows stay under the first.
ALTER TABLE source_file ADD COLUMN given_force TEXT;
