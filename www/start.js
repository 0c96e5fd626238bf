// Starts the app: imports the wasm-bindgen module and instantiates the wasm. It replaces the
// inline <script type="module"> that Trunk writes by default, so the page's
// Content-Security-Policy (index.html) needs no exception for inline scripts. Trunk.toml's
// `pattern_script` puts the tag that loads this file where the `rel="rust"` link was, with the
// two hashed names in its data attributes.
const tag = document.querySelector('script[data-lab-wasm]');
const { default: init } = await import(tag.dataset.labJs);
await init({ module_or_path: tag.dataset.labWasm });
