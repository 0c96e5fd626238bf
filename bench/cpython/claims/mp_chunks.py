"""Pool.map's default chunksize (reads the private MapResult._chunksize, for this probe only)."""
import multiprocessing as mp, os, sys
def who(i): return os.getpid()
if __name__ == "__main__":
    for tasks, workers in [(16, 2), (5000, 16)]:
        with mp.Pool(workers) as p:
            r = p.map_async(who, range(tasks))
            print(sys.version.split()[0], f"{tasks} tasks, {workers} workers: chunksize", r._chunksize, "divmod", divmod(tasks, workers * 4))
            r.get()
