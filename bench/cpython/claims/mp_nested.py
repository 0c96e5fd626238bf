import multiprocessing as mp, sys
def outer():
    def sq(x): return x * x
    return sq
if __name__ == "__main__":
    with mp.Pool(2) as p:
        try:
            print(p.map(outer(), range(4)))
        except Exception as e:
            print(sys.version.split()[0], type(e).__name__, str(e)[:90])
