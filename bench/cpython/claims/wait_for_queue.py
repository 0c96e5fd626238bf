# Does asyncio.wait_for count the time a task waits for the Semaphore? (the asyncio page's prompt)
# 10 tasks of 100 ms, Semaphore(2), wait_for(…, 0.25) around the whole task: waves end at 100,
# 200, 300 ms, so only the first two waves (4 tasks) finish inside 250 ms.
import asyncio, sys, time
async def task(sem):
    async with sem:
        await asyncio.sleep(0.1)
async def main():
    sem = asyncio.Semaphore(2)
    start = time.perf_counter()
    rs = await asyncio.gather(*(asyncio.wait_for(task(sem), 0.25) for _ in range(10)),
                              return_exceptions=True)
    out = sum(isinstance(r, asyncio.TimeoutError) for r in rs)
    print(sys.version.split()[0], "done", 10 - out, "timed out", out,
          f"{(time.perf_counter() - start) * 1000:.0f} ms")
asyncio.run(main())
