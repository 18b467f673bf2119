// Full-text search on the search page, section by section. search.json (written by the build) holds every page's
// text split at its ## headings, plus the synonym groups editors keep in content/search-synonyms.yaml. The library
// (js/minisearch.min.js, MiniSearch, MIT) and the index are loaded only here, when someone searches: no other page
// pays for them. Words are matched whole or by their start, after a small English stemmer ("sprained" ->
// "sprain"), with typo tolerance for longer words; titles count most, then headings, then the summary and text.
(function () {
  'use strict';

  var form = document.querySelector('form.search-page');
  if (!form) {
    return;
  }
  var input = form.querySelector('input[name="q"]');
  var status = document.getElementById('search-status');
  var results = document.getElementById('search-results');
  var help = document.getElementById('search-help');
  var indexUrl = form.getAttribute('data-index');
  var root = indexUrl.replace(/search\.json$/, '');
  var engine = null;
  var pages = null;
  var synonyms = [];
  var MAX_PAGES = 20;
  var SNIPPET_WORDS = 28;

  // Words too common to help find a page; dropped from pages and queries alike.
  var STOP = {};
  ('a an and are as at be but by can do does for from had has have how i if in into is it its me my no not of on '
    + 'or our should so than that the their them then there these they this to too was we what when where which '
    + 'while who why will with you your').split(' ').forEach(function (w) { STOP[w] = true; });

  function fold(text) {
    return text.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[\u2019']/g, '\'');
  }

  // A small English suffix stemmer: enough to meet "sprained"/"sprain", "stretching"/"stretches"/"stretch",
  // "injuries"/"injury", "runner's"/"runners"/"runner". Short words are left alone ("ice", "used").
  function stem(word) {
    var w = word.replace(/'s?$/, '');
    if (w.length <= 3) {
      return w;
    }
    if (/ies$/.test(w) && w.length > 4) {
      return w.slice(0, -3) + 'y';
    }
    if (/ied$/.test(w) && w.length > 4) {
      return w.slice(0, -3) + 'y';
    }
    if (/sses$/.test(w)) {
      w = w.slice(0, -2);
    } else if (/[^su]s$/.test(w) && !/(is|us)$/.test(w)) {
      w = w.slice(0, -1);
    }
    var m = /^(.{3,}?)(ing|ed)$/.exec(w);
    if (m && /[aeiouy]/.test(m[1])) {
      w = m[1];
      if (/([^aeioulsz])\1$/.test(w)) {
        w = w.slice(0, -1); // running -> runn -> run
      }
    }
    if (w.length > 4 && /[^aeiou]e$/.test(w)) {
      w = w.slice(0, -1); // massage, massaging -> massag
    }
    return w;
  }

  function processTerm(term) {
    var t = fold(term).replace(/^'+|'+$/g, '');
    if (!t || STOP[t]) {
      return null;
    }
    return stem(t);
  }

  var TOKEN = /[\p{L}\p{N}]+(?:'[\p{L}]+)?/gu;

  function tokenize(text) {
    return text.match(TOKEN) || [];
  }

  function build(data) {
    var docs = [];
    pages = data.pages;
    synonyms = data.synonyms || [];
    pages.forEach(function (page, p) {
      var sections = page.sections.length ? page.sections : [{ id: '', heading: '', text: '' }];
      sections.forEach(function (section) {
        docs.push({
          id: docs.length, page: p, anchor: section.id, title: page.title, heading: section.heading,
          summary: page.summary, text: section.text
        });
      });
    });
    engine = new MiniSearch({
      fields: ['title', 'heading', 'summary', 'text'],
      storeFields: ['page', 'anchor', 'heading', 'text'],
      tokenize: tokenize,
      processTerm: processTerm,
      searchOptions: {
        boost: { title: 6, heading: 5, summary: 1.5, text: 1 },
        prefix: function (term) { return term.length >= 3; },
        fuzzy: function (term) { return term.length >= 5 ? 0.2 : false; },
        weights: { fuzzy: 0.3, prefix: 0.4 }
      }
    });
    engine.addAll(docs);
  }

  // The query as a tree for MiniSearch: a phrase from a synonym group becomes "this OR any of its synonyms"
  // (a phrase alternative needs all its words); other words are required as typed.
  function queryTree(query, combineWith) {
    var text = ' ' + fold(query).replace(/[^\p{L}\p{N}']+/gu, ' ') + ' ';
    var parts = [];
    var phrases = [];
    synonyms.forEach(function (group) {
      group.forEach(function (phrase) {
        phrases.push({ phrase: fold(phrase).replace(/[^\p{L}\p{N}']+/gu, ' ').trim(), group: group });
      });
    });
    phrases.sort(function (a, b) { return b.phrase.length - a.phrase.length; });
    phrases.forEach(function (entry) {
      var at = text.indexOf(' ' + entry.phrase + ' ');
      if (at >= 0) {
        text = text.slice(0, at) + ' ' + text.slice(at + entry.phrase.length + 1);
        parts.push({
          combineWith: 'OR',
          queries: entry.group.map(function (alt) {
            return tokenize(alt).length < 2 ? alt : { combineWith: 'AND', queries: [alt] };
          })
        });
      }
    });
    tokenize(text).forEach(function (word) {
      if (processTerm(word)) {
        parts.push(word);
      }
    });
    return { combineWith: combineWith, queries: parts };
  }

  // Best section first; one result per page, with up to two more of its sections that matched.
  function search(query) {
    var tree = queryTree(query, 'AND');
    if (!tree.queries.length) {
      return [];
    }
    var hits = engine.search(tree);
    if (!hits.length && tree.queries.length > 1) {
      hits = engine.search(queryTree(query, 'OR'));
    }
    var byPage = {};
    var found = [];
    hits.forEach(function (hit) {
      var entry = byPage[hit.page];
      if (!entry) {
        entry = byPage[hit.page] = { page: pages[hit.page], best: hit, more: [] };
        found.push(entry);
      } else if (entry.more.length < 2 && hit.anchor) {
        entry.more.push(hit);
      }
    });
    return found.slice(0, MAX_PAGES);
  }

  function href(page, anchor) {
    return root + page.path + (anchor ? '#' + anchor : '');
  }

  // Appends text to an element, wrapping the words whose stems matched in <mark> (DOM nodes, never HTML).
  function appendMarked(element, text, matched) {
    var last = 0;
    text.replace(TOKEN, function (word, offset) {
      if (matched[processTerm(word)]) {
        element.appendChild(document.createTextNode(text.slice(last, offset)));
        var mark = document.createElement('mark');
        mark.textContent = word;
        element.appendChild(mark);
        last = offset + word.length;
      }
      return word;
    });
    element.appendChild(document.createTextNode(text.slice(last)));
  }

  // A window of the section's text around its first matched word.
  function snippet(text, matched) {
    var words = text.split(' ');
    var first = 0;
    for (var i = 0; i < words.length; i++) {
      var inner = tokenize(words[i]);
      if (inner.some(function (w) { return matched[processTerm(w)]; })) {
        first = i;
        break;
      }
    }
    var start = Math.max(0, first - 8);
    var end = Math.min(words.length, start + SNIPPET_WORDS);
    return (start > 0 ? '\u2026 ' : '') + words.slice(start, end).join(' ') + (end < words.length ? ' \u2026' : '');
  }

  function matchedTerms(hit) {
    var matched = {};
    hit.terms.forEach(function (t) { matched[t] = true; });
    return matched;
  }

  function link(page, hit, matched) {
    var a = document.createElement('a');
    a.href = href(page, hit.anchor);
    a.className = 'search-hit';
    appendMarked(a, page.title, matched);
    if (hit.heading && hit.heading !== page.title) {
      a.appendChild(document.createTextNode(' \u203a '));
      appendMarked(a, hit.heading, matched);
    }
    return a;
  }

  function showResults(found) {
    found.forEach(function (entry) {
      var matched = matchedTerms(entry.best);
      var item = document.createElement('li');
      item.appendChild(link(entry.page, entry.best, matched));
      var text = entry.best.text || entry.page.summary;
      if (text) {
        var p = document.createElement('p');
        p.className = 'summary';
        appendMarked(p, snippet(text, matched), matched);
        item.appendChild(p);
      }
      if (entry.more.length) {
        var also = document.createElement('p');
        also.className = 'summary';
        also.appendChild(document.createTextNode('Also on this page: '));
        entry.more.forEach(function (hit, i) {
          var a = document.createElement('a');
          a.href = href(entry.page, hit.anchor);
          appendMarked(a, hit.heading, matchedTerms(hit));
          also.appendChild(a);
          also.appendChild(document.createTextNode(i < entry.more.length - 1 ? '; ' : '.'));
        });
        item.appendChild(also);
      }
      results.appendChild(item);
    });
  }

  function helpList(title, type) {
    var section = document.createElement('div');
    var heading = document.createElement('h2');
    heading.textContent = title;
    section.appendChild(heading);
    var list = document.createElement('ul');
    list.className = 'page-list';
    pages.filter(function (page) { return page.type === type; }).sort(function (a, b) {
      return a.title.localeCompare(b.title);
    }).forEach(function (page) {
      var item = document.createElement('li');
      var a = document.createElement('a');
      a.href = href(page, '');
      a.textContent = page.title;
      item.appendChild(a);
      list.appendChild(item);
    });
    section.appendChild(list);
    return section;
  }

  // Nothing found: the nearest words the site does use, then every injury and technique.
  function showHelp(query) {
    var suggestions = [];
    engine.autoSuggest(query, { fuzzy: 0.34, prefix: true, combineWith: 'OR' }).slice(0, 5).forEach(function (s) {
      suggestions.push(s.suggestion);
    });
    if (suggestions.length) {
      var p = document.createElement('p');
      p.appendChild(document.createTextNode('Did you mean '));
      suggestions.forEach(function (words, i) {
        var a = document.createElement('a');
        a.href = '?q=' + encodeURIComponent(words);
        a.textContent = words;
        a.addEventListener('click', function (event) {
          event.preventDefault();
          input.value = words;
          submit();
        });
        p.appendChild(a);
        p.appendChild(document.createTextNode(i < suggestions.length - 1 ? ', ' : '?'));
      });
      help.appendChild(p);
    }
    help.appendChild(helpList('Injuries', 'injury'));
    help.appendChild(helpList('Techniques', 'technique'));
  }

  function show(query) {
    results.textContent = '';
    help.textContent = '';
    if (!query) {
      status.textContent = '';
      return;
    }
    var found = search(query);
    if (found.length) {
      showResults(found);
    } else {
      showHelp(query);
    }
    status.textContent = found.length === 0 ? 'No pages match \u201c' + query + '\u201d.'
      : found.length + (found.length === 1 ? ' page matches' : ' pages match') + ' \u201c' + query + '\u201d.';
  }

  var timer = null;

  function run() {
    if (engine) {
      show(input.value.trim());
    }
  }

  function submit() {
    history.replaceState(null, '', '?q=' + encodeURIComponent(input.value.trim()));
    clearTimeout(timer);
    run();
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    submit();
  });
  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(run, 150);
  });

  function loadLibrary() {
    return new Promise(function (resolve, reject) {
      var script = document.createElement('script');
      script.src = root + 'js/minisearch.min.js';
      script.onload = resolve;
      script.onerror = reject;
      document.head.appendChild(script);
    });
  }

  input.value = new URLSearchParams(location.search).get('q') || '';
  status.textContent = 'Loading the search index\u2026';
  Promise.all([loadLibrary(), fetch(indexUrl).then(function (response) {
    if (!response.ok) {
      throw new Error(response.status);
    }
    return response.json();
  })]).then(function (loaded) {
    build(loaded[1]);
    status.textContent = '';
    run();
  }).catch(function () {
    status.textContent = 'The search index could not be loaded. Browse the sections above instead.';
  });
})();
