// Web Workers that share the page's WebAssembly memory: each one instantiates the app's own
// module with the page's memory and runs one rayon thread until its pool is dropped.
//
// The same file is the script on the page (it exports spawnWorker) and, fetched as a blob,
// the script inside each worker (it waits for its init message). The blob keeps the worker
// same-origin even when the site's files come from a CDN.

function waitFor(target, type) {
  return new Promise((resolve, reject) => {
    target.addEventListener('message', function onMessage({ data }) {
      if (data == null || data.type !== type) return;
      target.removeEventListener('message', onMessage);
      resolve(data);
    });
    // A worker that cannot load (blocked, out of memory) fails its start, not the page.
    if (typeof target.addEventListener === 'function' && type === 'lab_worker_ready') {
      target.addEventListener('error', (e) => reject(new Error(e.message || 'worker error')), { once: true });
    }
  });
}

if (typeof WorkerGlobalScope !== 'undefined' && self instanceof WorkerGlobalScope) {
  waitFor(self, 'lab_worker_init').then(async (init) => {
    const app = await import(init.mainJS);
    const wasm = await app.default({ module_or_path: init.module, memory: init.memory });
    postMessage({ type: 'lab_worker_ready' });
    // Runs a rayon thread (wasm-bindgen-rayon's worker entry) until its pool is dropped.
    app.wbg_rayon_start_worker(init.receiver);
    // The thread has ended: free its stack and TLS in the shared memory, then go away.
    if (typeof wasm.__wbindgen_thread_destroy === 'function') wasm.__wbindgen_thread_destroy();
    close();
  });
}

let scriptUrl;

// Start one worker; resolves with the Worker once its module is instantiated.
export async function spawnWorker(module, memory, mainJS, receiver) {
  if (scriptUrl === undefined) {
    const blob = await fetch(import.meta.url).then((r) => r.blob());
    scriptUrl = URL.createObjectURL(blob);
  }
  const worker = new Worker(scriptUrl, { type: 'module', name: 'lab-konkurensi' });
  const ready = waitFor(worker, 'lab_worker_ready');
  worker.postMessage({ type: 'lab_worker_init', module, memory, mainJS, receiver });
  await ready;
  return worker;
}
