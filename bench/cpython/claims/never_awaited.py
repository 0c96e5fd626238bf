import asyncio
async def fetch():
    await asyncio.sleep(0.01)
    return 1
async def main():
    fetch()            # bug: creates a coroutine object, never runs it
    print("called")
asyncio.run(main())
