import asyncio, sys, time
def spin(n=3_000_000):
    x = 0
    for i in range(n): x += i * i % 7
    return x
async def ticker(lags):
    while True:
        t = time.perf_counter(); await asyncio.sleep(0.01)
        lags.append(time.perf_counter() - t - 0.01)
async def main():
    lags = []; tick = asyncio.create_task(ticker(lags))
    t = time.perf_counter(); spin(); spin(); seq = time.perf_counter() - t      # blocks the loop
    blocked = max(lags) if lags else seq
    lags.clear()
    t = time.perf_counter(); await asyncio.gather(asyncio.to_thread(spin), asyncio.to_thread(spin)); thr = time.perf_counter() - t
    tick.cancel()
    print(sys.version.split()[0], f"2 spins in loop {seq*1000:.0f} ms; via to_thread {thr*1000:.0f} ms (speedup {seq/thr:.2f}x); max loop lag during to_thread {max(lags)*1000:.0f} ms")
asyncio.run(main())
