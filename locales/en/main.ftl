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

demo-soon-title = Live demo coming soon
demo-soon-body = We are building the demo for this page. The parameters above can already be changed and travel in the share link, so a link you share now will keep working later.

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

## Browser capability panel

cap-title = What this browser can do
cap-isolated-yes = This page is cross-origin isolated: shared memory for threads is available.
cap-isolated-no = This page is not cross-origin isolated, so the browser turns shared memory (SharedArrayBuffer) off.
cap-cores = The browser reports { $n } processor cores.
cap-pool-idle = No Web Workers are running: they start on the pages that need them (threading, multiprocessing), or when you press the test button below.
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
    On the asyncio, threading and multiprocessing pages, the explanation sits next to a demo that
    runs in your browser. Change the parameters, press **Run**, and see on the timeline what actually
    happened. The **Compare** page helps you pick the right approach.
beranda-prose-12 =
    Keep in mind that the browser is not CPython. Here _Web Workers_ play the threads and the
    processes, and the code that runs is Rust compiled to WebAssembly. Each page explains where the
    browser behaves like Python and where it differs.

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
asyncio-prose-8 =
    In the browser, this page has an event loop too. Every `await` in the Rust code that has to wait,
    for example for a timer, hands control to the browser's event loop, as in asyncio. The difference
    is that the browser's loop also has to paint the page, so a blocking task here freezes the
    display as well.
asyncio-prose-9 = ## Cancellation
asyncio-prose-10 =
    Cancelling a task in asyncio means throwing `CancelledError` into the coroutine at the `await`
    where it is waiting. So cancellation can only happen while the coroutine waits: a coroutine
    running `time.sleep` or a heavy computation cannot be stopped until that call returns. The same
    holds for `asyncio.wait_for`: its timeout can only act once the event loop gets its turn again.
asyncio-prose-11 = ## How to read this demo
asyncio-prose-12 =
    - The **event loop** row shows when the loop was busy running task code (CPU work or a blocking call). While that row is empty, the loop is free to serve other tasks.
    - Each following row is one task (or a group of tasks when there are many): grey before it starts, light blue while it waits for I/O with `await`, orange while it blocks, dark blue while it works on the CPU.
    - The **event-loop lag** is measured by a tick that asks for a turn every 10 ms. If that tick is 300 ms late, nothing could run for 300 ms, including this page's display.
asyncio-prose-13 =
    Like asyncio, this demo keeps every `sleep` deadline in one queue ordered by time, and sets a
    single browser timer for the earliest one. That is why 10,000 tasks waiting 100 ms can finish
    in not much more than 100 ms. The difference from Python: the waits here are browser timers,
    not network requests, and the task code is Rust compiled to WebAssembly.

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
    write and 40–70% of the updates are lost; on a _free-threaded_ build, collisions can happen
    anywhere. The fix is a lock such as `threading.Lock`, which makes sure only one thread runs that
    section at a time.
threading-prose-10 =
    On this page, each Python thread is played by a _Web Worker_ sharing WebAssembly memory, and the
    GIL is a lock in that shared memory. The code that runs is Rust, not Python bytecode, but the
    GIL's rules follow CPython.
threading-prose-11 = ## How to read this demo
threading-prose-12 =
    - The **GIL** row shows who holds the GIL over time; every change of shade is one hand-over.
    - Each thread has its own row: dark blue while running Python code (holding the GIL), yellow while waiting for the GIL, light blue while waiting for I/O (GIL released).
    - Each task is an I/O part (say, a download) then a CPU part (processing the result). The sequential time and the threaded time are both measured in the same run.
threading-prose-13 =
    Try the **Mixed I/O and CPU** example: a thread that just finished its I/O must queue again for
    the GIL behind the threads that are computing, sometimes for a whole switch interval. That is
    the _convoy effect_: CPU work slows down the threads that only want to get back to waiting on
    I/O quickly.

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
multiprocessing-prose-7 =
    The browser has no operating-system processes. On this page each worker process is played by a
    _Web Worker_, and they all share one WebAssembly memory: much like threads without a GIL, and
    with no pickling. So the _overhead_ here is smaller than in Python, but the shape of the curve
    is the same.
multiprocessing-prose-8 = ## More worker processes than cores
multiprocessing-prose-9 =
    You may start more worker processes than there are processor cores. The operating system (here:
    the browser) then takes turns sharing the cores among them, so the speedup stops at the number of
    cores and drops a little from the cost of switching. Try the **Sweep** button with more worker
    processes than your device has cores: the measured points flatten out.
multiprocessing-prose-10 = ## How to read this demo
multiprocessing-prose-11 =
    - **Calibration**: before the first run, the page measures how much work one core finishes in 1 ms on your device. So `cpu_ms=100` means 100 ms of one core's work, not simply waiting 100 ms.
    - **Baseline**: the same workload runs first with 1 worker process, then with the number of worker processes you chose. The speedup is the ratio of those two measured times.
    - **Timeline**: the first row is the run with 1 worker process; the next rows are each worker process of the parallel run, with the chunks of tasks it did. Times are recorded inside each worker process, on one clock shared by all of them.
    - **Mandelbrot**: each task computes one horizontal band of the picture. Bands through the middle of the set are far heavier than bands at the edge, so the load between processes is uneven; watch how that lowers the speedup.
multiprocessing-prose-12 =
    Before measuring, the page runs a short untimed warm-up. The browser recompiles frequently used
    WebAssembly code into a faster version, and without a warm-up the first run would look slower
    than it should. The Python program below calibrates itself too, but its times include starting
    the worker processes, because that is a real cost in Python. For Mandelbrot, that program cuts
    the picture into the same bands as this page, and its calibration draws one small whole picture,
    so the average time per task comes close to `CPU_MS`.

## Celery

celery-title = Celery
celery-lead = A task queue, a broker and Celery workers in the background.
celery-prose-1 =
    Celery is a library for running tasks asynchronously outside the application's main flow, such
    as queue processing or background jobs. The application sends tasks to Celery _workers_,
    programs that run separately, and carries on with its own work.
celery-prose-2 = ## Broker, Celery workers and the result backend
celery-prose-3 =
    - The application calls `task.delay(...)`: a message with the task's name and arguments goes to the _broker_ (for example Redis or RabbitMQ).
    - A Celery worker takes the message from the queue, runs the task, then acknowledges (_ack_) that the message was handled.
    - The result is stored in the _result backend_, and the application can ask for the task's state: PENDING, STARTED, SUCCESS, FAILURE or RETRY.
celery-prose-4 =
    If a Celery worker dies before it sends the _ack_, the broker delivers the message again to
    another worker. A failed task can be retried with a growing delay (_backoff_). So Celery tasks
    should be idempotent: safe to run more than once.
celery-prose-5 =
    In real life the broker is a server of its own, and Celery workers may run on different machines
    from the application that sends the tasks.
celery-preset-email = Send 100 emails
celery-preset-images = Process image uploads
celery-preset-crash = A worker dies mid-run
celery-preset-prefetch = Prefetch hoards tasks
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
bandingkan-lead = Which approach to use when.
bandingkan-prose-1 =
    The choice between threading, multiprocessing, asyncio or another library depends on the kind of
    tasks you handle and on what your application needs. This page sums up when each approach fits,
    with CPython measurements for reference.
bandingkan-prose-2 = ## How to choose
bandingkan-prose-3 =
    - Lots of waiting on the network, with thousands of connections: **asyncio**.
    - Waiting on I/O with libraries that do not support `async`: **threading**.
    - Heavy computing in pure Python on one machine: **multiprocessing** (or, with care, a _free-threaded_ build).
    - Computing inside C libraries that release the GIL, such as NumPy, `hashlib` or `zlib`: even **threading** runs in parallel.
    - Background work that must survive failures, be retried, or spread over many machines: **Celery**.
bandingkan-prose-4 =
    For reference, we ran `bench/cpython/compare.py` from this project's repository with CPython
    3.11.7 and 3.13.0 on our test machine: Linux, a two-core AMD EPYC processor that was also running
    other jobs at the time. Each figure is the sequential time divided by the concurrent time, each
    the best of three runs. For I/O waits the results are steady: four threads were 3.7–4.0× faster
    than one thread, and four asyncio tasks 3.9–4.0×. Four threads computing in pure Python never
    used more than one core at a time (0.56–1.00 cores on average), because of the GIL. The speedup
    of two processes depends on idle cores: an earlier measurement with CPython 3.11, on this machine
    while it was quiet, found 1.93×, while our re-measurement, with both cores also busy, found only
    0.8–1.8×. The demo figures on the other pages come from your own browser.

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
run-phase-workers = Preparing { $n } workers…
run-phase-calibrating = Calibrating: measuring one core's speed…
run-phase-pass = Step { $i } of { $n }: { $label }
run-refused = This run would take about { $ms }, longer than our limit ({ $max }). Lower the number of tasks, the CPU work per task, or the workers measured.
run-error-unavailable = Workers are not available on this page (it is not cross-origin isolated), so parallel work cannot run. See the browser capability panel below.
run-error-workers = The browser refused to start the workers: { $reason }
run-error-lost = A worker stopped without an answer, so this run was stopped. Try again; fresh workers will be prepared.
run-honest = Times are measured inside the workers with one clock shared by all of them (performance.timeOrigin + performance.now()).
preset-title = Example situations:
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
mp-result-started = Starting { $n } worker processes took { $ms } (measured when this page needed them). Python also pays to start its processes before the first task runs; here they are Web Workers, which start faster than operating-system processes.
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
race-why-locked = With a lock, the read–add–write steps are never interrupted by another thread, so the count is exact.
race-why-lucky = No update was lost this time: no switch landed between a read and a write. That is luck, not a guarantee. Raise the increments or lower the switch interval and try again.
