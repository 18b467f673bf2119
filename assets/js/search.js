// Client-side search over search.json, built with the site: every word typed must appear in a page's title,
// headings or summary. Results are ranked title > heading > summary. No server, no library.
(function () {
  'use strict';

  var form = document.querySelector('form.search-page');
  if (!form) {
    return;
  }
  var input = form.querySelector('input[name="q"]');
  var status = document.getElementById('search-status');
  var results = document.getElementById('search-results');
  var root = form.getAttribute('data-index').replace(/search\.json$/, '');
  var pages = null;

  function words(text) {
    return text.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').split(/[^a-z0-9]+/).filter(Boolean);
  }

  function prepare(page) {
    return {
      page: page,
      title: words(page.title).join(' '),
      headings: words(page.headings.join(' ')).join(' '),
      summary: words(page.summary).join(' ')
    };
  }

  function score(entry, terms) {
    var total = 0;
    for (var i = 0; i < terms.length; i++) {
      var t = terms[i];
      var s = (entry.title.indexOf(t) >= 0 ? 5 : 0) + (entry.headings.indexOf(t) >= 0 ? 2 : 0)
        + (entry.summary.indexOf(t) >= 0 ? 1 : 0);
      if (s === 0) {
        return 0;
      }
      total += s;
    }
    return total;
  }

  function show(query) {
    var terms = words(query);
    results.textContent = '';
    if (!terms.length) {
      status.textContent = '';
      return;
    }
    var found = pages.map(function (entry) {
      return { entry: entry, score: score(entry, terms) };
    }).filter(function (hit) {
      return hit.score > 0;
    }).sort(function (a, b) {
      return b.score - a.score || a.entry.page.title.localeCompare(b.entry.page.title);
    });
    found.forEach(function (hit) {
      var item = document.createElement('li');
      var link = document.createElement('a');
      link.href = root + hit.entry.page.path;
      link.textContent = hit.entry.page.title;
      item.appendChild(link);
      if (hit.entry.page.summary) {
        var summary = document.createElement('span');
        summary.className = 'summary';
        summary.textContent = ' ' + hit.entry.page.summary;
        item.appendChild(summary);
      }
      results.appendChild(item);
    });
    status.textContent = found.length === 0 ? 'No pages match \u201c' + query + '\u201d.'
      : found.length + (found.length === 1 ? ' page matches' : ' pages match') + ' \u201c' + query + '\u201d.';
  }

  function run() {
    var query = input.value.trim();
    if (pages) {
      show(query);
    }
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    history.replaceState(null, '', '?q=' + encodeURIComponent(input.value.trim()));
    run();
  });
  input.addEventListener('input', run);

  input.value = new URLSearchParams(location.search).get('q') || '';
  status.textContent = 'Loading the search index\u2026';
  fetch(form.getAttribute('data-index')).then(function (response) {
    if (!response.ok) {
      throw new Error(response.status);
    }
    return response.json();
  }).then(function (index) {
    pages = index.map(prepare);
    status.textContent = '';
    run();
  }, function () {
    status.textContent = 'The search index could not be loaded. Browse the sections above instead.';
  });
})();
