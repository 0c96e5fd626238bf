"""The Bandingkan page's three workloads in real CPython: sequential, asyncio, threads, processes.

The same workloads as the page's e2e test (tests/e2e/bandingkan.test.mjs), with the same
meaning of each parameter: every task waits IO_MS (time.sleep in threads and processes,
asyncio.sleep in asyncio), then does CPU_MS of pure-Python work (calibrated on this machine,
as the page's programs do). Processes include starting the pool, as in real programs; the
pool's start-up alone is printed too. Every time is the best of REPEATS runs. Beside each time,
the cores the run kept busy (CPU time of this process and its finished children ÷ wall time):
unlike a speedup, it hardly depends on what else the machine was doing, and it shows the GIL
(threads never above 1) and the processes (up to the cores) plainly.

    ~/.pyenv/versions/3.11.7/bin/python bench/cpython/bandingkan.py
"""

import asyncio
import os
import platform
import time
from concurrent.futures import ThreadPoolExecutor
from multiprocessing import Pool

REPEATS = 3

# name, tasks, io_ms, cpu_ms, workers: the page's links
#   #/bandingkan?v=1&tasks=8&io_ms=100&cpu_ms=0&workers=4
#   #/bandingkan?v=1&tasks=16&io_ms=0&cpu_ms=100&workers=4
#   #/bandingkan?v=1&tasks=12&io_ms=50&cpu_ms=30&workers=4
WORKLOADS = [
    ("io-bound", 8, 100, 0, 4),
    ("cpu-bound", 16, 0, 100, 4),
    ("mixed", 12, 50, 30, 4),
]


def spin(units):
    x = 0
    for i in range(units):
        x += i * i % 7
    return x


def calibrate():
    """Units of spin per ms of one core: the fastest of five timings, so a moment when the
    machine was busy elsewhere does not make every task shorter than asked."""
    units = 1000
    while True:
        start = time.perf_counter()
        spin(units)
        ms = (time.perf_counter() - start) * 1000
        if ms >= 50:
            break
        units *= 2
    rates = []
    for _ in range(5):
        start = time.perf_counter()
        spin(units)
        rates.append(units / ((time.perf_counter() - start) * 1000))
    return max(rates)


def task(job):
    wait_ms, units = job
    if wait_ms:
        time.sleep(wait_ms / 1000)
    return spin(units) if units else 0


async def coro(job):
    wait_ms, units = job
    if wait_ms:
        await asyncio.sleep(wait_ms / 1000)
    return spin(units) if units else 0  # blocks the loop, as on the page


async def gather(jobs):
    return await asyncio.gather(*(coro(j) for j in jobs))


def cpu_seconds():
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def best(run):
    """(best wall time in ms, cores kept busy during that run)."""
    runs = []
    for _ in range(REPEATS):
        cpu, start = cpu_seconds(), time.perf_counter()
        run()
        wall = time.perf_counter() - start
        runs.append((wall * 1000, (cpu_seconds() - cpu) / wall))
    return min(runs)


def pool_start(workers):
    start = time.perf_counter()
    with Pool(workers) as pool:
        pool.map(task, [(0, 0)] * workers)  # every process has really started
    return (time.perf_counter() - start) * 1000


def main():
    print(
        f"CPython {platform.python_version()} on {platform.system()} {platform.machine()},"
        f" {os.cpu_count()} cores, start method fork (Linux default before 3.14),"
        f" load average {os.getloadavg()[0]:.1f}"
    )
    rate = calibrate()
    print(f"calibrated: {rate:.0f} units of spin per ms")
    for name, tasks, io_ms, cpu_ms, workers in WORKLOADS:
        jobs = [(io_ms, round(cpu_ms * rate))] * tasks

        def threads(n):
            with ThreadPoolExecutor(n) as ex:
                list(ex.map(task, jobs))

        def processes():
            with Pool(workers) as pool:
                pool.map(task, jobs, chunksize=1)

        rows = [
            ("sequential", best(lambda: [task(j) for j in jobs])),
            ("asyncio", best(lambda: asyncio.run(gather(jobs)))),
            ("threading", best(lambda: threads(workers))),
            ("multiprocessing", best(processes)),
        ]
        seq = rows[0][1][0]
        print(f"\n{name}: tasks={tasks} io_ms={io_ms} cpu_ms={cpu_ms} workers={workers}")
        for model, (ms, busy) in sorted(rows, key=lambda r: r[1][0]):
            print(f"  {model:16} {ms:8.1f} ms  {seq / ms:5.2f}x  cores busy {busy:4.2f}")
        print(f"  (starting Pool({workers}) alone: {best(lambda: pool_start(workers))[0]:.1f} ms)")


if __name__ == "__main__":
    main()
