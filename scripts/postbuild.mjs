#!/usr/bin/env node
// Trunk post_build hook (Trunk.toml): finishes the site in Trunk's staging directory.
//
// 1. Readable at once: puts every page's explanation, both languages, into index.html
//    (rendered by `cargo run --example prerender` from the locale files with the app's own
//    prose parser; docs/ARCHITECTURE.md, "Readable before the wasm").
// 2. Offline: writes the release's file list and a build id (a hash of every file) into
//    sw.js, so the service worker caches exactly this release and a new one replaces it.
// 3. The reader's text as two files of the release (text-<lang>-<hash>.txt), named in
//    index.html's <meta name="lab-text-<lang>"> for boot.js.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const stage = process.env.TRUNK_STAGING_DIR;
if (!stage) {
  console.error('postbuild.mjs runs as a Trunk hook (TRUNK_STAGING_DIR is not set)');
  process.exit(2);
}

// The example is a native program: build-std (set for the wasm build) must not reach it.
const env = { ...process.env };
delete env.CARGO_UNSTABLE_BUILD_STD;
delete env.CARGO_BUILD_TARGET;
const html = execFileSync('cargo', ['run', '--quiet', '--example', 'prerender'], {
  encoding: 'utf8', env, stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 16 << 20,
}).trim();

const indexPath = join(stage, 'index.html');
const index = readFileSync(indexPath, 'utf8');
const slot = /<div id="prerendered"><\/div>/;
if (!slot.test(index)) {
  console.error('postbuild.mjs: www/index.html has no <div id="prerendered"></div> slot');
  process.exit(1);
}
// 3. The reader's text: each language's locale file as a file of the release, named by its
//    content hash (the service worker caches it with the rest), and named in index.html for
//    boot.js, which fetches the reader's language while the wasm loads. The wasm carries no
//    text (issue 12); `.txt` so that every static host serves it compressed.
const metas = ['id', 'en'].map((lang) => {
  const text = readFileSync(new URL(`../locales/${lang}/main.ftl`, import.meta.url));
  const name = `text-${lang}-${createHash('sha256').update(text).digest('hex').slice(0, 16)}.txt`;
  writeFileSync(join(stage, name), text);
  return `<meta name="lab-text-${lang}" content="${name}" />`;
});
if (!index.includes('</head>')) {
  console.error('postbuild.mjs: index.html has no </head>');
  process.exit(1);
}
writeFileSync(indexPath, index.replace(slot, () => html).replace('</head>', () => `${metas.join('\n')}\n</head>`));

// Every file of the release except the host's header file and the worker itself.
function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}
const SKIP = new Set(['_headers', 'sw.js', '.trunk-lock']);
const list = files(stage)
  .map((p) => relative(stage, p).split(sep).join('/'))
  .filter((p) => !SKIP.has(p) && !p.startsWith('.'))
  .sort();
const hash = createHash('sha256');
for (const f of list) hash.update(f).update(readFileSync(join(stage, f)));
const build = hash.digest('hex').slice(0, 16);

const swPath = join(stage, 'sw.js');
const sw = readFileSync(swPath, 'utf8')
  .replace("'__LAB_BUILD_ID__'", JSON.stringify(build))
  .replace('/* __LAB_FILES__ */', ['./', ...list].map((f) => JSON.stringify(f)).join(', '));
writeFileSync(swPath, sw);
console.log(`postbuild: prerendered ${(html.length / 1024).toFixed(1)} KiB of explanations; sw.js caches ${list.length + 1} files as build ${build}`);
