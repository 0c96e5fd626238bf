# Four threads doing pure-Python work are no faster than one (the threading page's prompt).
import sys, threading, time
def work():
    s = 0
    for i in range(2_000_000):
        s += i
start = time.perf_counter()
for _ in range(4): work()
seq = time.perf_counter() - start
start = time.perf_counter()
ts = [threading.Thread(target=work) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
thr = time.perf_counter() - start
print(sys.version.split()[0], f"4 threads: {seq / thr:.2f}x")
