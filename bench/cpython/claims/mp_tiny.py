# 16 tasks of about 1 ms on Pool(8), timed like the generated program (starting the pool
# included): below 1x on CPython (the multiprocessing page's prompt).
import sys, time
from multiprocessing import Pool
def work(_):
    end = time.perf_counter() + 0.001
    while time.perf_counter() < end:
        pass
if __name__ == "__main__":
    start = time.perf_counter()
    for i in range(16): work(i)
    seq = time.perf_counter() - start
    start = time.perf_counter()
    with Pool(8) as pool:
        pool.map(work, range(16), chunksize=1)
    par = time.perf_counter() - start
    print(sys.version.split()[0], f"16 x 1 ms on Pool(8): {seq * 1000:.0f} ms vs {par * 1000:.0f} ms = {seq / par:.2f}x")
