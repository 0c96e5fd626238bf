// Web Workers that share the page's WebAssembly memory: each one instantiates the app's own
// module with the page's memory and runs one rayon thread until its pool is dropped.
//
// The same file is the script on the page (it exports spawnWorker) and, fetched as a blob,
// the script inside each worker (it waits for its init message). The blob keeps the worker
// same-origin even when the site's files come from a CDN.

function waitFor(target, type) {
  return new Promise((resolve) => {
    target.addEventListener('message', function onMessage({ data }) {
      if (data == null || data.type !== type) return;
      target.removeEventListener('message', onMessage);
      resolve(data);
    });
  });
}

// How long a worker may take to load the app's module before its start counts as failed.
const START_TIMEOUT_MS = 30000;

// NOTE: inside a worker this file runs twice (as the blob, then as the app's own snippet when
// the app module is imported); only the first one listens.
if (typeof WorkerGlobalScope !== 'undefined' && self instanceof WorkerGlobalScope && !self.__labWorker) {
  self.__labWorker = true;
  waitFor(self, 'lab_worker_init').then(async (init) => {
    let app, wasm;
    try {
      app = await import(init.mainJS);
      wasm = await app.default({ module_or_path: init.module, memory: init.memory });
      if (typeof app.wbg_rayon_start_worker !== 'function') {
        throw new Error('the app module does not export wbg_rayon_start_worker');
      }
    } catch (e) {
      // NOTE: a failed import or instantiation in a worker reaches no `error` event on the
      // page: say so explicitly, or the page would wait forever.
      postMessage({ type: 'lab_worker_failed', message: String((e && e.message) || e) });
      close();
      return;
    }
    postMessage({ type: 'lab_worker_ready' });
    try {
      // Runs a rayon thread (wasm-bindgen-rayon's worker entry) until its pool is dropped.
      app.wbg_rayon_start_worker(init.receiver);
      // The thread has ended: free its stack and TLS in the shared memory.
      if (typeof wasm.__wbindgen_thread_destroy === 'function') wasm.__wbindgen_thread_destroy();
    } finally {
      close();
    }
  });
}

function withTimeout(promise, what) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${what} did not finish within 30 s`)), START_TIMEOUT_MS);
    promise.then(resolve, reject).finally(() => clearTimeout(timer));
  });
}

// The worker script as a blob URL, fetched once for every worker (and again after a failure).
let scriptUrl;

function workerScript() {
  scriptUrl ??= withTimeout(
    fetch(import.meta.url).then((r) => {
      if (!r.ok) throw new Error(`the worker script answered HTTP ${r.status}`);
      return r.blob();
    }),
    'fetching the worker script',
  ).then((blob) => URL.createObjectURL(blob));
  scriptUrl.catch(() => { scriptUrl = undefined; });
  return scriptUrl;
}

// Start one worker; resolves with the Worker once its module is instantiated.
export async function spawnWorker(module, memory, mainJS, receiver) {
  const url = await workerScript();
  const worker = new Worker(url, { type: 'module', name: 'lab-konkurensi' });
  const outcome = new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('a worker did not start within 30 s')), START_TIMEOUT_MS);
    worker.addEventListener('message', function onMessage({ data }) {
      if (data == null) return;
      if (data.type === 'lab_worker_ready') resolve(worker);
      else if (data.type === 'lab_worker_failed') reject(new Error(data.message));
      else return;
      clearTimeout(timer);
      worker.removeEventListener('message', onMessage);
    });
    // A script that cannot load at all (blocked, out of memory) fails its start, not the page.
    worker.addEventListener('error', (e) => {
      clearTimeout(timer);
      reject(new Error(e.message || 'the worker script failed to load'));
    }, { once: true });
  });
  worker.postMessage({ type: 'lab_worker_init', module, memory, mainJS, receiver });
  try {
    return await outcome;
  } catch (e) {
    worker.terminate();
    throw e;
  }
}
