"""Without the __main__ guard, spawn re-imports this module in every child, which tries to
start a Pool again and fails with RuntimeError; the parent keeps replacing the dead workers,
so this program NEVER FINISHES. Run it as: timeout 20 python3 mp_guard.py 2>&1 | sort | uniq -c"""
import multiprocessing as mp
print("top level of the main module runs in", mp.current_process().name)
def sq(x): return x * x
with mp.get_context("spawn").Pool(2) as p:          # no __main__ guard
    print(p.map(sq, range(4)))
