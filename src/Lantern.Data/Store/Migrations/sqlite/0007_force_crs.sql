-- Each force's places are held in one projected coordinate system (issue #5): British National Grid (EPSG:27700) for UK
-- forces, another system (Vancouver's EPSG:26910) for a force whose exports come in it. easting/northing of a force's
-- crimes, outcomes and searches are that system's metres, so no analysis ever mixes two systems. The first file that
-- brings a force sets its row; every force already held is British National Grid.
CREATE TABLE force_crs (
    force TEXT    PRIMARY KEY,
    epsg  INTEGER NOT NULL
);
INSERT INTO force_crs (force, epsg)
SELECT force, 27700 FROM crime UNION SELECT force, 27700 FROM outcome UNION SELECT force, 27700 FROM stop_search;

-- The system a file's x/y were read in.
ALTER TABLE source_file ADD COLUMN epsg INTEGER NOT NULL DEFAULT 27700;
