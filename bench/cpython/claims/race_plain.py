import sys, threading
N, T = 1_000_000, 4
counter = 0
def work():
    global counter
    for _ in range(N):
        counter += 1
ts = [threading.Thread(target=work) for _ in range(T)]
for t in ts: t.start()
for t in ts: t.join()
print(sys.version.split()[0], "plain +=", "lost", T * N - counter)
