# 100 tasks of 300 ms under Semaphore(20): five waves, about 1.5 s (the asyncio page's prompt).
import asyncio, sys, time
async def task(sem):
    async with sem:
        await asyncio.sleep(0.3)
async def main():
    sem = asyncio.Semaphore(20)
    start = time.perf_counter()
    await asyncio.gather(*(task(sem) for _ in range(100)))
    print(sys.version.split()[0], f"{(time.perf_counter() - start) * 1000:.0f} ms")
asyncio.run(main())
