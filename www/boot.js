// Runs before the app's wasm, as a classic script at the end of <body>. Four jobs:
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
// 4. Keep a Run pressed before that reload, and press it again after (below).
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

  /** After the service worker's reload: press the remembered button once, when the app has drawn it. */
  function pressAgain() {
    var saved = null;
    try {
      saved = JSON.parse(sessionStorage.getItem(RUN_KEY) || 'null');
      sessionStorage.removeItem(RUN_KEY);
    } catch (e) { return; }
    if (!saved || saved.hash !== location.hash || RUN_BUTTONS.indexOf(saved.button) < 0) return;
    var scope = 'button[data-testid="' + saved.button + '"]';
    if (saved.prompt) scope = '[data-prompt="' + saved.prompt + '"] ' + scope;
    var until = Date.now() + 60000;
    (function look() {
      var button = document.querySelector(scope);
      if (!button || button.disabled) {
        if (Date.now() < until && location.hash === saved.hash) setTimeout(look, 50);
        return;
      }
      if (saved.choice) {
        var radio = button.closest('[data-prompt]').querySelector('input[type=radio][value="' + saved.choice + '"]');
        if (radio && !radio.checked) radio.click();
      }
      button.click();
    })();
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

  // 4. A Run pressed before the service worker's reload is not lost. While that reload may
  //    come (window.labIsolation.pending), the app's runs wait ("Menyiapkan worker…",
  //    runtime/pool.rs) instead of failing; the button last pressed (with a prompt's chosen
  //    answer) is remembered in sessionStorage when the reload starts, and pressed once more
  //    on the reloaded page as soon as the app has drawn it. `settled` resolves if no reload
  //    comes after all (the worker was refused or failed): the app then says what is off.
  var RUN_KEY = 'lab-konkurensi.run-after-reload';
  var RUN_BUTTONS = ['run', 'race-run', 'predict-run'];
  var settle;
  var isolation = window.labIsolation = {
    pending: false,
    settled: new Promise(function (ok) { settle = ok; }),
  };
  function noReload() {
    isolation.pending = false;
    settle();
  }
  pressAgain();

  if (!('serviceWorker' in navigator)) return noReload();
  var reloaded = false;
  try { reloaded = sessionStorage.getItem(RELOAD_KEY) === '1'; } catch (e) { reloaded = true; }
  isolation.pending = !window.crossOriginIsolated && !reloaded;
  var pressed = null;
  if (isolation.pending) {
    document.addEventListener('click', function (e) {
      var button = e.target && e.target.closest && e.target.closest('button[data-testid]');
      if (!button || RUN_BUTTONS.indexOf(button.getAttribute('data-testid')) < 0) return;
      var prompt = button.closest('[data-prompt]');
      var choice = prompt && prompt.querySelector('input[type=radio]:checked');
      pressed = {
        button: button.getAttribute('data-testid'),
        prompt: prompt ? prompt.getAttribute('data-prompt') : null,
        choice: choice ? choice.value : null,
      };
    }, true);
  }
  function reloadOnce() {
    if (window.crossOriginIsolated || reloaded) return noReload();
    try {
      sessionStorage.setItem(RELOAD_KEY, '1');
      // The link as it is now: a prompt's button has set its own parameters by now.
      if (pressed) sessionStorage.setItem(RUN_KEY, JSON.stringify(Object.assign(pressed, { hash: location.hash })));
    } catch (e) { return noReload(); }
    reloaded = true;
    location.reload();
  }
  // Nothing may hang on a worker that never takes control (a hard reload, say).
  setTimeout(noReload, 60000);
  var scriptDir = document.currentScript ? new URL('.', document.currentScript.src).href : './';
  function register() {
    navigator.serviceWorker.register(scriptDir + 'sw.js').then(function (registration) {
      if (navigator.serviceWorker.controller) return reloadOnce();
      navigator.serviceWorker.addEventListener('controllerchange', reloadOnce);
      var coming = registration && (registration.installing || registration.waiting);
      // Already active yet not in control (a hard reload): it will not take this page.
      if (!coming) return noReload();
      coming.addEventListener('statechange', function () {
        if (coming.state === 'redundant') noReload();
      });
    }, function () {
      // Refused (private window, disabled, no HTTPS): the app explains what is off.
      noReload();
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
