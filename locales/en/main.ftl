# Lab Konkurensi — English text (the toggle). Every key here must exist in id/main.ftl too
# (tests/locales.rs). Prose markup: `code`, _term_, **strong**, "## " headings, "- " lists.

## App shell

app-title = Lab Konkurensi
app-tagline = Learn concurrency in Python through demos that really run in your browser.
skip-to-content = Skip to content
nav-label = Pages
nav-beranda = Home
nav-asyncio = asyncio
nav-threading = threading
nav-multiprocessing = multiprocessing
nav-celery = Celery
nav-bandingkan = Compare
lang-switch = Bahasa Indonesia
lang-switch-label = Switch the language to Indonesian
explanation-title = Explanation
demo-title = Live demo
footer-text = Every number on this page comes from a real run in your browser, or is clearly labelled as a model.

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
param-workers = Number of workers
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
notice-too-long = This link is too long, so we cut it: only its first { $read } characters were read and the rest was ignored.
notice-too-many = This link holds too many parameters, so we cut it: only the first { $read } were read and the rest were ignored.
notice-more = …and { $count } more.

## Browser capability panel

cap-title = What this browser can do
cap-isolated-yes = This page is cross-origin isolated: shared memory for threads is available.
cap-isolated-no = This page is not cross-origin isolated, so the browser turns shared memory (SharedArrayBuffer) off.
cap-cores = The browser reports { $n } processor cores.
cap-pool-starting = The thread pool is starting…
cap-pool-ready = Thread pool ready: { $n } workers, started in { $ms }.
cap-pool-unavailable = The thread pool is not available, so the parallel demos (threading, multiprocessing, Celery) cannot run here. The asyncio demo and all explanations still work.
cap-pool-failed = The thread pool failed to start: { $reason }
cap-why =
    Browsers only give shared memory to a page served with two HTTP headers:
    `Cross-Origin-Opener-Policy: same-origin` and `Cross-Origin-Embedder-Policy: require-corp`.
    Run `make serve`, or serve the `dist/` folder with a server that sends both headers
    (for example `node scripts/serve.mjs dist`).
cap-smoke-run = Test the thread pool
cap-smoke-running = Counting primes on every worker…
cap-smoke-done = Test done: { $primes } primes below { $limit }, counted by { $used } workers in { $ms }.
cap-smoke-failed = The test failed: { $reason }

## Home

beranda-title = Concurrency in Python
beranda-lead = How a program does many things at once, and when that really makes it faster.
beranda-prose-1 = ## What is concurrency?
beranda-prose-2 = **Concurrency** is a way of structuring a program so that several tasks run at the same time,
    or _seem_ to. While one task waits for an answer from the internet or from disk, another task
    can make progress. The program does not have to finish one task before starting the next.
beranda-prose-3 =
    Picture a barista. While the machine brews the first coffee, she takes the second order and
    steams milk for the third. She only has two hands, but no time is lost to waiting. That is
    concurrency.
beranda-prose-4 = ## Concurrency is not parallelism
beranda-prose-5 = **Parallelism** means several tasks really run at the same moment, on different processor
    cores. In the example, parallelism means two baristas. Concurrency is about _structuring_ the
    work; parallelism is about _executing_ it at once. A concurrent program can run on one core;
    parallelism needs more than one.
beranda-prose-6 = ## I/O-bound or CPU-bound?
beranda-prose-7 =
    - _I/O-bound_: a task that spends most of its time waiting, for example fetching data from the internet, reading or writing files, or querying a database. The processor is almost idle while it waits.
    - _CPU-bound_: a task that is busy computing, for example compressing images, counting primes or training a model. The processor works flat out the whole time.
beranda-prose-8 =
    The kind of task decides the right approach. Waiting can be done together by one core;
    computing only gets faster by adding cores that work in parallel.
beranda-prose-9 = ## A map of the four approaches in Python
beranda-prose-10 =
    - **asyncio**: one _event loop_ runs many coroutines with `async`/`await`. Very cheap for I/O-bound tasks such as web servers and bots.
    - **threading**: several _threads_ in one process share memory, but the GIL (_Global Interpreter Lock_) lets only one thread run Python code at a time. Good for I/O-bound work, less effective for CPU-bound work.
    - **multiprocessing**: several processes, each with its own Python interpreter and GIL, so CPU-bound tasks can run truly in parallel.
    - **Celery**: a library for sending tasks to a queue; _workers_ running separately (even on other machines) pick them up and do them in the background.
beranda-prose-11 =
    Every page of this lab puts an explanation next to a demo that really runs in your browser.
    Change the parameters, press **Run**, and look at the timeline of what actually happened.
    The **Compare** page runs one workload under every approach at once.
beranda-prose-12 =
    An honest note: the browser is not CPython. Here _Web Workers_ play the threads and the
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
    A function written with `async def` is a _coroutine_: a function that can stop halfway and be
    resumed later. Each time a coroutine writes `await`, it hands control back to the event loop.
    The loop then runs another coroutine that is ready, and returns to the first one when the thing
    it waited for is done.
asyncio-prose-4 =
    That is why waiting costs almost nothing: 10,000 coroutines that each wait 100 ms finish in
    not much more than 100 ms, not 1,000 seconds. They all wait together on one thread.
asyncio-prose-5 = ## One blocking call freezes everything
asyncio-prose-6 =
    The event loop can only switch tasks at an `await`. If a coroutine calls something that blocks,
    such as `time.sleep` or a heavy computation, no other task can run until that call returns.
    Use `await asyncio.sleep`, I/O libraries that support `async`, or move heavy work to another
    thread or process.
asyncio-prose-7 =
    - `asyncio.gather` runs many coroutines together and waits for all of them.
    - `asyncio.Semaphore` limits how many tasks may run at once, for example so the target server is not overwhelmed.
    - `asyncio.wait_for` sets a _timeout_; a task that exceeds it is cancelled.
asyncio-prose-8 =
    In the browser, this page has an event loop too: every `await` in the Rust code hands control to
    the browser's event loop, exactly as in asyncio. The difference is that the browser's loop also
    has to paint the page, so a blocking task here freezes the display as well.
asyncio-prose-9 = ## Cancellation
asyncio-prose-10 =
    Cancelling a task in asyncio means throwing `CancelledError` into the coroutine at the `await`
    where it is waiting. So cancellation can only happen at an `await`: a coroutine running
    `time.sleep` or a heavy computation cannot be stopped until that call returns. The same holds
    for `asyncio.wait_for`: its timeout can only act once the event loop gets its turn again.
asyncio-prose-11 = ## How to read this demo
asyncio-prose-12 =
    - The **event loop** row shows when the loop was busy running task code (CPU work or a blocking call). While that row is empty, the loop is free to serve other tasks.
    - Each following row is one task (or a group of tasks when there are many): grey before it starts, light blue while it waits for I/O with `await`, orange while it blocks, dark blue while it works on the CPU.
    - The **event-loop lag** is measured by a tick that asks for a turn every 10 ms. If that tick is 300 ms late, nothing could run for 300 ms, including this page's display.
asyncio-prose-13 =
    Like asyncio, this demo keeps every `sleep` deadline in one queue ordered by time, and sets a
    single browser timer for the earliest one. That is why 10,000 tasks waiting 100 ms can finish
    in not much more than 100 ms. The difference from Python: the waits here are real pauses in
    the browser, not network requests, and the task code is Rust compiled to WebAssembly.

## threading

threading-title = threading
threading-lead = Threads that share memory and take turns holding the GIL.
threading-prose-1 =
    The `threading` module creates several _threads_ that run at the same time inside one process.
    The threads share main memory, so exchanging data is easy. But in CPython the GIL
    (_Global Interpreter Lock_) lets only one thread run Python code at a time.
threading-prose-2 = ## Why does the GIL exist?
threading-prose-3 =
    The GIL protects the interpreter's internal data structures, such as every object's reference
    count, with one big lock. That is simple and fast for single-threaded programs, but it means the
    CPU work of several threads never runs in parallel.
threading-prose-4 =
    - A thread must hold the GIL to run Python code (the CPU part of a task).
    - While it waits for I/O, a thread releases the GIL, so other threads can run.
    - A thread waiting for the GIL asks the holder to drop it; the holder drops it after the _switch interval_, 5 ms by default (`sys.setswitchinterval`).
threading-prose-5 =
    So threading suits I/O-bound tasks (four waiting threads can be almost four times faster), but
    is less effective for CPU-bound tasks (four computing threads are no faster than one).
threading-prose-6 = ## Python without the GIL
threading-prose-7 =
    Since Python 3.13 there is a _free-threaded_ build (no GIL, PEP 703), for example `python3.13t`.
    There, threads can run Python code in parallel on several cores.
threading-prose-8 = ## Race conditions and locks
threading-prose-9 =
    Sharing memory has a price. `counter += 1` is not one step but three: read, add, write. If another
    thread cuts in between, one increment is lost. That is a _race condition_. A `threading.Lock`
    (a _lock_) makes sure only one thread runs that section at a time.
threading-prose-10 =
    On this page, each Python thread is played by a real _Web Worker_ sharing WebAssembly memory, and
    the GIL is a real lock in that shared memory. The code that runs is Rust, not Python bytecode,
    but the GIL's rules follow CPython.
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
multiprocessing-lead = Several processes, several cores, real parallelism.
multiprocessing-prose-1 =
    The `multiprocessing` module creates several processes that run at the same time. Each process
    has its own Python interpreter, and the GIL does not apply between processes. That makes
    multiprocessing suited to CPU-bound tasks that need true parallel processing.
multiprocessing-prose-2 = ## Speedup and Amdahl's law
multiprocessing-prose-3 =
    The _speedup_ is the time with one worker divided by the time with many workers. With two cores
    the best possible speedup is 2.0×. Any part of the program that stays sequential limits it;
    that is Amdahl's law.
multiprocessing-prose-4 = ## Overhead
multiprocessing-prose-5 =
    New processes are not free. Python has to start a new interpreter and send every task and its
    result through _pickle_. For very small tasks this _overhead_ can exceed the work itself, so the
    parallel version ends up slower. The `chunksize` parameter reduces the cost by sending several
    tasks at once.
multiprocessing-prose-6 =
    The browser has no operating-system processes. This page uses _Web Workers_ that share one
    WebAssembly memory: much like threads without a GIL, and with no pickling. So the overhead here
    is smaller than in Python, but the shape of the curve is the same.
multiprocessing-prose-7 =
    Do not use multiprocessing for I/O-bound tasks: threads or asyncio wait at a much lower cost.
multiprocessing-prose-8 = ## More workers than cores
multiprocessing-prose-9 =
    You may start more workers than there are processor cores. The operating system (here: the
    browser) then takes turns sharing the cores among them, so the speedup stops at the number of
    cores and drops a little from the cost of switching. Try the **Sweep** button with more workers
    than your device has cores: the measured points flatten out.
multiprocessing-prose-10 = ## How to read this demo
multiprocessing-prose-11 =
    - **Calibration**: before the first run, the page measures how much work one core finishes in 1 ms on your device. So `cpu_ms=100` means 100 ms of one core's work, not simply waiting 100 ms.
    - **Baseline**: the same workload runs first with 1 worker, then with the number of workers you chose. The speedup is the ratio of those two measured times.
    - **Timeline**: the first row is the run with 1 worker; the next rows are each worker of the parallel run, with the chunks of tasks it really did. Times are recorded inside the workers, on one clock shared by all of them.
    - **Mandelbrot**: each task computes one band of the picture. Bands through the middle of the set are far heavier than bands at the edge, so the load between workers is uneven; watch how that lowers the speedup.
multiprocessing-prose-12 =
    Before measuring, the page runs a short untimed warm-up: the browser recompiles frequently used
    WebAssembly code into a faster version, and the first run should not be penalised by that. The
    Python program below calibrates itself too, but its times include starting the worker
    processes, because that is a real cost in Python.

## Celery

celery-title = Celery
celery-lead = A task queue, a broker and background workers.
celery-prose-1 =
    Celery is a library for running tasks asynchronously outside the application's main flow, such
    as queue processing or background jobs. The application sends tasks to _workers_ that run
    separately, and carries on with its own work.
celery-prose-2 = ## Broker, workers and the result backend
celery-prose-3 =
    - The application calls `task.delay(...)`: a message with the task's name and arguments goes to the _broker_ (for example Redis or RabbitMQ).
    - A _worker_ takes the message from the queue, runs the task, then acknowledges (_ack_) that the message was handled.
    - The result is stored in the _result backend_, and the application can ask for the task's state: PENDING, STARTED, SUCCESS, FAILURE or RETRY.
celery-prose-4 =
    If a worker dies before it sends the _ack_, the broker delivers the message again to another
    worker. A failed task can be retried with a growing delay (_backoff_). So Celery tasks should be
    safe to run more than once.
celery-prose-5 =
    On this page the broker runs inside the page and every worker is a _Web Worker_. In real life the
    broker is a server of its own and the workers may run on different machines.

## Compare

bandingkan-title = Compare
bandingkan-lead = One workload, every approach, side by side.
bandingkan-prose-1 =
    The choice between threading, multiprocessing, asyncio or another library depends on the kind of
    tasks you handle and on what your application needs. This page runs the same workload with each
    approach so the differences become visible.
bandingkan-prose-2 = ## How to choose
bandingkan-prose-3 =
    - Lots of waiting on the network, with thousands of connections: **asyncio**.
    - Waiting on I/O with libraries that do not support `async`: **threading**.
    - Heavy computation on one machine: **multiprocessing** (or _free-threaded_ Python).
    - Background work that must survive failures, be retried, or spread over many machines: **Celery**.
bandingkan-prose-4 =
    For reference, CPython 3.11 on a two-core machine measured: four computing threads only
    0.99–1.15× faster than one (because of the GIL), two processes 1.93× faster, four threads waiting
    on I/O 3.98× faster, and four asyncio tasks 3.96× faster. Those figures were measured outside
    this page; the demo's figures come from your own browser.

## Python program (comments and labels inside the code)

py-run-with = run with: python3 program.py
py-same-waits = Exactly the same waits as the demo on the page (same seed).
py-cpu = CPU work with no await inside: while it runs, the event loop is busy too.
py-blocking = blocks the whole event loop!
py-done = done
py-timed-out = timed out
py-elapsed = elapsed

## Running a demo (shared)

run = Run
cancel = Cancel
run-status-idle = Ready to run.
run-status-running = Running…
run-status-done = Done.
run-status-cancelled = Cancelled.
run-status-refused = Not run.
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
py-mp-startup = This time includes starting the worker processes: real overhead.
py-mp-processes = processes
py-mp-speedup = speedup

## multiprocessing demo

mp-preset-images = Compress 8 images
mp-preset-primes = Count primes
mp-preset-tiny = Too many tiny tasks
mp-sweep = Sweep 1…{ $n } workers
mp-calibrating = Calibrating: measuring one core's speed…
mp-running = Running with { $n } workers…
mp-refused = This run would take about { $ms }, longer than our limit ({ $max }). Lower the number of tasks, the CPU work per task, or the workers in the sweep.
mp-no-pool = The thread pool is not available on this page, so parallel work cannot run. See the browser capability panel below.
mp-lost = A worker stopped without an answer. Reload the page and try again.
mp-result-speedup = Speedup { $ratio } with { $n } workers (measured).
mp-result-times = 1 worker: { $base } · { $n } workers: { $ms } (both measured in this run).
mp-result-calibration = This device's calibration: 1 ms of one core's work ≈ { $rate } { $unit }.
mp-result-same = The parallel result is exactly the one-worker result.
mp-result-different = Warning: the parallel result differs from the one-worker result.
mp-result-capped = The picture is capped at { $max } pixels, so each task does less work than asked.
mp-result-amdahl = Amdahl's law fits best with a sequential part of { $f } (computed from the sweep's measurements).
mp-result-honest = Times are measured inside the workers with one clock shared by all of them (performance.timeOrigin + performance.now()).
mp-unit-primes = numbers checked
mp-unit-mandelbrot = Mandelbrot pixels
mp-unit-hash = hash rounds
mp-lane-baseline = 1 worker
mp-legend-baseline = run with 1 worker (the baseline)
mp-legend-chunk = chunk of tasks done by a worker
mp-chart-title = Measured speedup against the ideal line and Amdahl's law
mp-chart-x = number of workers
mp-chart-measured = measured
mp-chart-ideal = ideal (n×, at most the number of cores)
mp-chart-amdahl = Amdahl, sequential part { $f }
mp-picture = The Mandelbrot set; each band is tinted by the worker that computed it.
py-th-switch = The GIL's switch interval (sys.setswitchinterval), in seconds.
py-th-cpu = CPU work in pure Python: the thread must hold the GIL while this runs.
py-th-sequential = sequential
py-th-threaded = with threads
py-th-race-call = A function call is a point where CPython checks for a GIL switch request.
py-th-race-lost = lost updates

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
race-intro = Each thread runs counter += 1 many times on one shared counter, as three steps: read, add, write. The lab uses the GIL and switch-interval settings of the form above.
race-params-title = Lab parameters
race-run = Run the lab
race-python-title = The Python program for this lab
race-result = Expected { $expected }, got { $actual }: { $lost } lost updates.
race-detail = Measured in { $ms }; the GIL changed hands { $switches } times.
race-why-lost = A thread read the value and was interrupted before it could write. While it waited, the other threads kept adding. When the first thread finally wrote its old value + 1, every increment the others made during that pause was erased. Under the GIL such switches are rare but costly: one switch landing between a read and a write can erase thousands of increments. Without the GIL, collisions happen more often, but each one usually loses a single increment.
race-why-locked = With a lock, the read–add–write steps are never interrupted by another thread, so the count is exact.
race-why-lucky = No update was lost this time: no switch landed between a read and a write. That is luck, not a guarantee. Raise the increments or lower the switch interval and try again.
