#!/usr/bin/env python3
"""Independent check of Lantern's stop-and-search summary on real data.

Reads the Metropolitan Police stop-and-search files of data.police.uk for 2023-04, 2023-05 and 2023-06 (three whole
months, all in summer time, so that each file begins at 23:00 UTC on the last day of the month before), Census 2021
TS021 by MSOA, the ONS LSOA -> MSOA -> LAD22 lookup and the ONS LAD -> police force area lookup, and prints:

- searches by file (the month data.police.uk filed them in), by legislation, by officer-defined and by self-defined
  ethnicity (mapped to the five census groups by the part of the label before " - "; "Not stated" is unknown);
- whether any row says whether its outcome was linked to the object of the search (the find rate needs it);
- arrest and positive outcome (anything but no further action) rates by self-defined group, with Wilson intervals;
- the Metropolitan Police area's residents by group (the MSOAs of the boroughs the force lookup puts in the Met);
- rates per 1,000 residents and ratios to White, with exp(ln RR +/- 1.96 sqrt(1/a + 1/b)) intervals, on self-defined
  and on officer-defined ethnicity.

Standard library only (csv, math), and none of Lantern's code or mappings, so it checks Lantern rather than repeating
it. The months come from the file names, not from the timestamps, which Lantern reads; everything else from the rows.

    python3 tests/tools/met_stop_search_check.py [DATA_DIR]

DATA_DIR defaults to ../shared/data relative to the repository root. The figures it prints are the expected values of
tests/Lantern.Tests/StopSearch/MetStopSearchRealDataTests.cs.
"""

import csv
import math
import os
import sys

MONTHS = ["2023-04", "2023-05", "2023-06"]
GROUPS = ["White", "Black", "Asian", "Mixed", "Other"]
Z = 1.96


def self_defined_group(label):
    """The census group of a self-defined label, from the words before ' - '; None when not stated or blank."""
    label = label.strip()
    if not label or "not stated" in label.lower():
        return None
    head = label.split(" - ")[0].strip().lower()
    for prefix, group in (("white", "White"), ("black", "Black"), ("asian", "Asian"), ("mixed", "Mixed"),
                          ("other ethnic group", "Other"), ("chinese or other", "Other")):
        if head.startswith(prefix):
            return group
    raise ValueError("unmapped self-defined ethnicity: " + label)


def wilson(k, n):
    p = k / n
    d = 1 + Z * Z / n
    centre = (p + Z * Z / (2 * n)) / d
    half = Z * math.sqrt(p * (1 - p) / n + Z * Z / (4 * n * n)) / d
    return centre - half, centre + half


def ratio(a, na, b, nb):
    rr = (a / na) / (b / nb)
    h = Z * math.sqrt(1 / a + 1 / b)
    return rr, rr * math.exp(-h), rr * math.exp(h)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    data = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "..", "..", "..", "shared", "data")

    by_month, by_leg, by_officer, by_self = {}, {}, {}, {}
    arrests = {g: 0 for g in GROUPS}
    positive = {g: 0 for g in GROUPS}
    linked_given = 0
    for month in MONTHS:
        path = os.path.join(data, "police", month, month + "-metropolitan-stop-and-search.csv")
        with open(path, newline="", encoding="utf-8-sig") as f:
            for row in csv.DictReader(f):
                by_month[month] = by_month.get(month, 0) + 1
                leg = row["Legislation"]
                by_leg[leg] = by_leg.get(leg, 0) + 1
                off = row["Officer-defined ethnicity"] or "(blank)"
                by_officer[off] = by_officer.get(off, 0) + 1
                group = self_defined_group(row["Self-defined ethnicity"])
                by_self[group] = by_self.get(group, 0) + 1
                if row["Outcome linked to object of search"].strip():
                    linked_given += 1
                outcome = row["Outcome"].strip()
                if group is not None:
                    if outcome == "Arrest":
                        arrests[group] += 1
                    if outcome and outcome != "A no further action disposal":
                        positive[group] += 1

    # Residents of the Met's area: the boroughs the force lookup gives the Met, their MSOAs, their TS021 counts.
    with open(os.path.join(data, "population", "lad16-to-police-force-area.csv"), newline="", encoding="utf-8-sig") as f:
        met_boroughs = {r["LAD16CD"] for r in csv.DictReader(f) if r["PFA16NM"] == "Metropolitan Police"}
    with open(os.path.join(data, "geo", "london-lsoa-2021-to-borough.csv"), newline="", encoding="utf-8-sig") as f:
        met_msoas = {r["MSOA21CD"] for r in csv.DictReader(f) if r["LAD22CD"] in met_boroughs}
    columns = {
        "White": "Ethnic group: White",
        "Black": "Ethnic group: Black, Black British, Black Welsh, Caribbean or African",
        "Asian": "Ethnic group: Asian, Asian British or Asian Welsh",
        "Mixed": "Ethnic group: Mixed or Multiple ethnic groups",
        "Other": "Ethnic group: Other ethnic group",
    }
    residents = {g: 0 for g in GROUPS}
    msoas = 0
    with open(os.path.join(data, "population", "census2021-ts021-msoa.csv"), newline="", encoding="utf-8-sig") as f:
        for r in csv.DictReader(f):
            if r["geography code"] in met_msoas:
                msoas += 1
                for g in GROUPS:
                    residents[g] += int(r[columns[g]])

    total = sum(by_month.values())
    print(f"searches {total}; by month (file): {by_month}")
    print("by legislation:")
    for k, v in sorted(by_leg.items(), key=lambda kv: -kv[1]):
        print(f"  {v:7d}  {k}")
    print(f"by officer-defined ethnicity: {by_officer}")
    print(f"by self-defined group: {by_self}")
    print(f"rows with 'Outcome linked to object of search' given: {linked_given}")
    print("arrest and positive outcome rates by self-defined group (Wilson 95%):")
    for g in GROUPS:
        n = by_self[g]
        lo, hi = wilson(positive[g], n)
        alo, ahi = wilson(arrests[g], n)
        print(f"  {g:5s} n {n:6d}  arrests {arrests[g]:5d} ({arrests[g] / n:.6f}, {alo:.6f}-{ahi:.6f})  "
              f"positive {positive[g]:5d} ({positive[g] / n:.6f}, {lo:.6f}-{hi:.6f})")
    print(f"Met residents, Census 2021, {len(met_boroughs)} boroughs, {msoas} MSOAs: {residents} total {sum(residents.values())}")
    for basis, counts in (("self-defined", by_self), ("officer-defined", by_officer)):
        print(f"disproportionality, {basis} (unknown left out: {counts.get(None, 0) + counts.get('(blank)', 0)}):")
        for g in GROUPS:
            a = counts.get(g, 0)
            rate = a / residents[g] * 1000
            if a == 0:
                print(f"  {g:5s} searches {a:6d} rate/1000 {rate:.6f}  no ratio interval")
                continue
            rr, lo, hi = ratio(a, residents[g], counts["White"], residents["White"])
            print(f"  {g:5s} searches {a:6d} rate/1000 {rate:.6f} ratio {rr:.6f} ({lo:.6f}-{hi:.6f})")


if __name__ == "__main__":
    main()
