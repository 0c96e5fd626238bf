# Lab Konkurensi — English text (the toggle). Every key here must exist in id/main.ftl too
# (tests/locales.rs). Prose markup: `code`, _term_, **strong**, "## " headings, "- " lists.

## App shell

app-title = Lab Konkurensi
app-tagline = Learn concurrency in Python through demos that run right in your browser.
skip-to-content = Skip to content
nav-label = Pages
nav-beranda = Home
nav-asyncio = asyncio
nav-threading = threading
nav-multiprocessing = multiprocessing
nav-celery = Celery
nav-bandingkan = Compare
lang-switch = Bahasa Indonesia
lang-switch-label = Bahasa Indonesia: switch the page to Indonesian
explanation-title = Explanation
demo-title = Live demo
footer-text = Every number on this page is measured in your browser, unless it is labelled as a model or as a CPython measurement.
prerender-loading = Loading the demo… The explanation above is ready to read; the demo comes alive as soon as its code has loaded.
prerender-failed = The demo could not be loaded. The explanation above is still here to read; check the connection, then reload the page.

## Parameters

params-title = Workload parameters
params-none = This page has no parameters yet. Pick a demo in the menu to try things yourself.
param-tasks = Number of tasks
param-io_ms = I/O wait per task (ms)
param-cpu_ms = CPU work per task (ms)
param-jitter = Random spread (± %)
param-seed = Random seed
param-limit = Concurrency limit (0 = none)
param-timeout_ms = Timeout per task (ms, 0 = none)
param-blocking = Blocking call (`time.sleep`)
param-threads = Number of threads
param-gil = With the GIL
param-switch_ms = Switch interval (ms)
param-workers = Number of worker processes
param-chunksize = Chunk size (chunksize)
param-kernel = Kind of CPU work
param-race_threads = Number of threads
param-race_n = Increments per thread
param-race_lock = Use `threading.Lock`
choice-kernel-primes = Counting primes
choice-kernel-mandelbrot = Mandelbrot tile
choice-kernel-hash = Hash chain
toggle-on = Yes
toggle-off = No

## Demos not finished yet


## Share link

share-title = Share link
share-help = This link opens the same page with the same parameters.
share-copy = Copy link
share-copied = Link copied.
share-copy-failed = The browser did not allow copying automatically. Select the link above and copy it by hand.

## Notices about a link

notice-title = We adjusted this link
notice-unknown-page = There is no page “{ $given }”, so we opened Home.
notice-unknown-version = Link version “{ $given }” is unknown; the link was read as version 1.
notice-unknown-lang = Language “{ $given }” is not available; your own language choice is used.
notice-unknown-key = Parameter `{ $key }` is unknown on this page and was ignored.
notice-invalid = The value “{ $given }” for `{ $key }` cannot be read; the default is used.
notice-clamped = The value { $given } for `{ $key }` is outside the allowed range; { $used } is used.
notice-rounded = The value { $given } for `{ $key }` was rounded to { $used }.
notice-too-long = This link is too long, so we cut it: only its first { $read } characters were read and the rest was ignored.
notice-too-many = This link holds too many parameters, so we cut it: only the first { $read } were read and the rest were ignored.
notice-more = …and { $count } more.

## Browser capability panel

cap-title = What this browser can do
cap-isolated-yes = This page is cross-origin isolated: shared memory for threads is available.
cap-isolated-no = This page is not cross-origin isolated, so the browser turns shared memory (SharedArrayBuffer) off.
cap-cores = The browser reports { $n } processor cores.
cap-pool-idle = No Web Workers are running: they start only when a demo page needs them, or when you press the test button below.
cap-pool-preparing = Preparing the Web Workers: this page reloads once so that the browser allows shared memory. A demo you run now runs after the reload.
cap-pool-starting = Starting { $n } Web Workers…
cap-pool-ready = { $n } Web Workers ready, started in { $ms }.
cap-pool-unavailable = The thread pool is not available, so the parallel demos (threading and multiprocessing) cannot run here. The asyncio demo and all explanations still work.
cap-pool-failed = The thread pool failed to start: { $reason }
cap-why =
    Browsers only give shared memory to a page served with two HTTP headers:
    `Cross-Origin-Opener-Policy: same-origin` and `Cross-Origin-Embedder-Policy: require-corp`.
    Run `make serve`, or serve the `dist/` folder with a server that sends both headers
    (for example `node scripts/serve.mjs dist`).
cap-smoke-run = Test the Web Workers
cap-smoke-running = Counting primes on every Web Worker…
cap-smoke-done = Test done: { $primes } primes below { $limit }, counted by { $used } Web Workers in { $ms }.

## Home

beranda-title = Concurrency in Python
beranda-lead = How a program does many things at once, and when that actually makes it faster.
beranda-prose-1 = ## What is concurrency?
beranda-prose-2 = **Concurrency** is a way of structuring a program so that several tasks run at the same time,
    or _seem_ to. While one task waits for an answer from the internet or from disk, another task
    can make progress. The program does not have to finish one task before starting the next.
beranda-prose-3 =
    Picture a barista working alone. While the machine brews the first coffee, she takes the second
    order, then steams milk for the third. There is still only one person working, but no time is
    spent standing by the machine. That is concurrency.
beranda-prose-4 = ## Concurrency is not parallelism
beranda-prose-5 = **Parallelism** means several tasks are worked on at the very same moment, each on a
    different processor core. In the example, parallelism means two baristas. Concurrency is about
    _structuring_ the work; parallelism is about _doing_ it at once. A concurrent program can run on
    one core; parallelism needs more than one.
beranda-prose-6 = ## I/O-bound or CPU-bound?
beranda-prose-7 =
    - _I/O-bound_: a task that spends most of its time waiting, for example fetching data from the internet, reading or writing files, or querying a database. The processor is almost idle while it waits.
    - _CPU-bound_: a task that is busy computing, for example searching for primes or processing millions of rows in a Python loop. The processor works flat out the whole time.
beranda-prose-8 =
    The kind of task decides the right approach. One core can serve many waits at once, while
    computing only gets faster by adding cores that work in parallel.
beranda-prose-9 = ## A map of the four approaches in Python
beranda-prose-10 =
    - **asyncio**: one _event loop_ runs many coroutines with `async`/`await`. Very cheap for I/O-bound tasks such as web servers and bots.
    - **threading**: several _threads_ in one process share memory, but the GIL (_Global Interpreter Lock_) lets only one thread run Python code at a time. Good for I/O-bound work and for C functions that release the GIL (such as `hashlib`, `zlib`, NumPy), but no help for computing in pure Python.
    - **multiprocessing**: several processes, each with its own Python interpreter and GIL, so even pure-Python computing can run in parallel.
    - **Celery**: a library for sending tasks to a queue; Celery _workers_, separate programs that may run on other machines, pick the tasks up and do them in the background.
beranda-prose-11 =
    On the asyncio, threading, multiprocessing and Celery pages, the explanation sits next to a demo
    that runs in your browser. Change the parameters, press **Run**, and watch what actually happens.
    The **Compare** page helps you pick the right approach.
beranda-behind-1 =
    The browser is not CPython. On this site _Web Workers_ play the threads and the processes, and
    the code that actually runs is Rust compiled to WebAssembly. The rules it imitates, such as the
    GIL, `asyncio.Semaphore` and the way `Pool.map` hands out tasks, follow CPython.
beranda-behind-2 =
    Every demo page has a box like this one, saying where the browser behaves like Python and where
    it differs. You can run each page's Python program yourself to compare the results.
beranda-summary =
    - Concurrency is about structuring many tasks; parallelism is about doing them at once on several cores.
    - I/O-bound tasks mostly wait: asyncio or threading is enough, even on one core.
    - CPU work in pure Python only gets faster with several processes (multiprocessing), because of the GIL.
    - C functions that release the GIL, such as NumPy, `hashlib` and `zlib`, can run in parallel even when called from threads.

## asyncio

asyncio-title = asyncio
asyncio-lead = Coroutines taking turns on one event loop.
asyncio-prose-1 =
    The `asyncio` module is the part of Python's standard library for writing programs around an
    _event loop_ with `async` and `await`. I/O-bound tasks can wait efficiently without blocking the
    whole program, which suits network applications such as web servers and bots.
asyncio-prose-2 = ## The event loop and coroutines
asyncio-prose-3 =
    A function written with `async def` is a coroutine function. Calling it does not run its body.
    For example, if `fetch` is written with `async def`, `fetch()` only creates a _coroutine_ object.
    The body runs once that object is awaited with `await`, or scheduled as a task, for example with
    `asyncio.create_task` or `asyncio.gather`. Forgetting the `await` is the classic beginner's bug.
    The symptom: the task silently never runs, and Python only prints the warning
    `RuntimeWarning: coroutine 'fetch' was never awaited`.
asyncio-prose-4 =
    `await` only pauses a coroutine when what it awaits is not ready yet, such as `asyncio.sleep`,
    data from the network, a _lock_ someone holds, or an empty queue. That is when the coroutine hands
    control back to the event loop, which then runs another coroutine that is ready. If the awaited
    thing can finish at once, for example a coroutine that waits for nothing, `await` runs it like an
    ordinary function call and gives no other coroutine a turn. Waiting this way is almost free:
    10,000 coroutines that each await `asyncio.sleep(0.1)` finish together within a few hundred
    milliseconds, not 1,000 seconds. On our test machine, CPython 3.11 and 3.13 took 0.18–0.45 seconds.
asyncio-prose-5 = ## One blocking call freezes everything
asyncio-prose-6 =
    The event loop can only switch tasks when the running coroutine stops at an `await` that really
    has to wait. If a coroutine calls something that blocks, such as `time.sleep` or a heavy
    computation, no other task can run until that call returns. Use `await asyncio.sleep` and I/O
    libraries that support `async`. For a blocking function with no `async` version, use
    `await asyncio.to_thread(function)` (or `loop.run_in_executor`): the function runs on another
    thread, so the event loop stays free to serve other tasks. Pure-Python computing does not get
    faster this way, because that thread still needs the GIL; what you gain is an event loop that
    stays responsive. To make computing faster, send the work to another process, for example with
    `ProcessPoolExecutor`.
asyncio-prose-7 =
    - `asyncio.gather` runs many coroutines together and waits for all of them.
    - `asyncio.TaskGroup` (since Python 3.11) is today's recommended way: tasks are created inside an `async with` block, and if one task fails, the others are cancelled.
    - `asyncio.Semaphore` limits how many tasks may run at once, for example so the target server is not overwhelmed.
    - `asyncio.wait_for` sets a _timeout_ on one coroutine; if it runs past the timeout, it is cancelled. Since Python 3.11, `async with asyncio.timeout(...)` limits the time of a whole block of code.
asyncio-prose-8 = ## Cancellation
asyncio-prose-9 =
    Cancelling a task in asyncio means throwing `CancelledError` into the coroutine at the `await`
    where it is waiting. So cancellation can only happen while the coroutine waits: a coroutine
    running `time.sleep` or a heavy computation cannot be stopped until that call returns. The same
    holds for `asyncio.wait_for`: its timeout can only act once the event loop gets its turn again.
asyncio-prose-10 = ## How to read this demo
asyncio-prose-11 =
    - The **event loop** row shows when the loop was busy running task code (CPU work or a blocking call). While that row is empty, the loop is free to serve other tasks.
    - Each following row is one task (or a group of tasks when there are many): grey before it starts, light blue while it waits for I/O with `await`, orange while it blocks, dark blue while it works on the CPU.
    - The **event-loop lag** is measured by a tick that asks for a turn every 10 ms. If that tick is 300 ms late, nothing could run for 300 ms, including this page's display.
asyncio-behind-1 =
    This page has an event loop too: the browser's. Every `await` in the Rust code that has to wait,
    for example for a timer, hands control to the browser's event loop, as in asyncio. The difference
    is that the browser's loop also has to paint the page, so a blocking task here freezes the
    display as well.
asyncio-behind-2 =
    Like asyncio, this demo keeps every `sleep` deadline in one queue ordered by time, and sets a
    single browser timer for the earliest one. That is why 10,000 tasks waiting 100 ms can finish
    in not much more than 100 ms. The difference from Python: the waits here are browser timers,
    not network requests, and the task code is Rust compiled to WebAssembly.
asyncio-example-intro = Ten coroutines that each wait 1 second, run together with `asyncio.gather`. This is the smallest asyncio program a textbook shows; the program under the demo is the full version.
asyncio-example-1 = waits without blocking the event loop
asyncio-example-2 = [0, 1, ..., 9] after about 1 s, not 10 s
asyncio-predict-waves = A hundred tasks that each wait 300 ms, with `asyncio.Semaphore(20)`: at most 20 run at once. How long until they have all finished?
asyncio-predict-waves-300ms = about 0.3 s: they all wait together
asyncio-predict-waves-1500ms = about 1.5 s: five waves of 20 tasks
asyncio-predict-waves-30s = about 30 s: one at a time
asyncio-predict-waves-measured = Measured in your browser: all finished in { $value }.
asyncio-predict-waves-why = The semaphore lets only 20 tasks in at once; the 21st gets in when one finishes. So 100 tasks run in 100 / 20 = 5 waves × 300 ms ≈ 1.5 s. In our tests the same program on CPython 3.10–3.13 took 1.52–1.58 s.
asyncio-predict-wait-for = Ten tasks × 100 ms with `asyncio.Semaphore(2)`, each wrapped in `asyncio.wait_for(..., 0.25)`. Does the time spent queuing on the semaphore count towards that 250 ms timeout?
asyncio-predict-wait-for-counts = yes: tasks that queue too long time out
asyncio-predict-wait-for-not-counted = no: each task gets a full 250 ms once its turn comes, so all finish
asyncio-predict-wait-for-measured = Measured in your browser: { $value } of 10 tasks timed out.
asyncio-predict-wait-for-why = `wait_for` starts counting when it is called, not when the task gets its turn, because `async with sem` is inside the coroutine it limits. The first and second waves end at 100 and 200 ms, but the third would end at 300 ms, so six tasks are cancelled at 250 ms. CPython 3.10–3.13 gives the same: 4 done, 6 timed out. To limit only the work, put `wait_for` (or `asyncio.timeout`) inside `async with sem`.
asyncio-myth-parallel = “asyncio runs coroutines in parallel on several cores.” Wrong: one event loop runs one coroutine at a time, so 10 × 50 ms of CPU work still takes about 500 ms.
asyncio-myth-sleep = “`time.sleep` in a coroutine is the same as `await asyncio.sleep`.” Wrong: `time.sleep` holds the whole event loop, so five 100 ms sleeps run one after another.
asyncio-myth-many = “Running 10,000 waiting tasks takes thousands of times longer than one.” Wrong: tasks that wait with `await` sleep together, so 10,000 × 100 ms finish in a few hundred milliseconds (CPython: 0.18–0.45 s).
asyncio-summary =
    - `async def` makes a coroutine; its body runs only once it is awaited or scheduled as a task.
    - Coroutines take turns only at an `await` that really has to wait; one blocking call holds them all.
    - `asyncio.gather` or `TaskGroup` runs many tasks at once, `Semaphore` limits how many, and `wait_for` or `asyncio.timeout` sets a time limit that includes any queuing inside it.
    - asyncio does not speed up computation: move a blocking function out with `asyncio.to_thread`, and heavy computation to another process.

## threading

threading-title = threading
threading-lead = Threads that share memory and take turns holding the GIL.
threading-prose-1 =
    The `threading` module creates several _threads_ that run at the same time inside one process.
    The threads share main memory, so exchanging data is easy. But in the usual CPython, the GIL
    (_Global Interpreter Lock_) lets only one thread run Python code at a time.
threading-prose-2 = ## Why does the GIL exist?
threading-prose-3 =
    The GIL protects the interpreter's internal data structures, such as every object's reference
    count, with one big lock. That is simple and fast for single-threaded programs, but it means
    pure-Python code of several threads never runs in parallel. Functions written in C are another
    matter: while they work without touching Python objects, they may release the GIL. Examples are
    `hashlib` on large data, `zlib`, `bz2`, `lzma`, NumPy and most Pillow operations. While such a
    function runs, other threads can run Python code on another core. A C function that does not
    release the GIL, such as `sum(range(30_000_000))`, holds every other thread up until it returns.
threading-prose-4 =
    - A thread must hold the GIL to run Python code (the CPU part of a task).
    - While it waits for I/O, such as `time.sleep`, a socket or a file, a thread releases the GIL, so other threads can run.
    - A thread that wants the GIL first waits for one _switch interval_, 5 ms by default (see `sys.getswitchinterval()`). Only if the GIL is still held after that does it ask the holder to drop it.
    - The holder checks for that request only at certain points, such as a function call or a loop jumping back to its start, and drops the GIL at the next one. A long C call that does not release the GIL can hold it far longer than 5 ms.
    - The operating system decides which thread gets the GIL next. This demo hands it over in queue order (first come, first served); that is a choice of the model, not a CPython guarantee.
threading-prose-5 =
    So threading suits I/O-bound tasks: four waiting threads can be almost four times faster. For
    computing in pure Python, threading does not help: four computing threads are no faster than
    one.
threading-prose-6 = ## Python without the GIL
threading-prose-7 =
    Since Python 3.13 there is a separate _free-threaded_ build of CPython (no GIL, PEP 703). It is
    installed separately under its own name, for example `python3.13t`; the usual `python3` keeps the
    GIL. In Python 3.13 this build is experimental. Since Python 3.14 it is officially supported
    (PEP 779), but not the default. In this build, threads can run Python code in parallel on
    several cores, and race conditions show up far more readily. A C extension module that is not
    marked as safe without the GIL turns the GIL back on when it is imported;
    `sys._is_gil_enabled()` tells whether the GIL is active. Our test machine only has CPython with
    the GIL, so what this page says about the _free-threaded_ build comes from Python's
    documentation, not from our measurements.
threading-prose-8 = ## Race conditions and locks
threading-prose-9 =
    Sharing memory has a price. `counter += 1` is not one step but three: read, add, write, and
    Python does not promise that nothing runs in between. If another thread cuts in between the read
    and the write, every increment it makes during that gap is overwritten. That is a
    _race condition_. On CPython 3.10–3.13 with the GIL, a plain `counter += 1` is in fact very
    rarely interrupted, because the GIL only changes hands at certain points, such as function calls:
    in our test, 4 threads × 1,000,000 increments lost not a single update. But that is a side effect
    of how the interpreter works, not a guarantee. Put one function call between the read and the
    write and 40–70% of the updates are lost in the same test; on a _free-threaded_ build, collisions
    can happen anywhere. The fix is a lock such as `threading.Lock`, which makes sure only one thread
    runs that section at a time.
threading-prose-10 = ## How to read this demo
threading-prose-11 =
    - The **GIL** row shows who holds the GIL over time; every change of shade is one hand-over.
    - Each thread has its own row: dark blue while running Python code (holding the GIL), yellow while waiting for the GIL, light blue while waiting for I/O (GIL released).
    - Each task is an I/O part (say, a download) then a CPU part (processing the result). The sequential time and the threaded time are both measured in the same run.
threading-prose-12 =
    Try the **Mixed I/O and CPU** example: a thread that just finished its I/O must queue again for
    the GIL behind the threads that are computing, sometimes for a whole switch interval. That is
    the _convoy effect_: CPU work slows down the threads that only want to get back to waiting on
    I/O quickly.
threading-behind-1 =
    On this page, each Python thread is played by a _Web Worker_ sharing WebAssembly memory, and the
    GIL is a lock in that shared memory. The code that runs is Rust, not Python bytecode, but the
    GIL's rules follow CPython. `time.sleep` here blocks only its Web Worker, with the GIL released,
    just as a Python thread waiting for I/O does.
threading-example-intro = Four threads that each wait 1 second. `start()` starts a thread, and `join()` waits until that thread has finished.
threading-example-1 = 4 threads; time.sleep releases the GIL while waiting
threading-example-2 = about 1.0 s, not 4.0 s
threading-predict-gil-cpu = Four threads, each doing 100 ms of CPU work in pure Python, with the GIL. Compared with doing the four tasks one after another on 1 thread, the result is…
threading-predict-gil-cpu-faster = faster (above 1.25×)
threading-predict-gil-cpu-same = about the same (0.8×–1.25×)
threading-predict-gil-cpu-slower = slower (below 0.8×)
threading-predict-gil-cpu-measured = Measured in your browser: a speedup of { $value }.
threading-predict-gil-cpu-why = Only the GIL's holder may run Python code, so the four threads take turns as if on one core, plus the cost of every switch. In our tests this kind of work on CPython 3.10–3.13 gave 0.56–1.16×: never more than one core busy.
threading-predict-lock = The race lab with `threading.Lock`: 4 threads × 50,000 increments, switch interval 0.5 ms. How many updates are lost?
threading-predict-lock-none = none at all
threading-predict-lock-few = a few (under 1%)
threading-predict-lock-many = many (1% or more)
threading-predict-lock-measured = Measured in your browser: { $value } updates lost.
threading-predict-lock-why = With `with lock:`, only one thread at a time can be between the read and the write. The GIL may still switch in the middle, but any other thread that wants to increment must wait for the Lock, so no increment is overwritten. On CPython 3.10–3.13 this lab's program with a Lock lost none of 4,000,000 updates.
threading-myth-more-threads = “More threads means faster.” Wrong for CPU work in pure Python: with the GIL, 8 threads take turns holding it and are no faster than 1.
threading-myth-useless = “Because of the GIL, threads are useless in Python.” Wrong: threads release the GIL while waiting for I/O, so 8 downloads can wait together (CPython: 5.0–8.0× faster in our tests).
threading-myth-gil-safe = “The GIL makes shared data safe, so no lock is needed.” Wrong: the GIL can switch between a read and a write; run the race lab without a Lock and count the lost updates.
threading-summary =
    - Threads share memory inside one process; in regular CPython the GIL lets only one thread run Python code at a time.
    - Threads speed up I/O-bound tasks, because a waiting thread releases the GIL.
    - For computation in pure Python, threads are no faster; use multiprocessing, or a _free-threaded_ build with care.
    - Shared data changed by several threads needs `threading.Lock`: the GIL guarantees nothing for your code.

## multiprocessing

multiprocessing-title = multiprocessing
multiprocessing-lead = Several processes on several cores, fully in parallel.
multiprocessing-prose-1 =
    The `multiprocessing` module creates several processes that run at the same time. Each process
    has its own Python interpreter, and the GIL does not apply between processes. That makes
    multiprocessing suited to CPU-bound tasks that need true parallel processing.
multiprocessing-prose-2 = ## Speedup and Amdahl's law
multiprocessing-prose-3 =
    The _speedup_ is the time with one worker process divided by the time with _n_ worker
    processes. With two cores the best possible speedup is 2.0×. Any part of the program that stays
    sequential limits it. That is Amdahl's law: if _f_ is the part of the work that must run
    sequentially (between 0 and 1), _n_ processes give at most `S(n) = 1 / (f + (1 − f) / n)`. For
    example, if 10% of the work is sequential (f = 0.1), two processes give at most
    1 / (0.1 + 0.9 / 2) ≈ 1.82×, and however many processes you add, the speedup never passes
    1 / f = 10×. The "sequential part" in the demo's result is the _f_ that best fits your measured
    points.
multiprocessing-prose-4 = ## Starting processes, _pickle_ and _overhead_
multiprocessing-prose-5 =
    - **How processes start.** `fork` copies the parent process as it is. It is the default on Linux up to Python 3.13: there `multiprocessing.get_start_method()` answers `'fork'`. `spawn` starts a fresh interpreter and is the default on Windows and macOS. `forkserver` asks a small server process to create new processes; according to Python's documentation, it is the default on Linux from Python 3.14.
    - **The main-module guard.** With `spawn` and `forkserver`, every child process imports your program's main module again. So the code that creates the `Pool` must sit under `if __name__ == "__main__":`. Without the guard, every child tries to create a `Pool` again and fails with a `RuntimeError`; in our test with Python 3.13, such a program kept printing the same error and never finished. The program below uses the guard. Make a habit of writing it, even though on Linux with `fork` a program without it still runs.
    - **Everything sent must pickle.** The task function, its arguments and its result travel between processes as _pickle_ data. So the task function must be defined at the top level of a module. A `lambda` or a function defined inside another function cannot be sent: Python refuses it with a `PicklingError` or an `AttributeError`.
multiprocessing-prose-6 =
    New processes are not free, and every task and its result has to be turned into _pickle_ data
    and sent between processes. For very small tasks this _overhead_ can exceed the work itself, so
    the parallel version ends up slower. The `chunksize` parameter reduces the cost by sending
    several tasks at once in one chunk. If you leave it out, `Pool.map` picks one itself: the number
    of tasks divided by four times the number of processes, rounded up. For 5,000 tasks and 16
    processes, each chunk holds 79 tasks. This demo uses the value from the form, and the Python
    program below passes it explicitly. One more thing: do not use multiprocessing for I/O-bound
    tasks, because threads or asyncio wait at a much lower cost.
multiprocessing-prose-7 = ## More worker processes than cores
multiprocessing-prose-8 =
    You may start more worker processes than there are processor cores. The operating system (here:
    the browser) then takes turns sharing the cores among them, so the speedup stops at the number of
    cores and drops a little from the cost of switching. Try the **Sweep** button with more worker
    processes than your device has cores: the measured points flatten out.
multiprocessing-prose-9 = ## How to read this demo
multiprocessing-prose-10 =
    - **Calibration**: before the first run, the page measures how much work one core finishes in 1 ms on your device. So `cpu_ms=100` means 100 ms of one core's work, not simply waiting 100 ms.
    - **Baseline**: the same workload runs first with 1 worker process, then with the number of worker processes you chose. The speedup is the ratio of those two measured times.
    - **Timeline**: the first row is the run with 1 worker process; the next rows are each worker process of the parallel run, with the chunks of tasks it did. Times are recorded inside each worker process, on one clock shared by all of them.
    - **Mandelbrot**: each task computes one horizontal band of the picture. Bands through the middle of the set are far heavier than bands at the edge, so the load between processes is uneven; watch how that lowers the speedup.
multiprocessing-behind-1 =
    The browser has no operating-system processes. On this page each worker process is played by a
    _Web Worker_, and they all share one WebAssembly memory: much like threads without a GIL, and
    with no pickling. Starting a Web Worker is also faster than starting a process. So the _overhead_
    here is smaller than in Python, but the shape of the curve is the same.
multiprocessing-behind-2 =
    Before measuring, the page runs a short untimed warm-up. The browser recompiles frequently used
    WebAssembly code into a faster version; without a warm-up the first run would look slower than it
    should.
multiprocessing-prose-11 =
    The Python program below calibrates itself, and its times include starting the worker processes,
    because that is a real cost in Python. For Mandelbrot, that program cuts the picture into the same
    bands as this page, and its calibration draws one small whole picture, so the average time per
    task comes close to `CPU_MS`.
multiprocessing-example-intro = Adapted from the example the Python documentation opens with: `Pool.map` hands ten numbers to four worker processes and collects the results in their original order.
multiprocessing-example-1 = runs in one of the worker processes
multiprocessing-example-2 = required for spawn/forkserver (Windows, macOS)
multiprocessing-example-3 = [0, 1, 4, 9, ..., 81]
multiprocessing-predict-tiny = Sixteen tasks that each need only 1 ms of CPU work, spread over 8 worker processes. Compared with 1 worker process, the speedup is…
multiprocessing-predict-tiny-above = above 1× (faster)
multiprocessing-predict-tiny-below = below 1× (slower)
multiprocessing-predict-tiny-measured = Measured in your browser: a speedup of { $value }.
multiprocessing-predict-tiny-why = The whole job is only 16 ms, so the cost of handing out tasks and waking worker processes is as large as the work itself. On this page the worker processes are ready before the measurement, so the result can land above or below 1×. On CPython, with starting `Pool(8)` counted in, the same program stays below 1×: 0.05–0.88× in our tests with 3.10–3.13.
multiprocessing-predict-two = Eight tasks × 50 ms of CPU work on 2 worker processes, on your device. What speedup over 1 worker process?
multiprocessing-predict-two-one = under 1.25×: hardly faster
multiprocessing-predict-two-two = 1.25×–2.2×: close to twice as fast
multiprocessing-predict-two-more = more than 2.2×
multiprocessing-predict-two-measured = Measured in your browser: a speedup of { $value }.
multiprocessing-predict-two-why = Two processes use at most two cores, so the speedup cannot pass 2×; if the device is busy with other work, it is lower. On our two-core test machine, shared with other jobs, CPython gave 0.8–1.8× for two processes (see the Compare page).
multiprocessing-myth-more-workers = “More worker processes means faster.” Wrong: CPU work cannot go faster than the cores there are; press **Sweep** with 8 worker processes and watch the curve flatten.
multiprocessing-myth-big-chunks = “A large `chunksize` is always better because sending costs less.” Wrong: with `chunksize=8` for 8 tasks, one worker process gets them all and the other idles (CPython 3.10–3.13: only 1 process used).
multiprocessing-myth-balanced = “The same number of tasks means the same load.” Wrong: Mandelbrot strips through the middle of the set are far heavier, so one worker process finishes first and then idles.
multiprocessing-summary =
    - Each process has its own interpreter and GIL, so CPU work in pure Python can run in parallel.
    - The speedup is capped by the number of cores and by the part of the program that stays sequential (Amdahl's law).
    - Starting processes and sending data (_pickle_) costs something: tasks that are too small get slower; `chunksize` helps, as long as the load stays evenly spread.
    - Put the code that creates the `Pool` under `if __name__ == "__main__":`, and send only functions defined at the top level of a module.

## Celery

celery-title = Celery
celery-lead = A task queue, a broker and Celery workers in the background.
celery-prose-1 =
    Celery is a task queue library. The application (the producer) sends tasks to a _broker_, and
    Celery workers, separate programs often on other machines, take them and run them. The
    application does not wait; it can ask for the result later.
celery-prose-2 = ## Broker, Celery workers and the result backend
celery-prose-3 =
    - `task.delay(...)` sends one message (the task's name, its arguments and an id) to the _broker_, for example Redis or RabbitMQ. Nothing is stored in the _result backend_ yet.
    - Each Celery worker _node_ has some child processes (`--concurrency`). Its default _pool_ is _prefork_: processes, not threads, so CPU-bound tasks do not wait for each other's GIL, just as on the [multiprocessing page](#/multiprocessing). A thread pool exists too, with the same GIL rules as on the [threading page](#/threading).
    - A node prefetches up to `concurrency × worker_prefetch_multiplier` messages (the multiplier is 4 by default) and hands them only to idle children (`-O fair`).
celery-prose-4 = ## When a message is acknowledged (_ack_)
celery-prose-5 =
    By default Celery acks early: just before the task's body starts, not after it ends. So if a
    child process or a whole node dies while the task runs, its message is **not** redelivered. When
    a child dies, the node reports `WorkerLostError` and stores FAILURE. When a whole node dies,
    nothing is stored and `AsyncResult.state` stays PENDING forever. Messages that were only
    prefetched are not acked yet, so they come back to the queue: on RabbitMQ as soon as the node's
    connection drops, on Redis only after `visibility_timeout` (3600 seconds by default).
celery-prose-6 =
    With `acks_late=True` the ack comes at the end: after success, after failure and after a
    _retry_. If a node dies, its running tasks go back to the queue. A dead child still ends in
    FAILURE, though, unless `task_reject_on_worker_lost=True` is set too; only then is its message
    requeued. That is _at-least-once_ delivery: a task may run twice, and a task that always kills
    its process loops forever. This is why Celery tasks should be idempotent, safe to run more than
    once, for example by checking first whether that email was already sent.
celery-prose-7 = ## Task states
celery-prose-8 =
    - PENDING is not a stored state. It only means the _result backend_ does not know the id. A task that has not run, a lost task and a mistyped id are all PENDING.
    - RECEIVED exists only in the _event_ stream (what Flower reads when the worker runs with `-E`). STARTED is stored only with `task_track_started=True`.
    - RETRY, SUCCESS, FAILURE and REVOKED are stored. The demo's board shows both views side by side: `AsyncResult.state` and the event stream.
celery-prose-9 = ## Retries are opt-in
celery-prose-10 =
    Celery retries nothing by itself: a task must call `self.retry()` or use `autoretry_for=(...)`.
    `max_retries=3` (the default) means at most four runs. With `retry_backoff` the delay is
    `min(retry_backoff_max, factor · 2^retries)`, and with `retry_jitter=True` (the default) the
    actual delay is drawn at random between 0 and that number. Without `retry_backoff` the delay is
    `default_retry_delay`, 180 seconds. A _retry_ republishes the message with the same task id.
celery-prose-11 = ## Prefetch that hoards
celery-prose-12 =
    Because each node prefetches several messages, a node that got a long task can hoard other
    tasks while another node idles. The "Prefetch hoards tasks" preset shows it and measures that
    idle time. `worker_prefetch_multiplier=1` together with `acks_late=True` makes a node hold only
    the tasks it is running.
celery-behind-1 =
    Each Celery worker node on this page is a _Web Worker_ of its own, with its own WebAssembly
    instance and memory, and each of its child processes is a nested Web Worker, with its own memory
    too. They talk only by messages (`postMessage`). What is real: the Web Workers, stopping them
    (`Worker.terminate()` when you kill a child or a node), the I/O waits (a timer in the child) and
    the calibrated CPU work. What is modelled: the Celery broker's and worker's rules (the queue,
    prefetch, acks, redelivery, retries, states), which the page runs with a model checked against
    real Celery 5.7. Celery's clock (retry delays and `visibility_timeout`) runs faster by the
    `clock` factor; the tasks' work does not.
celery-example-intro = The smallest Celery app, in one file `tasks.py`: the app, one task, and the code that sends it. Start Redis and a Celery worker (`celery -A tasks worker`) in another terminal, then run `python tasks.py`. The `tasks.py` below the demo is the full version.
celery-example-1 = the broker queues task messages; the backend stores results
celery-example-2 = runs in a child process of a Celery worker
celery-example-3 = in another terminal: celery -A tasks worker
celery-example-4 = only sends a message and returns at once
celery-example-5 = waits for the result in the backend: 5
celery-predict-child-killed = One Celery worker node with 2 child processes runs 4 tasks × 1 second with the default settings: early ack (`acks_late=False`). Then, 300 ms after the tasks are sent, the child running the first task is killed (SIGKILL). What happens to that task?
celery-predict-child-killed-again = its message is redelivered, the task runs again and ends SUCCESS
celery-predict-child-killed-failure = the task ends FAILURE (`WorkerLostError`) and does not run again
celery-predict-child-killed-pending = the task vanishes without a trace: its state stays PENDING
celery-predict-child-killed-measured = Measured in your browser: { $value } of 4 tasks ended FAILURE.
celery-predict-child-killed-why = With early ack the message was acknowledged just before the task started, so the broker has nothing to redeliver. The Celery worker node sees its child die, stores FAILURE with `WorkerLostError`, and starts a replacement child. In our test with Celery 5.7 and Redis the result was the same: FAILURE after one run, even with `acks_late=True` alone. The task only goes back to the queue with `acks_late=True` **and** `task_reject_on_worker_lost=True`.
celery-predict-prefetch = Two Celery worker nodes, each with 1 child process and `worker_prefetch_multiplier=4` (the default), run 12 tasks of very different lengths (300 ms ± 100%). Will a node sit idle while the other still holds tasks nobody has started?
celery-predict-prefetch-idle = yes: that node idles while tasks wait on the other node
celery-predict-prefetch-shared = no: the idle node takes the waiting tasks
celery-predict-prefetch-measured = Measured in your browser: a node sat idle for { $value } while the other still held tasks.
celery-predict-prefetch-why = Each node prefetches up to `concurrency × worker_prefetch_multiplier` = 4 messages. A message a node holds waits on that node, even while another node is idle. So a node that got a long task hoards other tasks, while the node that finished first finds the broker's queue empty. `-O fair` (the default) only decides within one node: jobs go to an idle child. For long tasks the Celery documentation recommends `worker_prefetch_multiplier=1` together with `acks_late=True`; with those settings this page's model records no idle time at all for the same workload.
celery-myth-exactly-once = “Celery runs every task exactly once.” Wrong: with `acks_late=True` and `task_reject_on_worker_lost=True`, a task whose child dies runs again from the start (the board shows 2 runs), while with early ack that task does not run again at all. This is why Celery tasks should be idempotent.
celery-myth-acks-late = “With `acks_late=True`, a task whose child dies is always run again.” Wrong: its message is still acknowledged and the task ends FAILURE (`WorkerLostError`). The message only goes back to the queue when `task_reject_on_worker_lost=True` is set too; `acks_late` alone only helps when a whole node dies.
celery-myth-retry = “A failed task is retried until it succeeds.” Wrong: Celery retries only when the task calls `self.retry()` or uses `autoretry_for`, and at most `max_retries` times (3 by default). Here every run fails, so each task runs 4 times and then ends FAILURE.
celery-myth-pending = “PENDING means the task is still waiting in the queue.” Wrong: PENDING only means the _result backend_ does not know that id. Here a node dies while running a task with early ack: that task will never finish, yet its state stays PENDING forever.
celery-summary =
    - `.delay()` only sends a message to the _broker_; a Celery worker, a separate program, runs the task, and its result is stored in the _result backend_.
    - By default a message is acknowledged (_ack_) just before the task runs, so a task whose process dies does not run again. With `acks_late=True` and `task_reject_on_worker_lost=True` it does run again, so tasks must be idempotent.
    - Retries happen only when asked for (`self.retry()` or `autoretry_for`), and at most `max_retries` times.
    - PENDING means “unknown”, not “waiting”.
    - For long tasks, `worker_prefetch_multiplier=1` with `acks_late=True` keeps nodes from hoarding tasks.
celery-preset-email = Send 100 emails
celery-preset-images = Process image uploads
celery-preset-crash = A worker dies mid-run
celery-preset-prefetch = Prefetch hoards tasks
ce-running = { $n } Celery worker nodes with { $c } child processes each at work
ce-actions = Actions during a run
ce-kill-child = Kill a child process
ce-kill-node = Kill a node
ce-revoke = Revoke a task
ce-add-node = Add a node
ce-clock = Celery's clock runs { $x }× faster than real time here (retry delays, `visibility_timeout`); the tasks' work is real.
ce-tasks-py = tasks.py
ce-producer-py = producer.py
ce-worker-cmd = The Celery worker command
ce-result = { $ok } tasks SUCCESS, { $failed } FAILURE, { $lost } never reached a final state, in { $ms }.
ce-result-more = Retries: { $retried } · revoked: { $revoked } · ran to the end more than once: { $dup }
ce-result-lost = A lost task never ends: its message was acked, and its `AsyncResult.state` stays PENDING (or its last stored state).
ce-result-idle = Time a node idled while another node hoarded prefetched tasks: { $ms }.
ce-result-nodes = { $n } nodes with their children were up; the slowest took { $ms }.
ce-result-rate-node = This page is not cross-origin isolated, so the CPU work was calibrated inside the first node.
ce-result-agree = { $n } of { $total } tasks ended in the same state after the same number of runs as in the model's own run of this link. Without deaths they should all agree; a death hits whatever happens to be running at that real moment.
ce-col-id = task id
ce-honest = These figures come from a real run in your browser; the Celery rules come from the page's model.
ce-board-title = Board (in Flower's spirit)
ce-alive = alive
ce-dead = dead
ce-col-state = state
ce-col-active = active
ce-col-reserved = reserved
ce-col-processed = processed
ce-col-succeeded = succeeded
ce-col-failed = failed
ce-col-retried = retried
ce-col-children-lost = children lost
ce-col-start = start time
ce-queue = Queue: { $n } messages
ce-queue-empty = The queue is empty.
ce-redelivered = redelivered
ce-tasks = All tasks ({ $n })
ce-col-backend = AsyncResult.state
ce-col-events = last event
ce-col-runs = runs
ce-col-retries = retries
ce-col-node = node
ce-legend-ok = success
ce-legend-retry = raised, retried
ce-legend-fail = failed (FAILURE)
ce-legend-killed = killed
ce-legend-run = running
ce-retry-title = Retry lab
ce-retry-formula = With `retry_jitter` the actual delay is a random whole number in `[0, countdown]`; without `retry_backoff` it is 180 seconds. Each row is one retry: the band is that random range, the line the delay drawn (Celery seconds).
ce-retry-none = No task has been retried yet.
ce-retry-row = #{ $task } after run { $k }: { $s } s of [{ $lo }, { $hi }]
param-concurrency = Child processes per node (`--concurrency`)
param-prefetch = Prefetch multiplier (`worker_prefetch_multiplier`, 0 = unlimited)
param-acks_late = Ack at the end (`acks_late`)
param-reject_on_worker_lost = Requeue when the child dies (`reject_on_worker_lost`)
param-track_started = Store the STARTED state (`track_started`)
param-fail_pct = Chance a run fails (%)
param-max_retries = Retry limit (`max_retries`)
param-retry_backoff = Backoff factor (`retry_backoff`, seconds, 0 = off)
param-retry_backoff_max = Longest delay (`retry_backoff_max`, seconds)
param-retry_jitter = Random delay (`retry_jitter`)
param-broker = Broker
choice-broker-rabbitmq = RabbitMQ
choice-broker-redis = Redis
param-visibility_timeout = Redis `visibility_timeout` (seconds)
param-crash = What dies
choice-crash-none = Nothing
choice-crash-child = One child process
choice-crash-node = One worker node
param-crash_at_ms = Dies at (ms)
param-clock = Celery's clock sped up (×)
py-ce-run-worker = run the worker with
py-ce-urls = Broker and result backend addresses; environment variables may override them.
py-ce-sweep = Look for unacked messages every second, so visibility_timeout alone decides when a message returns to the queue (kombu's default: about once per 100 seconds).
py-ce-same-rule = The page's failure rule: SplitMix64 seeded by (SEED, task, retries).
py-ce-flaky = The error autoretry_for retries.
py-ce-run-log = One line each time the task body runs, written before the work, so runs whose process died count too.
py-ce-crash = This child process dies abruptly, as from SIGKILL or running out of memory.
py-ce-cpu = CPU work: keeps this child process's core busy.
py-ce-same-cpu = The same CPU work per task as the demo on the page (same seed).
py-ce-producer = Send every task, then wait until all are in a final state or time runs out.
py-ce-nodes = Start the worker first (see tasks.py); for several nodes, run its command once per node with a different name (-n).

## Compare

bandingkan-title = Compare
bandingkan-lead = One workload, every model, measured one after another in your browser: which is fastest, and why.
bandingkan-prose-1 =
    The choice between threading, multiprocessing, asyncio or another library depends on the kind of
    task you handle and what your application needs. Here you feel it yourself: set one workload
    (how many tasks, how long each waits for I/O, how long it computes), guess which model will be
    fastest, then press **Run**. The same workload runs one model after another: sequential,
    asyncio, threading with the GIL, _free-threaded_ threading (no GIL), multiprocessing and Celery,
    each on the same engine as on its own page.
bandingkan-prose-2 = ## What is compared
bandingkan-prose-3 =
    - **Sequential**: a plain `for` loop; its time is the baseline (1×).
    - **asyncio**: coroutines run together with `asyncio.gather` on one _event loop_; their waits overlap, but CPU work is still done one piece at a time.
    - **threading**: a `ThreadPoolExecutor` with `workers` threads; the GIL is released while waiting for I/O, but only one thread runs Python code at a time.
    - **_free-threaded_**: the same threaded program on a build without the GIL (`python3.13t`), so threads can run in parallel on several cores.
    - **multiprocessing**: `Pool(workers)`; each process has its own interpreter and GIL, and its time includes starting those processes.
    - **Celery**: each task is sent with `.delay()` to a _broker_ and done by one Celery worker with `--concurrency` = `workers` child processes, with the default settings. Its time includes starting the Celery worker and every message's trip through the broker. A task queue is not there to be fast: it is there so that nobody waits, tasks can be retried, and Celery workers can run on other machines.
bandingkan-prose-4 = ## In real CPython
bandingkan-prose-5 =
    The same three workloads ran with `bench/cpython/bandingkan.py` on this project's test machine
    (Linux, two AMD EPYC cores shared with other jobs, load average 3.7–12.6), with CPython 3.11.7 and
    3.13.0; every figure is the best of three runs. For 8 tasks × 100 ms of I/O with 4 workers:
    sequential 801–807 ms, asyncio 101 ms (7.9–8.0×), 4 threads 204–224 ms (3.6–4.0×), 4 processes
    218–223 ms (3.6–3.7×): asyncio waits for all of them at once, while 4 threads or processes wait
    for 8 tasks in two rounds. For the mix of 12 tasks × (50 ms I/O + 30 ms CPU) with 4 workers,
    processes were always fastest (376–478 ms). For CPU work (8 tasks × 100 ms with 2 workers, then 16
    tasks with 4 workers) the machine was too busy: no model, not even processes, kept more than one core busy on average, so the order
    is noise; on a quiet two-core machine two processes were earlier measured 1.93× faster. Starting
    `Pool(4)` there takes only 11–21 ms because Linux uses `fork`. The figures
    in this page's results are measured in your own browser.
bandingkan-behind-1 =
    - **Sequential**: one thread on one _Web Worker_ does the tasks one after another.
    - **asyncio**: coroutines on this page's own _event loop_. I/O waits are timers, so every wait can overlap; CPU parts really block the loop, so the page freezes for a moment too.
    - **threading**: `workers` real threads (one _Web Worker_ each) contending for one real GIL; it is released while waiting for I/O.
    - **_free-threaded_**: the same threads without the GIL, like a `python3.13t` build.
    - **multiprocessing**: `workers` _Web Workers_ with no shared GIL, plus the measured time it took to start those Web Workers. A Web Worker is not an operating-system process: it shares the page's memory, the browser starts it, and nothing is copied. The cost of _pickling_ (packing arguments and results to send between processes) is **not** modelled, so in Python tiny tasks will do worse than here.
    - **Celery**: the Celery page's engine. The broker lives on this page; one node (`celery worker`) is a _Web Worker_ with `--concurrency` = `workers` prefork children, each a _Web Worker_ with its own memory (like a process), and every task is a message through the broker to a child and a report back. Settings are Celery's defaults (early ack, prefetch 4), with no failures and no crash. Its time includes starting the node and its children (what starting `celery worker` costs) and every message's round trip (the broker's latency here); it does **not** include a real network hop to Redis or RabbitMQ, which adds a millisecond or more per message on a server.
bandingkan-behind-2 =
    On our test machine `Pool(4)` starts in 11–21 ms because Linux uses `fork`;
    starting _Web Workers_ in a browser usually costs much more, and this page counts that cost into
    multiprocessing's time.
bandingkan-example-intro = With `concurrent.futures`, threads and processes share one interface. This program runs four pure-Python computations with `ThreadPoolExecutor`, then with `ProcessPoolExecutor`, and prints the time of each. Threads take turns holding the GIL, while each process has a GIL of its own, so processes can use several cores at once when those cores are idle.
bandingkan-example-1 = pure-Python CPU work
bandingkan-example-2 = needed for processes (spawn, forkserver)
bandingkan-example-3 = same interface, only the class differs
bandingkan-predict-cpu = Four tasks, each 300 ms of pure-Python CPU work, with no I/O waits. Which finishes first: 4 threads with the GIL, or 4 processes (multiprocessing)?
bandingkan-predict-cpu-multiprocessing = 4 processes, because each has its own GIL
bandingkan-predict-cpu-threading = 4 threads, because they are cheaper to start
bandingkan-predict-cpu-same = about the same
bandingkan-predict-cpu-measured = Measured in your browser: 4 processes were { $value } as fast as 4 threads (below 1× means slower).
bandingkan-predict-cpu-why = Only the GIL's holder may run Python code, so 4 threads take turns as if on one core. Each process has its own interpreter and GIL, so processes can use as many cores as are idle on your device; their time includes starting those processes. On a busy device with only one core free, the two can tie.
bandingkan-predict-io = Forty tasks, each only waiting 100 ms for I/O. Which finishes first: asyncio, or 4 processes (multiprocessing)?
bandingkan-predict-io-asyncio = asyncio, because all the waits overlap
bandingkan-predict-io-multiprocessing = 4 processes, because more cores are working
bandingkan-predict-io-same = about the same
bandingkan-predict-io-measured = Measured in your browser: asyncio was { $value } as fast as 4 processes (below 1× means slower).
bandingkan-predict-io-why = Waiting uses no core. One _event loop_ can wait for all forty tasks at once, so they all finish in about 100 ms. Four processes can wait for only four tasks at a time: 40 / 4 = 10 rounds × 100 ms ≈ 1 second, plus starting the processes. In our test with CPython 3.10–3.13, asyncio finished in 0.10–0.14 seconds, and `Pool(4).map` with `chunksize=1`, as on this page, in 1.04–1.17 seconds (with the default `chunksize`, 3 for 40 tasks on 4 processes, 1.22–1.32 seconds).
bandingkan-myth-processes-always = “multiprocessing is always fastest because it uses every core.” Wrong: for tasks that only wait, cores do not help. With 20 tasks × 100 ms of I/O, asyncio waits for all of them at once and finishes far ahead of 4 processes, which wait in 5 rounds and must be started first.
bandingkan-myth-asyncio-cpu = “asyncio makes computation faster.” Wrong: coroutines take turns on one thread, so 8 × 100 ms of CPU work still takes about 800 ms, the same as sequential (on CPython 3.10–3.13, never under 0.8 seconds).
bandingkan-myth-threads-useless = “Because of the GIL, threads are useless.” Wrong: a thread releases the GIL while it waits for I/O, so 8 threads wait for 8 tasks × 100 ms together. On CPython 3.10–3.13 they all finished in 0.10–0.14 seconds, not 0.8 seconds.
bandingkan-myth-queue-faster = “Sending tasks to a queue like Celery makes them finish sooner.” Wrong: a queue adds costs, starting the Celery worker and every message's trip through the broker. For 10 small tasks, Celery is far slower than doing them one after another. What it buys is that users need not wait, tasks can be retried, and the work can be spread over many machines.
bandingkan-summary =
    - Tasks that mostly wait for I/O: asyncio (thousands of waits on one thread) or threading (blocking libraries still work).
    - Pure-Python CPU work: multiprocessing, because each process has its own GIL; _free-threaded_ builds are the newer option.
    - Tasks that are too small are not worth the cost of starting processes or sending messages.
    - Celery is not for speed but for moving work into the background, with retries and many machines.
    - `concurrent.futures` gives threads and processes one interface: start there, then measure.
bandingkan-preset-scraping = Scraping 50 pages
bandingkan-preset-photos = Resizing 20 photos
bandingkan-preset-chat = Chat server, 1,000 connections
bandingkan-preset-report = Nightly report in the background
bandingkan-preset-mixed = Mixed
bandingkan-predict-title = Guess first: which model will be fastest for this workload?
bandingkan-model-sequential = Sequential
bandingkan-model-asyncio = asyncio
bandingkan-model-threading = threading (with the GIL)
bandingkan-model-threading-nogil = threading without the GIL (free-threaded)
bandingkan-model-multiprocessing = multiprocessing
bandingkan-model-celery = Celery
bandingkan-running = Running: { $model }
bandingkan-refused-loop = Not run: the CPU parts of all tasks ({ $ms }) would block this page's event loop in the asyncio pass for longer than the { $max } limit. Use fewer tasks or less CPU work per task.
bandingkan-results-title = Results per model (one scale)
bandingkan-result-time = { $ms } · { $ratio } vs sequential
bandingkan-result-startup = (including { $ms } to start { $n } Web Workers standing in for processes)
bandingkan-result-startup-celery = (including { $ms } to start the Celery node: { $n } Web Workers, the node and its children)
bandingkan-result-failed = did not run: { $why }
bandingkan-result-not-here = not run on this page
bandingkan-result-waiting = waiting for its turn…
bandingkan-result-idle = not measured yet
bandingkan-results-honest = Every time is measured in this run; speedup = sequential time divided by that model's time. Models run one at a time, so they do not disturb each other.
bandingkan-results-celery = **Celery** runs on the Celery page's engine: one node (`celery worker`) with `--concurrency` equal to the workers, a _prefork pool_ like multiprocessing but with every task going through the _broker_. Its time includes starting the node and its children (like starting `celery worker`) and every message back and forth between the _broker_ on this page, the node and its children (the broker's latency). It does not include a real network hop to Redis or RabbitMQ, which on a server adds a millisecond or more per message.
bandingkan-verdict-held = Your guess was right: { $predicted } was fastest, { $ms }.
bandingkan-verdict-tie = Your guess holds: { $predicted } took { $ms }, a tie with { $fastest } at { $best }; the gap is within measurement noise.
bandingkan-verdict-missed = Your guess missed this time: { $predicted } took { $ms }, { $ratio } slower than the fastest, { $fastest }, with { $best }.
bandingkan-advice-title = How to choose for this workload
bandingkan-advice-share = This workload is { $io } waiting for I/O and { $cpu } CPU work, with { $tasks } tasks ({ $ms } per task on average).
bandingkan-advice-fit-sequential = The total is tiny: just run it sequentially, since starting threads or processes costs more than it saves.
bandingkan-advice-fit-asyncio = Almost all waiting, and many tasks: **asyncio** waits for all of them at once on one thread without a thread per task, as long as the libraries support `async` (aiohttp or httpx, say).
bandingkan-advice-fit-threading = Almost all waiting, and few tasks: **threading** (a `ThreadPoolExecutor`, say) is simplest, since the GIL is released while waiting and blocking libraries work as they are; asyncio is as fast.
bandingkan-advice-fit-multiprocessing = Almost all pure-Python computing: **multiprocessing** uses many cores because each process has its own interpreter and GIL; threads under the GIL will not be faster, and a _free-threaded_ build can be an option.
bandingkan-advice-fit-mixed = Waiting and computing both matter: wait for I/O with asyncio or threads, and send the CPU part to **processes** (`loop.run_in_executor` with a `ProcessPoolExecutor`, say).
bandingkan-advice-fit-celery = Each task takes more than half a second on average: do not make a user wait for it. Send it to a task queue such as **Celery**, which runs it in the background, can retry it, and survives a Celery worker dying.
bandingkan-check-confirmed = The race on this device agrees: { $model } is among the fastest, { $ratio } vs sequential.
bandingkan-check-not-here = { $model } is not run on this page, so this race cannot prove it; the fastest model above shows what its work alone would take.
bandingkan-check-one-core = On this device { $fastest } won, not { $model }, but not because the advice was wrong: even threads without the GIL were no faster than one thread, so right now your device is giving this page no more than one core (busy, power saving, or a shared virtual machine). On such a device CPython cannot speed up CPU work with processes either; run it again when the device is quieter.
bandingkan-check-cores = On this device { $fastest } won, not { $model }: it has only { $cores } cores for { $workers } worker processes, so those processes take turns on the same cores.
bandingkan-check-startup = On this device { $fastest } won, not { $model }: the parallel work was as fast, but starting its Web Workers took longer than it saved. For small workloads, process start-up decides.
bandingkan-check-nogil = On this device { $fastest } won, not { $model }: without the GIL, threads use every core like processes do. In Python that needs a free-threaded build (3.13t and later), which many C-extension libraries do not support yet.
bandingkan-check-rounds = On this device { $fastest } beat { $model }: { $workers } threads can wait for only { $workers } of the { $tasks } tasks at once, so they wait in rounds, while the event loop waits for all of them together. With as many threads as tasks, the two nearly tie.
bandingkan-check-tie = On this device { $fastest } was a little faster than { $model }: both wait together, so for waiting alone the choice between them is more about libraries and code style than speed.
bandingkan-check-other = On this device { $fastest } won, not { $model }. A busy device, or only { $cores } cores, can flip a close result; run it again to see whether it holds.
bandingkan-check-queue = On this device { $fastest } won, not { $model }, and that is expected: a task queue does not make the work faster. Celery pays for starting its node and for every message's trip through the broker; what it buys is that no user waits, tasks can be retried, and workers can be added on other machines.
bandingkan-timeline-title = Every model's timeline on one time axis
bandingkan-legend-total = how long this model ran
bandingkan-legend-startup = starting processes or nodes (Web Workers, measured)
bandingkan-table-title = A summary to keep
bandingkan-table-head = Situation | Choose | Python on many cores? | Shares memory? | Start-up cost | Main trap
bandingkan-table-row-1 = Thousands of network connections | asyncio | No (one thread) | Yes | Tiny | One blocking call freezes everything
bandingkan-table-row-2 = A few I/O waits, blocking libraries | threading | No, because of the GIL | Yes | Small | _Race conditions_; the GIL for pure-Python CPU work
bandingkan-table-row-3 = CPU work in C libraries (NumPy, `hashlib`, `zlib`) | threading | Yes, the library releases the GIL | Yes | Small | Only while the C code has released the GIL
bandingkan-table-row-4 = Pure-Python CPU work | multiprocessing | Yes | No (data is copied) | Large | The `__main__` guard, _pickling_, tasks that are too small
bandingkan-table-row-5 = CPU work, threads without the GIL | a _free-threaded_ build | Yes | Yes | Small | Libraries not ready yet; _race conditions_ become more frequent
bandingkan-table-row-6 = Background jobs, retries, many machines | Celery | Yes (many processes, many machines) | No (through the _broker_) | Large | Tasks must be idempotent; `acks_late`; _prefetch_
bandingkan-libs-title = Other libraries
bandingkan-libs-1 = `concurrent.futures`: one interface (`ThreadPoolExecutor`, `ProcessPoolExecutor`) for threads and processes; a good start before choosing anything else.
bandingkan-libs-2 = aiohttp / httpx: HTTP clients (and a server, for aiohttp) that support `async`, so asyncio really waits together.
bandingkan-libs-3 = trio / anyio: another style of `async` code with structured concurrency; anyio runs on asyncio as well as trio.
bandingkan-libs-4 = joblib: `Parallel(n_jobs=…)` for simple CPU loops, popular alongside scikit-learn.
bandingkan-libs-5 = Dask / Ray: spread big computations over many cores or many machines, with their own schedulers.
bandingkan-libs-6 = gevent: _green threads_ that swap blocking standard-library calls so old code waits together without `async`.
bandingkan-docs = Official documentation:
bandingkan-code-title = Each model's Python program
bandingkan-code-sequential = Every program in the other tabs first measures its sequential version (the `serial = …` line, or one task after another), then compares it with the concurrent one.
bandingkan-code-asyncio = The asyncio page's program. There the CPU work is a busy loop of `CPU_MS`; on this page the coroutines compute the same calibrated units of work as the workers.
bandingkan-code-nogil = The same program as the threading tab. Without the GIL, run it with a free-threaded build: `python3.13t -X gil=0 program.py`.
bandingkan-code-mp = The multiprocessing page's program, with an I/O wait before each task's CPU part. There, arguments and results really are pickled between processes; on this page they are not.
bandingkan-code-celery = The Celery page's `tasks.py` for the same workload, with one node and `--concurrency` equal to the workers: this is what the Celery row above runs (the Celery page's own form allows at most 8 children per node). Here the settings are Celery's defaults: early ack, prefetch 4, no failures, no crash.
bandingkan-code-celery-worker = Start its worker with:

## Python program (comments and labels inside the code)

py-run-with = run with: python3 program.py
py-same-waits = Each task's wait, exactly as in the demo on the page.
py-cpu = CPU work with no await inside: while it runs, the event loop is busy too.
py-blocking = blocks the whole event loop!
py-done = done
py-timed-out = timed out
py-elapsed = elapsed
py-skip = You need not read this part: the same random generator as the page, so every task gets exactly the same time.
py-same-cpu = Each task's CPU work, exactly as in the demo on the page.

## Running a demo (shared)

run = Run
cancel = Cancel
run-status-idle = Ready to run.
run-status-running = Running…
run-status-done = Done.
run-status-cancelled = Cancelled.
run-status-refused = Not run.
run-phase-queued = Waiting for another run to finish…
run-phase-workers = Preparing { $n } Web Workers…
run-phase-calibrating = Calibrating: measuring one core's speed…
run-phase-pass = Step { $i } of { $n }: { $label }
run-refused = This run would take about { $ms }, longer than our limit ({ $max }). Lower the number of tasks, the CPU work per task, or the number of threads or processes measured.
run-error-unavailable = Web Workers are not available on this page (it is not cross-origin isolated), so parallel work cannot run. See the browser capability panel below.
run-error-workers = The browser refused to start the Web Workers: { $reason }
run-error-lost = A Web Worker stopped without an answer, so this run was stopped. Try again; fresh Web Workers will be prepared.
run-honest = Times are measured inside each Web Worker with one clock shared by all of them (performance.timeOrigin + performance.now()).
preset-title = Example situations:
behind-title = Behind the scenes: how the browser plays Python's part
example-title = A minimal example
example-code-title = Example program
predict-title = Predict first
predict-intro = Pick your answer, then press the button below it. The page sets the demo's parameters, runs it in your browser, and tells you whether your prediction held.
predict-run = Run and check
predict-pick-first = Pick an answer first.
predict-held = Your prediction held.
predict-missed = Your prediction missed.
predict-answer = The answer that held: “{ $answer }”.
myth-title = Common misconceptions
myth-intro = Things people often believe, each with a demo that disproves it.
myth-try = Show me
myth-set = The parameters are set. Press the demo's run button to see the proof.
summary-title = Summary
docs-title = Official Python documentation:
docs-concurrency = Concurrent Execution
docs-asyncio = asyncio: Asynchronous I/O
docs-threading = threading: Thread-based parallelism
docs-multiprocessing = multiprocessing: Process-based parallelism
docs-title-celery = Official Celery documentation:
docs-celery-first-steps = First Steps with Celery
docs-celery-tasks = Tasks
docs-celery-optimizing = Optimizing (prefetch limits)
docs-concurrent-futures = concurrent.futures: Launching parallel tasks
python-title = The equivalent Python program
code-copy = Copy code
code-copied = Code copied.
code-copy-failed = The browser did not allow copying automatically. Select the code and copy it by hand.
timeline-title = Timeline of the run that just happened
timeline-table = Show the timeline as a table
timeline-table-caption = Times in milliseconds since the run started. With many tasks, each row sums up a group of consecutive tasks.
col-tasks = Tasks
col-outcome = Outcome
lane-loop = event loop
phase-busy = event loop busy (running task code)
phase-queued = queued (not started yet)
phase-waiting = waiting for I/O (await)
phase-blocking = blocking (time.sleep)
phase-running = CPU work
outcome-done = done
outcome-timed-out = timed out
outcome-cancelled = cancelled

## asyncio demo

asyncio-preset-http = 100 HTTP requests
asyncio-preset-bot = A bot replying to messages
asyncio-preset-blocking = One blocking call
asyncio-refused = This run would freeze the page for about { $ms }, longer than our limit ({ $max }). Blocking calls and CPU work run on this page's only thread, exactly as in asyncio. Lower the number of tasks, the wait or the CPU work.
asyncio-live = { $elapsed } elapsed · { $ended } of { $tasks } tasks ended
asyncio-lag-now = Event-loop lag right now: { $lag } (largest: { $max })
asyncio-result-wall = The run with { $tasks } tasks ended in { $ms } (measured).
asyncio-result-counts = Done: { $done } · timed out: { $timedout } · cancelled: { $cancelled }
asyncio-result-sequential = One after another: { $ms } (computed from the sum of all waits and CPU work, not run). This run was { $ratio } faster than that.
asyncio-result-lag = Largest event-loop lag during the run: { $ms } (measured with a tick every 10 ms).
asyncio-result-honest = Every time above was measured in your browser with performance.now(), except the one marked “computed”.
py-mp-calibrate = How many units of work one core does per millisecond on this machine, so CPU_MS really means milliseconds.
py-mp-calibrate-picture = Pixels per millisecond on this machine, measured on one small whole picture as the page does, so the average task takes CPU_MS.
py-mp-startup = This time includes starting the worker processes: real overhead.
py-mp-one-process = 1 process
py-mp-processes = processes
py-mp-speedup = speedup
py-mp-strips = The picture is cut into TASKS horizontal bands, as on the page; task i computes band i.

## multiprocessing demo

mp-preset-images = Process 8 images in pure Python
mp-preset-primes = Count primes
mp-preset-tiny = Too many tiny tasks
mp-sweep = Sweep 1…{ $n } worker processes
mp-running = Running with { $n } worker processes…
mp-result-speedup = Speedup { $ratio } with { $n } worker processes (measured).
mp-result-times = 1 worker process: { $base } · { $n } worker processes: { $ms } (both measured in this run).
mp-result-calibration = This device's calibration: 1 ms of one core's work ≈ { $rate } { $unit }.
mp-result-same = The parallel result is exactly the one-process result.
mp-result-different = Warning: the parallel result differs from the one-process result.
mp-result-capped = The picture is capped at { $max } pixels, so each task does less work than asked.
mp-result-started = Starting { $n } worker processes took { $ms } (measured when this page needed them). Python also pays to start its processes before the first task runs; in the browser this cost is smaller (see “Behind the scenes”).
mp-result-amdahl = Amdahl's law, S(n) = 1 / (f + (1 − f) / n), fits best with a sequential part f = { $f } (computed from the sweep's measurements).
mp-unit-primes = numbers checked
mp-unit-mandelbrot = Mandelbrot pixels
mp-unit-hash = hash rounds
mp-lane-baseline = 1 worker process
mp-legend-baseline = run with 1 worker process (the baseline)
mp-legend-chunk = chunk of tasks done by a worker process
mp-chart-title = Measured speedup against the ideal line and Amdahl's law
mp-chart-x = number of worker processes
mp-chart-measured = measured
mp-chart-ideal = ideal (n×, at most the number of cores)
mp-chart-amdahl = Amdahl, sequential part { $f }
mp-picture = The Mandelbrot set; each band is tinted by the worker process that computed it.
py-th-switch = The GIL's switch interval (sys.setswitchinterval), in seconds.
py-th-cpu = CPU work in pure Python: the thread must hold the GIL while this runs.
py-th-sequential = sequential
py-th-threaded = with threads
py-th-race-call = This call is deliberate: a call is where CPython checks for a GIL switch request, so another thread can cut in between the read and the write.
py-th-race-lost = lost updates
py-th-io = I/O: the GIL is released while waiting
py-th-needs-gil = CPU: needs the GIL

## threading demo

th-preset-download = Download 8 files
th-preset-cpu = Heavy computing with 4 threads
th-preset-mixed = Mixed I/O and CPU
th-running-sequential = Running every task in a row on 1 thread…
th-running-threaded = Running with { $n } threads…
th-result-speedup = Speedup { $ratio } with { $n } threads (measured).
th-result-times = Sequential: { $seq } · with threads: { $ms } (both measured in this run).
th-result-gil = The GIL changed hands { $switches } times; total time threads waited for the GIL: { $waited }.
th-result-free = Without the GIL: the threads run Python code in parallel.
th-legend-gil = GIL holder (one shade per thread)
th-legend-running = running Python code
th-legend-wait = waiting for the GIL
th-legend-io = waiting for I/O (GIL released)
race-title = Race-condition lab
race-intro = Each thread adds to one shared counter many times, in three steps: read the value, add 1 through a function call, then write it back. The function call is put in the middle on purpose so the bug shows, as the race-condition section explains. The lab uses the GIL and switch-interval settings of the form above.
race-params-title = Lab parameters
race-run = Run the lab
race-python-title = The Python program for this lab
race-result = Expected { $expected }, got { $actual }: { $lost } lost updates.
race-detail = Measured in { $ms }; the GIL changed hands { $switches } times.
race-why-lost = A thread read the value and was interrupted before it could write. While it waited, the other threads kept adding. When the first thread finally wrote its old value + 1, every increment the others made during that pause was erased. Under the GIL such switches are rare but costly: one switch landing between a read and a write can erase thousands of increments. Without the GIL, threads run at the same time, so collisions are far more frequent, but each one usually erases only one or a few increments.
race-why-locked = With a lock, no other thread can enter the read–add–write steps until the thread holding the lock has finished them, so the count is exact.
race-why-lucky = No update was lost this time: no switch landed between a read and a write. That is luck, not a guarantee. Raise the increments or lower the switch interval and try again.

## Slow motion (replay) and trace files: the same for every demo.
replay-title = Slow motion
replay-intro = Replay the run that just happened, step by step. Each step is a decision recorded while the run went on, not a new simulation.
replay-capped = This run was long: only its first { $kept } steps were kept; recording stopped there so it would not change what was measured.
replay-back = ◀ Back
replay-play = ▶ Play
replay-pause = ❚❚ Pause
replay-step = Step ▶
replay-speed = Speed
replay-scrubber = Replay position
replay-position = Step { $step } of { $steps } · { $at }
replay-start = Before the first step. Press Step or Play.
replay-row-running = Running
replay-row-ready = Ready queue
replay-row-timers = Timers (nearest deadline first)
replay-row-semaphore = Waiting for the semaphore
replay-row-ended = Done / timed out / cancelled
replay-export = Download trace (JSON)
replay-open = Open a trace file:
replay-open-not-json = This file is not JSON we can read (or it is too big). Pick a file from the Download trace button.
replay-open-no-events = This file is JSON but holds no trace events ("traceEvents" with "ph": "X").
replay-open-too-many-lanes = This file has too many lanes to draw.
replay-opened = Trace from the { $page } page: { $lanes } lanes, { $spans } segments.
replay-opened-link = Open the demo with the same parameters
replay-opened-title = Timeline of the opened trace file
replay-opened-more = Only the first { $shown } lanes are drawn.
replay-asyncio-created = gather wraps coroutine { $task } in a task; it joins the ready queue.
replay-asyncio-resumed = The event loop takes coroutine { $task } from the ready queue and runs it.
replay-asyncio-sleep = Coroutine { $task } awaits asyncio.sleep until { $at }; the event loop is free for other coroutines.
replay-asyncio-semaphore = Coroutine { $task } waits for a semaphore permit; the event loop is free for other coroutines.
replay-asyncio-woken = What coroutine { $task } awaited is ready; it goes back to the ready queue.
replay-asyncio-done = Coroutine { $task } is done.
replay-asyncio-timed-out = Coroutine { $task } was stopped by wait_for: its time limit ran out.
replay-asyncio-cancelled = Coroutine { $task } was cancelled.
replay-lane-task = coroutine { $n }
replay-lane-thread = thread { $n }
replay-lane-worker = worker process { $n }
replay-lane-node = worker node { $n }
replay-row-holder = GIL holder (since)
replay-row-gil-waiting = Waiting for the GIL (since)
replay-row-drop-request = Drop request (waiter → holder)
replay-row-switches = GIL switches
replay-row-python = Running Python code
replay-row-io = Waiting for I/O (GIL released)
replay-gil-asked = Thread { $thread } asks for the GIL at { $at }, but the GIL is not free, so it waits in line.
replay-gil-took = Thread { $thread } holds the GIL from { $at }.
replay-gil-drop-request = Thread { $waiter } has waited a whole switch interval and asks for the GIL to be dropped; thread { $holder } sees the request at its next check point and drops the GIL.
replay-gil-released = Thread { $thread } releases the GIL at { $at }.
replay-thread-running = Thread { $thread } runs the Python code of task { $task }.
replay-thread-gil-wait = Thread { $thread } waits for the GIL for task { $task }.
replay-thread-io = Thread { $thread } waits for the I/O of task { $task }; the GIL is free for other threads.
replay-thread-idle = Thread { $thread } is done with task { $task }.
replay-row-mp-current = Chunk in progress (worker process: tasks)
replay-row-mp-queue = Chunks left in the queue
replay-row-mp-finished = Chunks done
replay-mp-queued = Pool.map splits { $tasks } tasks into { $chunks } chunks of { $chunksize } tasks and queues them.
replay-mp-took = Worker process { $worker } takes chunk { $chunk } (tasks { $first }–{ $last }) from the queue.
replay-mp-finished = Worker process { $worker } finishes chunk { $chunk } and sends its results back.
replay-row-ce-queue = Queue at the broker (↺ = redelivered)
replay-row-ce-reserved = Reserved per node (not started)
replay-row-ce-active = Running per node
replay-row-ce-acks = Acks / redeliveries
replay-row-ce-ended = SUCCESS / RETRY / FAILURE
replay-ce-published = The producer calls .delay(): task { $task }'s message joins the broker's queue.
replay-ce-republished = Task { $task } schedules retry { $retries }: its new message joins the queue with an ETA.
replay-ce-delivered = The broker delivers task { $task }'s message to node { $node }; it is not acked yet.
replay-ce-redelivered = The broker delivers task { $task }'s message again, to node { $node }.
replay-ce-acked = Node { $node } acknowledges (acks) task { $task }'s message: the broker deletes it.
replay-ce-requeued = Task { $task }'s message, held by node { $node } and not acked, goes back to the broker's queue.
replay-ce-received = Node { $node } receives task { $task } (task-received) and reserves it.
replay-ce-started = Child { $child } on node { $node } starts running task { $task } (task-started).
replay-ce-success = Task { $task } finished on node { $node }: SUCCESS.
replay-ce-retry = Task { $task } raised on node { $node }: RETRY.
replay-ce-failure = Task { $task } failed on node { $node }: FAILURE.
replay-ce-rejected = The child on node { $node } died while running task { $task }: its message is rejected and put back in the queue.
replay-ce-revoked = Task { $task } is revoked on node { $node }.
replay-ce-node-down = Node { $node } dies with its children; what it had not acked will be redelivered by the broker.
bandingkan-replay-model = Replay the model:
replay-asyncio-partial = This run is big: only the first { $watched } of { $tasks } coroutines were recorded, so recording would not change the measured time.
race-lost-log = See the first { $n } lost updates, as recorded while the run went on
race-lost-one = { $at }: thread { $thread } read { $read } and was switched out; when it wrote { $wrote }, the counter already held { $before }, so { $erased } increments by other threads were erased.
race-lost-unwatched = Without the GIL, threads truly overlap and there is no switch to observe. Recording every write would change the race itself, so only the count is shown.
