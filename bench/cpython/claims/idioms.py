import asyncio, sys
print(sys.version.split()[0], "TaskGroup" , hasattr(asyncio, "TaskGroup"), "timeout", hasattr(asyncio, "timeout"), "to_thread", hasattr(asyncio, "to_thread"))
