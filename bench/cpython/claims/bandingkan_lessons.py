# The Bandingkan page's lesson figures: 40 waits of 100 ms under asyncio and under Pool(4)
# (chunksize=1 as the page runs it, and the default chunksize for contrast), 8 × 100 ms of
# pure-Python CPU in coroutines, and 8 threads each waiting 100 ms. Pool start-up included.
import asyncio, sys, threading, time
from multiprocessing import Pool

def wait(_):
    time.sleep(0.1)

def spin(ms):
    end = time.perf_counter() + ms / 1000
    while time.perf_counter() < end:
        pass

async def one_wait():
    await asyncio.sleep(0.1)

async def one_spin():
    spin(100)

async def gather(make, n):
    await asyncio.gather(*(make() for _ in range(n)))

def timed(f):
    start = time.perf_counter()
    f()
    return time.perf_counter() - start

def pool_map(**kw):
    with Pool(4) as pool:
        pool.map(wait, range(40), **kw)

def threads():
    ts = [threading.Thread(target=wait, args=(i,)) for i in range(8)]
    for t in ts: t.start()
    for t in ts: t.join()

if __name__ == "__main__":
    print(sys.version.split()[0],
          f"40 waits: asyncio {timed(lambda: asyncio.run(gather(one_wait, 40))):.2f} s,",
          f"Pool(4) chunksize=1 {timed(lambda: pool_map(chunksize=1)):.2f} s,",
          f"Pool(4) default chunksize {timed(pool_map):.2f} s;",
          f"8 x 100 ms CPU in coroutines {timed(lambda: asyncio.run(gather(one_spin, 8))):.2f} s;",
          f"8 threads x 100 ms wait {timed(threads):.2f} s")
