# Eight threads that each wait 200 ms (time.sleep releases the GIL) end together: about 8x
# faster than one after another (the threading page's misconception "threads are useless").
import sys, threading, time
def download():
    time.sleep(0.2)
start = time.perf_counter()
ts = [threading.Thread(target=download) for _ in range(8)]
for t in ts: t.start()
for t in ts: t.join()
wall = time.perf_counter() - start
print(sys.version.split()[0], f"8 waits of 200 ms: {wall * 1000:.0f} ms, {1.6 / wall:.1f}x")
