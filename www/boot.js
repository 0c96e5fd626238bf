// Runs before the app's wasm, as a classic script at the end of <body>. Three jobs:
//
// 1. Show the prerendered explanation (scripts/postbuild.mjs puts every page in both
//    languages into index.html, hidden but Beranda in Indonesian) for the page and language
//    the link names, the way the app will: page from `#/<slug>`, language from `lang=`, else
//    the saved choice, else Indonesian. The app removes these blocks when it mounts.
// 2. Register the service worker (sw.js), which makes the page cross-origin isolated on hosts
//    that cannot send the headers, and keeps the app for offline use. When the worker takes
//    control of a page that is not isolated, reload once; sessionStorage remembers that we
//    did (and is never cleared), so a tab gets at most one automatic reload: a browser that
//    still refuses isolation never sees a second one.
// 3. Start fetching the reader's text, which the wasm does not carry (window.labText below).
(function () {
  'use strict';
  var LANG_KEY = 'lab-konkurensi.lang';
  var RELOAD_KEY = 'lab-konkurensi.coi-reload';

  function wanted() {
    var hash = location.hash.replace(/^#/, '');
    var q = hash.indexOf('?');
    var path = (q < 0 ? hash : hash.slice(0, q));
    var query = q < 0 ? '' : hash.slice(q + 1);
    var slug;
    try { slug = decodeURIComponent(path); } catch (e) { slug = path; }
    slug = slug.replace(/^\/+|\/+$/g, '').toLowerCase();
    var lang = null;
    query.split('&').forEach(function (piece) {
      var kv = piece.split('=');
      if (kv[0] === 'lang' && /^(id|en)$/i.test((kv[1] || '').trim())) lang = kv[1].trim().toLowerCase();
    });
    if (!lang) {
      try { lang = localStorage.getItem(LANG_KEY); } catch (e) { lang = null; }
    }
    if (lang !== 'en') lang = 'id';
    return { page: slug, lang: lang };
  }

  function show() {
    var root = document.getElementById('prerendered');
    if (!root) return;
    var want = wanted();
    var blocks = root.querySelectorAll('[data-pre-page]');
    var chosen = null;
    for (var i = 0; i < blocks.length; i++) {
      var b = blocks[i];
      if (b.getAttribute('data-pre-lang') !== want.lang) continue;
      if (b.getAttribute('data-pre-page') === want.page) chosen = b;
      // An unknown page shows Beranda, as the app does.
      if (!chosen && b.getAttribute('data-pre-page') === '') chosen = b;
    }
    for (var j = 0; j < blocks.length; j++) blocks[j].hidden = blocks[j] !== chosen;
    if (chosen) document.documentElement.lang = want.lang;
  }

  show();
  window.addEventListener('hashchange', show);

  // 3. The reader's text. The wasm carries none: each language is a file of the release
  //    (named in <meta name="lab-text-<lang>"> by scripts/postbuild.mjs). The app asks for it
  //    through window.labText(lang), a promise of the file's text, fetched once per page
  //    load; the reader's language is asked for now, so it arrives while the wasm loads.
  var texts = {};
  window.labText = function (lang) {
    if (!texts[lang]) {
      var meta = document.querySelector('meta[name="lab-text-' + lang + '"]');
      texts[lang] = meta
        ? fetch(meta.content).then(function (r) {
          if (!r.ok) throw new Error(meta.content + ': ' + r.status);
          return r.text();
        })
        : Promise.reject(new Error('no text file for ' + lang));
      // A failed fetch is tried again the next time it is asked for.
      texts[lang].catch(function () { delete texts[lang]; });
    }
    return texts[lang];
  };
  window.labText(wanted().lang);

  if (!('serviceWorker' in navigator)) return;
  var reloaded = false;
  try { reloaded = sessionStorage.getItem(RELOAD_KEY) === '1'; } catch (e) { reloaded = true; }
  function reloadOnce() {
    if (window.crossOriginIsolated || reloaded) return;
    try { sessionStorage.setItem(RELOAD_KEY, '1'); } catch (e) { return; }
    reloaded = true;
    location.reload();
  }
  var scriptDir = document.currentScript ? new URL('.', document.currentScript.src).href : './';
  function register() {
    navigator.serviceWorker.register(scriptDir + 'sw.js').then(function () {
      if (navigator.serviceWorker.controller) reloadOnce();
      else navigator.serviceWorker.addEventListener('controllerchange', reloadOnce);
    }, function () {
      // Refused (private window, disabled, no HTTPS): the app explains what is off.
    });
  }
  // Not isolated: the worker is needed at once (its reload is the way to threads). Isolated by
  // the host's headers: it only keeps the app for offline use, so its caching waits until the
  // page has loaded instead of sharing a slow network with the first visit's wasm.
  if (window.crossOriginIsolated && document.readyState !== 'complete') {
    window.addEventListener('load', register);
  } else {
    register();
  }
})();
