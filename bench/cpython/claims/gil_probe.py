"""Does a C call release the GIL? A ticker thread runs a pure-Python loop and records the
longest gap between two of its iterations while the main thread makes one long C call.
If the call holds the GIL, the ticker stalls for about the whole call."""
import bz2, hashlib, lzma, os, sys, threading, time, zlib
data = os.urandom(64 * 1024 * 1024)
text = (b"konkurensi python " * 4_000_000)[:48 * 1024 * 1024]
def probe(name, call):
    stop, gaps = False, [0.0]
    def ticker():
        last = time.perf_counter()
        while not stop:
            now = time.perf_counter()
            gaps[0] = max(gaps[0], now - last)
            last = now
    t = threading.Thread(target=ticker); t.start()
    time.sleep(0.05)
    start = time.perf_counter(); call(); took = time.perf_counter() - start
    stop = True; t.join()
    print(f"  {name}: call {took*1000:.0f} ms, longest ticker stall {gaps[0]*1000:.1f} ms")
print(sys.version.split()[0], "switch interval", sys.getswitchinterval(), "load", round(os.getloadavg()[0], 1))
probe("hashlib.sha256(64 MB)", lambda: hashlib.sha256(data).digest())
probe("zlib.compress(48 MB)", lambda: zlib.compress(text, 6))
probe("bz2.compress(8 MB)", lambda: bz2.compress(text[:8*1024*1024]))
probe("lzma.compress(4 MB)", lambda: lzma.compress(text[:4*1024*1024]))
probe("sum(range(30_000_000)) (C loop, keeps the GIL)", lambda: sum(range(30_000_000)))
probe("pure Python loop (switches every 5 ms)", lambda: [i for i in range(3_000_000)] and None)
