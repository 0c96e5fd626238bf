// Celery worker nodes and their prefork children as Web Workers, each with its OWN instance
// of the app's module (its own memory, like a process): nothing is shared with the page, and
// every word between page, node and child goes through postMessage.
//
// One file, three roles, told apart by the first message a worker gets:
// - on the page it exports spawnNode / post / terminate (called from runtime/celery_node.rs);
// - a node gets `celery_node_init`: it instantiates the module, starts `concurrency` child
//   workers, then relays the page's lines (demos/celery/wire.rs says what they mean);
// - a child gets `celery_child_init`: it instantiates the module and runs task bodies (an I/O
//   wait on a timer, then calibrated CPU work in wasm), one at a time.
// Killing a child is `Worker.terminate()` of that child, mid-task; killing a node is
// `terminate()` of the node, and its nested children go with it.

const START_TIMEOUT_MS = 30000;

async function instantiate(init) {
  const app = await import(init.mainJS);
  // NOTE: no `memory` here: the module's init makes a fresh memory for this instance, so this
  // worker shares nothing with the page (the rayon pool's workers.js passes the page's).
  await app.default({ module_or_path: init.module });
  return app;
}

function say(line) { postMessage(line); }

function startChild(init, slot, index, onReady) {
  const worker = new Worker(init.scriptUrl, { type: 'module', name: `celery-child-${index}` });
  slot.worker = worker;
  slot.ready = false;
  slot.run = null;
  worker.onmessage = ({ data }) => {
    if (slot.worker !== worker) return;
    if (data.type === 'child_ready') {
      slot.ready = true;
      for (const job of slot.waiting.splice(0)) worker.postMessage(job);
      onReady();
    } else if (data.type === 'child_done') {
      if (slot.run !== data.run) return;
      slot.run = null;
      say(`done ${index} ${data.run} ${data.raised ? 1 : 0} ${data.io} ${data.cpu}`);
    } else if (data.type === 'child_failed') {
      say(`failed child ${index}: ${data.message}`);
    }
  };
  worker.onerror = (e) => say(`failed child ${index}: ${e.message || 'the script failed to load'}`);
  worker.postMessage({ type: 'celery_child_init', module: init.module, mainJS: init.mainJS });
}

async function runNode(init) {
  const t0 = performance.now();
  let app;
  try {
    app = await instantiate(init);
  } catch (e) {
    say(`failed ${String((e && e.message) || e)}`);
    return;
  }
  const slots = [];
  let ready = 0;
  await new Promise((resolve) => {
    for (let i = 0; i < init.concurrency; i++) {
      slots.push({ waiting: [] });
      startChild(init, slots[i], i, () => { if (++ready === init.concurrency) resolve(); });
    }
  });
  self.onmessage = ({ data }) => {
    const words = String(data).split(' ');
    const slot = slots[Number(words[1])];
    if (words[0] === 'start' && slot) {
      slot.run = Number(words[2]);
      const job = { type: 'child_job', line: data };
      if (slot.ready) slot.worker.postMessage(job); else slot.waiting.push(job);
    } else if (words[0] === 'kill' && slot) {
      const run = slot.run;
      // SIGKILL: the child stops wherever it is, mid-wait or mid-computation.
      slot.worker.terminate();
      slot.waiting = [];
      say(`lost ${words[1]} ${run === null ? '-' : run}`);
      // The pool replaces a dead child (billiard's maintain_pool).
      startChild(init, slot, Number(words[1]), () => {});
    } else if (words[0] === 'calibrate') {
      say(`rate ${app.celery_calibrate()}`);
    }
  };
  say(`ready ${init.concurrency} ${performance.now() - t0}`);
}

async function runChild(init) {
  let app;
  try {
    app = await instantiate(init);
  } catch (e) {
    postMessage({ type: 'child_failed', message: String((e && e.message) || e) });
    return;
  }
  self.onmessage = async ({ data }) => {
    if (data.type !== 'child_job') return;
    // start <child> <run> <task> <retries> <io_ms> <cpu_units> <seed> <fail_pct>
    const w = data.line.split(' ');
    const [run, task, retries, ioMs, units, seed, pct] = w.slice(2).map(Number);
    const t0 = performance.now();
    await new Promise((r) => setTimeout(r, ioMs));
    const t1 = performance.now();
    app.celery_task_cpu(task, units);
    const raised = app.celery_task_raises(seed, pct, task, retries);
    postMessage({ type: 'child_done', run, raised, io: t1 - t0, cpu: performance.now() - t1 });
  };
  postMessage({ type: 'child_ready' });
}

if (typeof WorkerGlobalScope !== 'undefined' && self instanceof WorkerGlobalScope) {
  self.addEventListener('message', function first({ data }) {
    if (data == null) return;
    if (data.type === 'celery_node_init') runNode(data);
    else if (data.type === 'celery_child_init') runChild(data);
    else return;
    self.removeEventListener('message', first);
  });
}

let scriptUrl;

// Start one node with `concurrency` children; resolves with the Worker once every child is up.
// Every line the node says afterwards goes to `onLine`.
export async function spawnNode(module, mainJS, concurrency, onLine) {
  if (scriptUrl === undefined) {
    // A blob keeps the workers same-origin even when the site's files come from a CDN.
    const blob = await fetch(import.meta.url).then((r) => r.blob());
    scriptUrl = URL.createObjectURL(blob);
  }
  const worker = new Worker(scriptUrl, { type: 'module', name: 'celery-node' });
  const up = new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('a node did not start within 30 s')), START_TIMEOUT_MS);
    worker.onmessage = ({ data }) => {
      const line = String(data);
      if (line.startsWith('ready ')) {
        clearTimeout(timer);
        worker.onmessage = ({ data }) => onLine(String(data));
        resolve(line);
      } else if (line.startsWith('failed ')) {
        clearTimeout(timer);
        reject(new Error(line.slice(7)));
      }
    };
    worker.onerror = (e) => { clearTimeout(timer); reject(new Error(e.message || 'the node script failed to load')); };
  });
  worker.postMessage({ type: 'celery_node_init', module, mainJS, concurrency, scriptUrl });
  try {
    const ready = await up;
    return [worker, ready];
  } catch (e) {
    worker.terminate();
    throw e;
  }
}

export function post(worker, line) { worker.postMessage(line); }

// The page stops listening first: a line already on its way is dropped, not delivered late.
export function terminate(worker) { worker.onmessage = null; worker.terminate(); }
