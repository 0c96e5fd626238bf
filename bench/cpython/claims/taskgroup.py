import asyncio
async def slow(log):
    try:
        await asyncio.sleep(1)
        log.append("slow done")
    except asyncio.CancelledError:
        log.append("slow cancelled"); raise
async def bad():
    await asyncio.sleep(0.01); raise ValueError("boom")
async def main():
    log = []
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(slow(log)); tg.create_task(bad())
    except* ValueError as e:
        log.append(f"caught {e.exceptions[0]!r}")
    try:
        async with asyncio.timeout(0.05):
            await asyncio.sleep(1)
    except TimeoutError:
        log.append("timeout -> TimeoutError")
    print(log)
asyncio.run(main())
