#!/usr/bin/env python3
"""Offline diagnosis only (never used by the product; needs numpy and scipy): the strong LP bound
(x <= y) and the MIP optimum (HiGHS through scipy.optimize.milp, time-limited) of a planning instance.

    mip-reference.py INSTANCE.json [MIP_SECONDS] [PLAN_OUT.json]
prints: name, strong LP bound, MIP objective, MIP dual bound, MIP status; with a third argument, writes the MIP
solution as a plan in the shared format (to compare with the planner's, or to force its open set in the harnesses).
"""
import json, sys
import numpy as np
from scipy.optimize import milp, LinearConstraint, Bounds
from scipy.sparse import lil_matrix, csr_matrix

def main():
    path = sys.argv[1]
    limit = float(sys.argv[2]) if len(sys.argv) > 2 else 60.0
    d = json.load(open(path))
    ss = d["sessions"]
    sid = {s["id"]: i for i, s in enumerate(ss)}
    lines = {b["id"]: i for i, b in enumerate(d["budgetLines"])}
    pairs, vals = [], []
    for ci, c in enumerate(d["candidates"]):
        for o in c["options"]:
            pairs.append((ci, sid[o["session"]]))
            vals.append(c["priority"] * o["score"])
    n_p, n_s, n_c, n_l = len(pairs), len(ss), len(d["candidates"]), len(lines)
    a = lil_matrix((n_c + 2 * n_s + n_l + n_p, n_p + n_s))
    lo, hi = [0] * n_c, [1] * n_c
    r = n_c
    for p, (ci, s) in enumerate(pairs):
        a[ci, p] = 1
        a[r + s, p] = 1
        a[r + n_s + s, p] = 1
        a[r + 2 * n_s + n_l + p, p] = 1
        a[r + 2 * n_s + n_l + p, n_p + s] = -1
        a[r + 2 * n_s + lines[ss[s]["budgetLine"]], p] = ss[s]["costPerTraineeEur"]
    for s in range(n_s):
        a[r + s, n_p + s] = -ss[s]["capacity"]
        a[r + n_s + s, n_p + s] = -max(1, ss[s]["minCohort"])
    lo += [-np.inf] * n_s + [0] * n_s + [0] * n_l + [-np.inf] * n_p
    hi += [0] * n_s + [np.inf] * n_s + [b["amountEur"] for b in d["budgetLines"]] + [0] * n_p
    c = -np.array(vals + [0] * n_s)
    cons = LinearConstraint(csr_matrix(a), lo, hi)
    lp = milp(c, constraints=cons, integrality=np.zeros(n_p + n_s), bounds=Bounds(0, 1))
    mip = milp(c, constraints=cons, integrality=np.ones(n_p + n_s), bounds=Bounds(0, 1),
               options={"time_limit": limit, "mip_rel_gap": 1e-7})
    obj = -mip.fun if mip.fun is not None else float("nan")
    bound = -getattr(mip, "mip_dual_bound", float("nan")) if getattr(mip, "mip_dual_bound", None) is not None else float("nan")
    if len(sys.argv) > 3 and mip.x is not None:
        cands = d["candidates"]
        assignments = [{"candidate": cands[ci]["id"], "session": ss[s]["id"]}
                       for p, (ci, s) in enumerate(pairs) if mip.x[p] > 0.5]
        json.dump({"instance": d["name"], "assignments": assignments, "objective": round(obj, 2)},
                  open(sys.argv[3], "w"), indent=1)
    print("%s\t%.2f\t%.2f\t%.2f\t%s" % (d["name"], -lp.fun, obj, bound, mip.message))

if __name__ == "__main__":
    main()
