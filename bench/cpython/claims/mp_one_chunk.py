# A chunksize as large as the task list gives every task to one worker process: 8 tasks on
# Pool(2) with chunksize=8 all run in the same process, so the other one idles (the
# multiprocessing page's misconception). Counting processes, not timing, so a busy machine
# cannot blur it.
import os, sys, time
from multiprocessing import Pool
def work(n):
    end = time.perf_counter() + n
    while time.perf_counter() < end:
        pass
    return os.getpid()
if __name__ == "__main__":
    with Pool(2) as pool:
        pool.map(work, [0.01] * 4)  # both processes started before the runs
        for cs in (1, 8):
            pids = pool.map(work, [0.05] * 8, chunksize=cs)
            print(sys.version.split()[0], "chunksize", cs, "processes used", len(set(pids)))
