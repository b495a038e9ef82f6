-- The tables of sqlite/0007_force_crs.sql, column for column: each force's places are held in one projected coordinate
-- system (issue #5); every force already held is British National Grid.
CREATE TABLE force_crs (
    force text COLLATE "C" PRIMARY KEY,
    epsg  integer NOT NULL
);
INSERT INTO force_crs (force, epsg)
SELECT force, 27700 FROM crime UNION SELECT force, 27700 FROM outcome UNION SELECT force, 27700 FROM stop_search;

ALTER TABLE source_file ADD COLUMN epsg integer NOT NULL DEFAULT 27700;
