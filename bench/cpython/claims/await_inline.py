import asyncio
async def ready():          # returns at once, never suspends
    return None
async def worker(name, log):
    for _ in range(3):
        await ready()
        log.append(name)
async def sleeper(name, log):
    for _ in range(3):
        await asyncio.sleep(0)  # suspends: yields to the loop
        log.append(name)
async def main():
    log = []
    await asyncio.gather(worker("a", log), worker("b", log))
    log2 = []
    await asyncio.gather(sleeper("a", log2), sleeper("b", log2))
    print("".join(log), "".join(log2))
asyncio.run(main())
