#!/usr/bin/env python3
"""Independent check of Lantern's cell harm and concentration on real data.

Reads the Gwent Police street-crime files for 2024 from data.police.uk, projects longitude/latitude to British
National Grid with the formulas of the Ordnance Survey guide "A guide to coordinate systems in Great Britain"
(WGS84 -> OSGB36 by the seven-parameter Helmert transformation of section 6.6, then the transverse Mercator
projection of Annexe C), bins crimes into 150 m cells aligned to the national grid origin, weights them by the
Cambridge Crime Harm Index category table shipped with Lantern, and prints total harm, the top ten cells and the
share of harm in the top 1/2/5/10% of occupied cells.

Standard library only, and none of Lantern's code, so it checks Lantern rather than repeating it.

    python3 tests/tools/gwent_check.py [DATA_DIR]

DATA_DIR defaults to ../shared/data relative to the repository root.
"""

import csv
import glob
import math
import os
import sys

CELL = 150  # metres

# data.police.uk category names -> the slugs used as keys in the harm table.
SLUGS = {
    "Anti-social behaviour": "anti-social-behaviour",
    "Bicycle theft": "bicycle-theft",
    "Burglary": "burglary",
    "Criminal damage and arson": "criminal-damage-arson",
    "Drugs": "drugs",
    "Other crime": "other-crime",
    "Other theft": "other-theft",
    "Possession of weapons": "possession-of-weapons",
    "Public order": "public-order",
    "Robbery": "robbery",
    "Shoplifting": "shoplifting",
    "Theft from the person": "theft-from-the-person",
    "Vehicle crime": "vehicle-crime",
    "Violence and sexual offences": "violent-crime",
}

# Ellipsoids (OS guide, table 1).
WGS84_A, WGS84_B = 6378137.000, 6356752.3141
AIRY_A, AIRY_B = 6377563.396, 6356256.909

# Helmert WGS84 -> OSGB36 (OS guide, table 2): metres, arc-seconds, parts per million.
TX, TY, TZ = -446.448, 125.157, -542.060
RX, RY, RZ = -0.1502, -0.2470, -0.8421
S_PPM = 20.4894

# National Grid projection (OS guide, table 3).
F0 = 0.9996012717
PHI0, LAM0 = math.radians(49.0), math.radians(-2.0)
E0, N0 = 400000.0, -100000.0


def geodetic_to_cartesian(phi, lam, h, a, b):
    e2 = (a * a - b * b) / (a * a)
    nu = a / math.sqrt(1 - e2 * math.sin(phi) ** 2)
    x = (nu + h) * math.cos(phi) * math.cos(lam)
    y = (nu + h) * math.cos(phi) * math.sin(lam)
    z = ((1 - e2) * nu + h) * math.sin(phi)
    return x, y, z


def helmert(x, y, z):
    s = S_PPM * 1e-6
    arc = math.pi / (180 * 3600)
    rx, ry, rz = RX * arc, RY * arc, RZ * arc
    x2 = TX + (1 + s) * x - rz * y + ry * z
    y2 = TY + rz * x + (1 + s) * y - rx * z
    z2 = TZ - ry * x + rx * y + (1 + s) * z
    return x2, y2, z2


def cartesian_to_geodetic(x, y, z, a, b):
    e2 = (a * a - b * b) / (a * a)
    p = math.hypot(x, y)
    lam = math.atan2(y, x)
    phi = math.atan2(z, p * (1 - e2))
    for _ in range(100):
        nu = a / math.sqrt(1 - e2 * math.sin(phi) ** 2)
        nxt = math.atan2(z + e2 * nu * math.sin(phi), p)
        if abs(nxt - phi) < 1e-13:
            phi = nxt
            break
        phi = nxt
    return phi, lam


def transverse_mercator(phi, lam, a, b):
    e2 = (a * a - b * b) / (a * a)
    n = (a - b) / (a + b)
    sin_phi, cos_phi, tan_phi = math.sin(phi), math.cos(phi), math.tan(phi)
    nu = a * F0 / math.sqrt(1 - e2 * sin_phi ** 2)
    rho = a * F0 * (1 - e2) * (1 - e2 * sin_phi ** 2) ** -1.5
    eta2 = nu / rho - 1
    dphi, sphi = phi - PHI0, phi + PHI0
    m = b * F0 * (
        (1 + n + 5 / 4 * n ** 2 + 5 / 4 * n ** 3) * dphi
        - (3 * n + 3 * n ** 2 + 21 / 8 * n ** 3) * math.sin(dphi) * math.cos(sphi)
        + (15 / 8 * n ** 2 + 15 / 8 * n ** 3) * math.sin(2 * dphi) * math.cos(2 * sphi)
        - 35 / 24 * n ** 3 * math.sin(3 * dphi) * math.cos(3 * sphi)
    )
    i = m + N0
    ii = nu / 2 * sin_phi * cos_phi
    iii = nu / 24 * sin_phi * cos_phi ** 3 * (5 - tan_phi ** 2 + 9 * eta2)
    iiia = nu / 720 * sin_phi * cos_phi ** 5 * (61 - 58 * tan_phi ** 2 + tan_phi ** 4)
    iv = nu * cos_phi
    v = nu / 6 * cos_phi ** 3 * (nu / rho - tan_phi ** 2)
    vi = nu / 120 * cos_phi ** 5 * (5 - 18 * tan_phi ** 2 + tan_phi ** 4 + 14 * eta2 - 58 * tan_phi ** 2 * eta2)
    dl = lam - LAM0
    north = i + ii * dl ** 2 + iii * dl ** 4 + iiia * dl ** 6
    east = E0 + iv * dl + v * dl ** 3 + vi * dl ** 5
    return east, north


def to_bng(lon, lat):
    x, y, z = geodetic_to_cartesian(math.radians(lat), math.radians(lon), 0.0, WGS84_A, WGS84_B)
    x, y, z = helmert(x, y, z)
    phi, lam = cartesian_to_geodetic(x, y, z, AIRY_A, AIRY_B)
    return transverse_mercator(phi, lam, AIRY_A, AIRY_B)


def load_weights(path):
    weights = {}
    with open(path, encoding="utf-8") as f:
        lines = [line for line in f if line.strip() and not line.startswith("#")]
    for row in csv.DictReader(lines):
        counted = row["counted"].strip().lower() != "false"
        weights[row["key"].strip()] = float(row["weight"]) if counted else 0.0
    return weights


def share_at(curve, fraction, cells):
    """The cumulative share curve read at fraction * cells cells, linearly between whole cells."""
    t = fraction * cells
    k = math.floor(t)
    if k >= len(curve):
        return curve[-1]
    before = curve[k - 1] if k > 0 else 0.0
    return before + (t - k) * (curve[k] - before)


def main():
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    data = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, "..", "shared", "data")
    files = sorted(glob.glob(os.path.join(data, "police", "2024-*", "2024-*-gwent-street.csv")))
    if not files:
        sys.exit(f"no Gwent files under {data}")
    weights = load_weights(os.path.join(root, "src", "Lantern.Core", "Harm", "Tables", "cchi-category-2026.csv"))

    harm, count = {}, {}
    rows = used = 0
    for path in files:
        with open(path, newline="", encoding="utf-8") as f:
            for rec in csv.DictReader(f):
                rows += 1
                if not rec["Longitude"] or not rec["Latitude"]:
                    continue
                used += 1
                e, n = to_bng(float(rec["Longitude"]), float(rec["Latitude"]))
                cell = (math.floor(e / CELL), math.floor(n / CELL))
                harm[cell] = harm.get(cell, 0.0) + weights[SLUGS[rec["Crime type"]]]
                count[cell] = count.get(cell, 0) + 1

    # Rank: harm highest first, then more crimes, then row-major (south to north, west to east).
    ranked = sorted(harm, key=lambda c: (-harm[c], -count[c], c[1], c[0]))
    total = sum(harm[c] for c in ranked)
    curve, running = [], 0.0
    for c in ranked:
        running += harm[c]
        curve.append(running / total)

    print(f"files {len(files)}, rows {rows}, rows with coordinates {used}, occupied cells {len(harm)}")
    print(f"total harm {total:.2f}")
    print("top 10 cells (cell, harm, crimes):")
    for c in ranked[:10]:
        print(f"  {CELL}m-E{c[0] * CELL}-N{c[1] * CELL} {harm[c]:.2f} {count[c]}")
    for fraction in (0.01, 0.02, 0.05, 0.10):
        print(f"share of harm in top {fraction:.0%} of occupied cells: {share_at(curve, fraction, len(curve)):.6f}")


if __name__ == "__main__":
    main()
