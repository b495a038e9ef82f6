#!/usr/bin/env python3
"""Which cells open_cp's conventions select, for Lantern's parity test (issue #5).

open_cp (QuantCrimAtLeeds/PredictCode) cannot be installed here, so this script re-implements, in plain Python with
the standard library only, what its documentation and code say each predictor does -- written from those conventions,
not copied -- and prints the cells its `top_slice` would select at 1, 5, 10 and 20% coverage:

- naive: CountingGridKernel, a count of events per grid cell;
- retro: RetroHotSpotGrid with the Quartic weight (1 - d^2/h^2)^2 for d <= h, at cell centres, h = 200 m;
- prospective: ProspectiveHotSpot with ClassicWeight 1/((1+d)(1+t)), d the Chebyshev distance between the event's cell
  and the cell ("diagonals same"), t = floor((predict time - event time) / 1 week), both bandwidths exclusive (8 cells,
  8 weeks), events at or before the cut-off;
- kde: KDE with an exponential time kernel exp(-dt/beta), dt in days (its default time unit), beta = 14 days, and a
  Gaussian space kernel of fixed isotropic sigma = 100 m read at cell centres (open_cp's default kernel estimates a full
  covariance from the data and samples points in each cell at random, which nothing can match exactly);
- sepp: seppexp's SEPPTrainer/SEPPPredictor: times in minutes from the first event, T = last event time, EM without
  edge correction from theta = 0.5, omega = 1/1440, mu = 0.5, the intensity mu + sum theta*omega*exp(-omega*dt) over
  events with dt > 0 at the prediction time; run to convergence (and, for the record, open_cp's default 20 iterations).

top_slice: n = floor(N * fraction) cells; every cell above the n-th largest risk, then cells equal to it, dropping the
earliest in row-major order (south row first, west to east) until n remain -- what its code does (its docstring says the
first are kept).

The events are made here with SplitMix64 (the same generator and draws as the C# test) so both sides see the same data.
Prints one line per method and coverage: "method coverage col,row col,row ..." (columns and rows from the region's
south-west cell). Run: python3 tests/tools/opencp_parity.py
"""

import math

MASK = (1 << 64) - 1
CELL = 150
X0, Y0 = 450_000, 199_950  # multiples of 150: the region is aligned to the national grid
SIDE = 30  # cells
DAYS = 200
EVENTS = 1200


class SplitMix64:
    def __init__(self, seed):
        self.state = seed & MASK

    def next(self):
        self.state = (self.state + 0x9E3779B97F4A7C15) & MASK
        z = self.state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
        return z ^ (z >> 31)

    def double(self):
        return (self.next() >> 11) * (1.0 / (1 << 53))


def make_events():
    """1,200 events over 200 days: 30% repeat an earlier event (within 50 m, a few days later), 60% of the rest around six
    hot spots, the others anywhere; whole minutes, no two at the same minute, all inside the region."""
    rng = SplitMix64(2004)
    centres = [(X0 + 600 + rng.double() * 3300, Y0 + 600 + rng.double() * 3300) for _ in range(6)]
    used = set()
    events = []
    for _ in range(EVENTS):
        if events and rng.double() < 0.3:
            pm, px, py = events[int(rng.double() * len(events))]
            x = px + (rng.double() - 0.5) * 100
            y = py + (rng.double() - 0.5) * 100
            u = rng.double()
            minute = pm + 1 + int(u * u * 6 * 1440)
            if minute >= DAYS * 1440:
                minute = int(rng.double() * DAYS * 1440)
        else:
            if rng.double() < 0.6:
                cx, cy = centres[int(rng.double() * 6)]
                x = cx + (rng.double() - 0.5) * 600
                y = cy + (rng.double() - 0.5) * 600
            else:
                x = X0 + rng.double() * SIDE * CELL
                y = Y0 + rng.double() * SIDE * CELL
            minute = int(rng.double() * DAYS * 1440)
        x = min(max(x, X0 + 1), X0 + SIDE * CELL - 1)
        y = min(max(y, Y0 + 1), Y0 + SIDE * CELL - 1)
        while minute in used:
            minute += 1
        used.add(minute)
        events.append((minute, x, y))
    events.sort()
    return events


def cell_of(x, y):
    return int(math.floor((x - X0) / CELL)), int(math.floor((y - Y0) / CELL))


def centre(col, row):
    return X0 + (col + 0.5) * CELL, Y0 + (row + 0.5) * CELL


def naive(events):
    risk = [0.0] * (SIDE * SIDE)
    for _, x, y in events:
        c, r = cell_of(x, y)
        risk[r * SIDE + c] += 1
    return risk


def retro(events, h=200.0):
    risk = [0.0] * (SIDE * SIDE)
    for row in range(SIDE):
        for col in range(SIDE):
            cx, cy = centre(col, row)
            total = 0.0
            for _, x, y in events:
                d2 = (cx - x) ** 2 + (cy - y) ** 2
                if d2 <= h * h:
                    total += (1 - d2 / (h * h)) ** 2
            risk[row * SIDE + col] = total
    return risk


def prospective(events, predict_minute, space=8, time=8):
    risk = [0.0] * (SIDE * SIDE)
    for row in range(SIDE):
        for col in range(SIDE):
            total = 0.0
            for minute, x, y in events:
                t = math.floor((predict_minute - minute) / (7 * 1440))
                c, r = cell_of(x, y)
                d = max(abs(c - col), abs(r - row))
                if t < time and d < space:
                    total += 1 / ((1 + d) * (1 + t))
            risk[row * SIDE + col] = total
    return risk


def kde(events, predict_minute, sigma=100.0, beta=14.0):
    risk = [0.0] * (SIDE * SIDE)
    for row in range(SIDE):
        for col in range(SIDE):
            cx, cy = centre(col, row)
            total = 0.0
            for minute, x, y in events:
                w = math.exp(-((predict_minute - minute) / 1440) / beta)
                total += w * math.exp(-((cx - x) ** 2 + (cy - y) ** 2) / (2 * sigma * sigma))
            risk[row * SIDE + col] = total
    return risk


def sepp(events, predict_minute, iterations):
    first = events[0][0]
    cells = [[] for _ in range(SIDE * SIDE)]
    for minute, x, y in events:
        c, r = cell_of(x, y)
        cells[r * SIDE + c].append(minute - first)
    duration = events[-1][0] - first
    theta, omega = 0.5, 1 / 1440
    mu = [0.5] * len(cells)
    for _ in range(iterations):
        upper = weighted = 0.0
        new_mu = [0.0] * len(cells)
        for k, times in enumerate(cells):
            for j, tj in enumerate(times):
                # Column j of open_cp's p matrix: mu on the diagonal, theta*omega*exp(-omega*(tj - ti)) above it.
                trig = [theta * omega * math.exp(-omega * (tj - ti)) for ti in times[:j]]
                total = mu[k] + sum(trig)
                new_mu[k] += mu[k] / total
                for ti, g in zip(times[:j], trig):
                    upper += g / total
                    weighted += g / total * (tj - ti)
        old = (theta, omega)
        omega = upper / weighted
        theta = upper / EVENTS
        mu = [m / duration for m in new_mu]
        if iterations > 20 and abs(theta - old[0]) < 1e-12 and abs(omega - old[1]) < 1e-12 * old[1]:
            break
    risk = [0.0] * len(cells)
    now = predict_minute - first
    for k, times in enumerate(cells):
        risk[k] = mu[k] + sum(theta * omega * math.exp(-omega * (now - t)) for t in times if now - t > 0)
    return risk, theta, omega * 1440


def top_slice(risk, fraction):
    n = int(math.floor(len(risk) * fraction))
    if n == 0:
        return []
    threshold = sorted(risk)[-n]
    chosen = [r >= threshold for r in risk]
    have = sum(chosen)
    for i, r in enumerate(risk):
        if have == n:
            break
        if chosen[i] and r == threshold:
            chosen[i] = False
            have -= 1
    return [i for i, c in enumerate(chosen) if c]


def main():
    events = make_events()
    predict = DAYS * 1440
    surfaces = {
        "naive": naive(events),
        "retro": retro(events),
        "prospective": prospective(events, predict),
        "kde": kde(events, predict),
    }
    converged, theta, omega = sepp(events, predict, 5000)
    surfaces["sepp"] = converged
    twenty, theta20, omega20 = sepp(events, predict, 20)
    print(f"# sepp converged: theta {theta:.6f} omega {omega:.6f}/day; after 20 iterations: theta {theta20:.6f} omega {omega20:.6f}/day")
    for name, risk in surfaces.items():
        for coverage in (0.01, 0.05, 0.10, 0.20):
            cells = top_slice(risk, coverage)
            print(name, coverage, " ".join(f"{i % SIDE},{i // SIDE}" for i in cells))
    for coverage in (0.01, 0.05, 0.10, 0.20):
        a, b = set(top_slice(converged, coverage)), set(top_slice(twenty, coverage))
        print(f"# sepp at {coverage:.0%}: 20 iterations select {len(a - b)} cells other than the converged model")


if __name__ == "__main__":
    main()
