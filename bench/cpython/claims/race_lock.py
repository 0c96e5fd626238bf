import sys, threading
N, T = 1_000_000, 4
counter = 0
lock = threading.Lock()
def add_one(v):
    return v + 1
def work():
    global counter
    for _ in range(N):
        with lock:
            v = counter
            v = add_one(v)
            counter = v
ts = [threading.Thread(target=work) for _ in range(T)]
for t in ts: t.start()
for t in ts: t.join()
print(sys.version.split()[0], "read-call-write with Lock", "lost", T * N - counter)
