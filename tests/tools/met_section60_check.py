#!/usr/bin/env python3
"""Independent check of Lantern's Section 60 register on real data: the searches under two authorisations.

Two plausible authorisations over London boroughs on days when the Metropolitan Police made many s.60 searches (the
real authorisations are not published with the data, so these are made up to match; only the searches are real):

- NHC-2023: Notting Hill Carnival, Kensington and Chelsea (E09000020), from 12:00 BST on Sunday 27 August 2023 to
  12:00 BST on the 28th (24 h), extended to 06:00 BST on the 29th (42 h in all);
- ARM-2023: Armistice Day, Westminster (E09000033), from 08:00 GMT on Saturday 11 November 2023 to 08:00 GMT on the 12th.

For each it reads data.police.uk's Met stop-and-search file of the month, the borough's boundary from
geo/london-boroughs-2022.geojson, and counts, for s.60 and for s.1 PACE, the searches with coordinates inside the
borough (ray casting on longitude and latitude, holes and multipolygons honoured; Lantern tests in British National
Grid instead) at or after the start and before the end (times parsed from the file, compared in UTC); with their
arrests and positive outcomes (anything but "A no further action disposal"), Wilson 95% intervals, the s.60 searches of
the period outside the borough and without coordinates, and the s.60 searches by officer-defined ethnicity.

Standard library only, none of Lantern's code or mappings.

    python3 tests/tools/met_section60_check.py [DATA_DIR]

DATA_DIR defaults to ../shared/data relative to the repository root. The figures it prints are the expected values of
tests/Lantern.Tests/StopSearch/MetSection60RealDataTests.cs.
"""

import csv
import json
import math
import os
import sys
from datetime import datetime, timezone

Z = 1.96
S60 = "Criminal Justice and Public Order Act 1994 (section 60)"
PACE = "Police and Criminal Evidence Act 1984 (section 1)"
NFA = "A no further action disposal"

AUTHORISATIONS = [
    ("NHC-2023", "E09000020", "2023-08", "2023-08-27T11:00:00+00:00", "2023-08-29T05:00:00+00:00"),
    ("ARM-2023", "E09000033", "2023-11", "2023-11-11T08:00:00+00:00", "2023-11-12T08:00:00+00:00"),
]


def wilson(k, n):
    p = k / n
    d = 1 + Z * Z / n
    centre = (p + Z * Z / (2 * n)) / d
    half = Z * math.sqrt(p * (1 - p) / n + Z * Z / (4 * n * n)) / d
    return centre - half, centre + half


def in_ring(x, y, ring):
    inside = False
    j = len(ring) - 1
    for i in range(len(ring)):
        xi, yi = ring[i][0], ring[i][1]
        xj, yj = ring[j][0], ring[j][1]
        if (yi > y) != (yj > y) and x < (xj - xi) * (y - yi) / (yj - yi) + xi:
            inside = not inside
        j = i
    return inside


def in_area(x, y, polygons):
    return any(in_ring(x, y, p[0]) and not any(in_ring(x, y, h) for h in p[1:]) for p in polygons)


def rate(label, k, n):
    if n == 0:
        return f"{label} 0 of 0"
    lo, hi = wilson(k, n)
    return f"{label} {k} of {n} ({k / n:.6f}, {lo:.6f}-{hi:.6f})"


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    data = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "..", "..", "..", "shared", "data")
    with open(os.path.join(data, "geo", "london-boroughs-2022.geojson"), encoding="utf-8") as f:
        boroughs = {ft["properties"]["LAD22CD"]: ft["geometry"] for ft in json.load(f)["features"]}

    for reference, code, month, start_text, end_text in AUTHORISATIONS:
        geometry = boroughs[code]
        polygons = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
        start, end = datetime.fromisoformat(start_text), datetime.fromisoformat(end_text)
        counts = {S60: [0, 0, 0], PACE: [0, 0, 0]}  # searches, arrests, positive
        outside = no_coordinates = 0
        officer = {}
        path = os.path.join(data, "police", month, f"{month}-metropolitan-stop-and-search.csv")
        with open(path, newline="", encoding="utf-8-sig") as f:
            for row in csv.DictReader(f):
                power = row["Legislation"]
                if power not in counts:
                    continue
                at = datetime.fromisoformat(row["Date"]).astimezone(timezone.utc)
                if not (start <= at < end):
                    continue
                if not row["Latitude"]:
                    no_coordinates += power == S60
                    continue
                if not in_area(float(row["Longitude"]), float(row["Latitude"]), polygons):
                    outside += power == S60
                    continue
                c = counts[power]
                c[0] += 1
                c[1] += row["Outcome"] == "Arrest"
                c[2] += bool(row["Outcome"]) and row["Outcome"] != NFA
                if power == S60:
                    group = row["Officer-defined ethnicity"] or "(blank)"
                    officer[group] = officer.get(group, 0) + 1
        print(f"{reference} {code} {start_text} .. {end_text}")
        for power, name in ((S60, "s.60"), (PACE, "s.1 PACE")):
            n, arrests, positive = counts[power]
            print(f"  {name}: {n} searches; {rate('arrests', arrests, n)}; {rate('positive', positive, n)}")
        print(f"  s.60 in the period outside the borough {outside}, without coordinates {no_coordinates}")
        print(f"  s.60 by officer-defined ethnicity: {dict(sorted(officer.items()))}")


if __name__ == "__main__":
    main()
