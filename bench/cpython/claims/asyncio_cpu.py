# CPU work inside coroutines runs one coroutine at a time: 10 × 50 ms of pure-Python work
# gathered takes about 500 ms, the sum (the asyncio page's misconception).
import asyncio, sys, time
def cpu(ms):
    end = time.perf_counter() + ms / 1000
    while time.perf_counter() < end:
        pass
async def task():
    cpu(50)
async def main():
    start = time.perf_counter()
    await asyncio.gather(*(task() for _ in range(10)))
    print(sys.version.split()[0], f"{(time.perf_counter() - start) * 1000:.0f} ms")
asyncio.run(main())
