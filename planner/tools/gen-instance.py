#!/usr/bin/env python3
"""Offline diagnosis only (never used by the product): writes a random planning instance shaped like
the samples (2 budget lines, capacities 6-20, minimum cohorts 2 to about half the capacity, costs
3,000-14,900 EUR, priorities 1.0/1.3/1.5/1.8, local options, budget about 45 % of the cost of all seats).

    gen-instance.py CANDIDATES SESSIONS SEED OUT.json
"""
import json, math, random, sys

def main():
    n_c, n_s, seed, out = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
    rnd = random.Random(seed)
    lines = ["FTJ-DREETS-59", "FTJ-DREETS-62"]
    sessions = []
    for i in range(n_s):
        cap = rnd.randint(6, 20)
        sessions.append({
            "id": "S%05d" % (i + 1), "label": "session %d" % (i + 1),
            "lat": rnd.uniform(50.0, 51.0), "lon": rnd.uniform(2.0, 4.0),
            "start": "2027-%02d-01" % rnd.randint(1, 12),
            "capacity": cap, "minCohort": rnd.randint(2, max(2, cap // 2)),
            "costPerTraineeEur": 100 * rnd.randint(30 if n_s > 100 else 38, 149 if n_s > 100 else 119),
            "budgetLine": lines[0] if rnd.random() < 0.57 else lines[1]})
    per_line = {l: 0 for l in lines}
    for s in sessions:
        per_line[s["budgetLine"]] += s["capacity"] * s["costPerTraineeEur"]
    share = rnd.uniform(0.42, 0.48)
    budget = [{"id": l, "label": l, "amountEur": float(100 * round(per_line[l] * share / 100))} for l in lines]
    max_opts = 8 if n_s <= 100 else 25
    cands = []
    for i in range(n_c):
        lat, lon = rnd.uniform(50.0, 51.0), rnd.uniform(2.0, 4.0)
        k = 0 if rnd.random() < (0.42 if n_s <= 100 else 0.16) else min(max_opts, 1 + int(rnd.expovariate(1 / (2.2 if n_s <= 100 else 9))))
        if n_s > 100 and rnd.random() < 0.3:
            k = max_opts
        near = sorted(sessions, key=lambda s: (s["lat"] - lat) ** 2 + ((s["lon"] - lon) * 0.64) ** 2 + rnd.uniform(0, 0.05))
        opts = [{"session": s["id"], "score": round(rnd.uniform(20, 95), 1)} for s in near[:k]]
        opts.sort(key=lambda o: -o["score"])
        cands.append({"id": "C%05d" % (i + 1), "status": "WORKER" if rnd.random() < 0.3 else "JOBSEEKER",
                      "priority": rnd.choices([1.0, 1.3, 1.5, 1.8], [0.47, 0.23, 0.19, 0.11])[0], "options": opts})
    json.dump({"name": "gen-%d-%d-%d" % (n_c, n_s, seed), "currency": "EUR", "budgetLines": budget,
               "sessions": sessions, "candidates": cands}, open(out, "w"))

if __name__ == "__main__":
    main()
