"""The CPython figures quoted on the Bandingkan (Compare) page.

Each line runs the same tasks one after another, then concurrently, and prints
speedup = sequential time / concurrent time. Every time is the best of REPEATS runs, so a
busy machine disturbs the figures less. Run with any CPython 3.10+:

    python3 bench/cpython/compare.py
"""

import asyncio
import os
import platform
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from multiprocessing import Pool

REPEATS = 3
SPIN = 2_000_000  # iterations of pure-Python work per CPU task (about 0.2–0.4 s)


def spin(n=SPIN):
    x = 0
    for i in range(n):
        x += i * i % 7
    return x


def sleep_200ms(_):
    time.sleep(0.2)


def cores_busy(run):
    """Average number of cores this process kept busy during `run` (CPU time / wall time).
    Unlike a speedup, it does not depend on how fast the machine was a moment earlier."""
    cpu, wall = time.process_time(), time.perf_counter()
    run()
    return (time.process_time() - cpu) / (time.perf_counter() - wall)


def best(run):
    times = []
    for _ in range(REPEATS):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)


def cpu_threads():
    with ThreadPoolExecutor(4) as ex:
        list(ex.map(lambda _: spin(), range(4)))


def two_processes():
    with Pool(2) as pool:  # pool start-up is part of the time, as in real programs
        pool.map(spin, [SPIN] * 4)


def io_threads():
    with ThreadPoolExecutor(4) as ex:
        list(ex.map(sleep_200ms, range(4)))


async def aio_one_by_one():
    for _ in range(4):
        await asyncio.sleep(0.2)


async def aio_together():
    await asyncio.gather(*(asyncio.sleep(0.2) for _ in range(4)))


async def aio_ten_thousand():
    await asyncio.gather(*(asyncio.sleep(0.1) for _ in range(10_000)))


def main():
    print(
        f"CPython {platform.python_version()} on {platform.system()} {platform.machine()},"
        f" {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}"
    )
    cpu_seq = best(lambda: [spin() for _ in range(4)])
    print(f"4 CPU-bound tasks, 4 threads:   {cpu_seq / best(cpu_threads):.2f}x"
          f" (cores kept busy: {cores_busy(cpu_threads):.2f})")
    print(f"4 CPU-bound tasks, 2 processes: {cpu_seq / best(two_processes):.2f}x")
    io_seq = best(lambda: [sleep_200ms(i) for i in range(4)])
    print(f"4 I/O waits, 4 threads:         {io_seq / best(io_threads):.2f}x")
    aio_seq = best(lambda: asyncio.run(aio_one_by_one()))
    print(f"4 I/O waits, 4 asyncio tasks:   {aio_seq / best(lambda: asyncio.run(aio_together())):.2f}x")
    print(f"10,000 x asyncio.sleep(0.1) gathered: {best(lambda: asyncio.run(aio_ten_thousand())):.3f} s")


if __name__ == "__main__":
    main()
