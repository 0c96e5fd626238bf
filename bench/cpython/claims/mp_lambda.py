import multiprocessing as mp, sys
if __name__ == "__main__":
    print(sys.version.split()[0], mp.get_start_method())
    with mp.Pool(2) as p:
        try:
            print(p.map(lambda x: x * x, range(4)))
        except Exception as e:
            print(type(e).__name__, e)
