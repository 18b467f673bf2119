// Full-text search on the search page, section by section. The build writes the index in parts, so that a reader
// downloads little more than what one search needs, however many pages the site has (kb.search.SearchIndex):
// search.json, every page with its sections' anchors, headings and lengths, the synonym groups editors keep in
// content/search-synonyms.yaml and the stop words; search/words/XY.json, which sections use each word starting with
// "xy" and how often, loaded by the query's words; search/text/N.json, page N's section texts, loaded for the
// snippets of the results shown. The library (js/minisearch.min.js, MiniSearch, MIT) and the index are loaded only
// here: no other page pays for them. Words are matched whole or by their start, after a small English stemmer ("sprained" ->
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
  var docs = null;
  var synonyms = [];
  var shards = {}; // word group -> its words' postings, or a promise while loading
  var texts = {}; // page number -> its section texts, or a promise while loading
  var indexed = ''; // the word groups the engine was built with
  var MAX_PAGES = 20;
  var SNIPPET_WORDS = 28;

  // Words too common to help find a page; dropped from pages and queries alike (the list is in search.json).
  var STOP = {};

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
    if (term.charAt(0) === PAD) {
      return null;
    }
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

  // Filler tokens: a section's text field gets its loaded words plus as many distinct fillers as it has other
  // words, so MiniSearch weighs a match by the section's real length. processTerm drops them.
  var PAD = '\u0001';

  function load(data) {
    docs = [];
    pages = data.pages;
    synonyms = data.synonyms || [];
    data.stop.forEach(function (w) { STOP[w] = true; });
    pages.forEach(function (page, p) {
      var sections = page.sections.length ? page.sections : [['', '', 0]];
      sections.forEach(function (section, s) {
        docs.push({
          id: docs.length, page: p, section: s, anchor: section[0], title: page.title, heading: section[1],
          summary: page.summary, length: section[2], words: []
        });
      });
    });
  }

  // The word group of a folded word: its first two characters (kb.search.SearchIndex.shardOf). Stemming only
  // shortens a word's end, so a word, its stem and the words it matches by prefix share their group.
  function shardOf(word) {
    return Array.from(word).slice(0, 2).map(function (c) {
      return /[a-z0-9]/.test(c) ? c : '_' + c.codePointAt(0).toString(16);
    }).join('');
  }

  function fetchJson(url) {
    return fetch(url).then(function (response) {
      if (!response.ok) {
        throw new Error(response.status);
      }
      return response.json();
    });
  }

  // Loads the word groups the query's words need (a group the site does not have is an empty one).
  function loadShards(words) {
    var needed = [];
    words.forEach(function (word) {
      var t = fold(word).replace(/^'+|'+$/g, '');
      if (t && !STOP[t] && needed.indexOf(shardOf(t)) < 0) {
        needed.push(shardOf(t));
      }
    });
    return Promise.all(needed.map(function (slug) {
      if (!shards[slug]) {
        shards[slug] = fetchJson(root + 'search/words/' + slug + '.json').then(function (words) {
          shards[slug] = words;
          return words;
        }, function (error) {
          if (String(error.message) === '404') {
            shards[slug] = {};
            return {};
          }
          delete shards[slug];
          throw error;
        });
      }
      return shards[slug];
    }));
  }

  // (Re)builds the engine over titles, headings, summaries and the words of the loaded groups, when new groups came.
  function index() {
    var loaded = Object.keys(shards).filter(function (slug) { return !(shards[slug] instanceof Promise); }).sort();
    if (engine && loaded.join(' ') === indexed) {
      return;
    }
    indexed = loaded.join(' ');
    docs.forEach(function (doc) { doc.words = []; });
    loaded.forEach(function (slug) {
      var words = shards[slug];
      Object.keys(words).forEach(function (word) {
        var at = 0;
        words[word].split(' ').forEach(function (use) {
          var star = use.indexOf('*');
          at += parseInt(star < 0 ? use : use.slice(0, star), 10);
          var doc = docs[at];
          for (var n = star < 0 ? 1 : parseInt(use.slice(star + 1), 10); n > 0; n--) {
            doc.words.push(word);
          }
        });
      });
    });
    engine = new MiniSearch({
      fields: ['title', 'heading', 'summary', 'text'],
      storeFields: ['page', 'section', 'anchor', 'heading'],
      extractField: function (doc, field) {
        return field === 'text' ? doc : doc[field];
      },
      stringifyField: function (value) {
        return value;
      },
      tokenize: function (value, field) {
        if (field !== 'text') {
          return tokenize(value);
        }
        var tokens = value.words.slice();
        var distinct = new Set(tokens).size;
        for (var i = distinct; i < value.length; i++) {
          tokens.push(PAD + i);
        }
        return tokens;
      },
      processTerm: processTerm,
      searchOptions: {
        tokenize: tokenize,
        boost: { title: 6, heading: 5, summary: 1.5, text: 1 },
        prefix: function (term) { return term.length >= 3; },
        fuzzy: function (term) { return term.length >= 5 ? 0.2 : false; },
        weights: { fuzzy: 0.3, prefix: 0.4 }
      }
    });
    engine.addAll(docs);
  }

  // The words of a query tree, for the word groups it needs.
  function wordsOf(tree) {
    var words = [];
    tree.queries.forEach(function (q) {
      words = words.concat(typeof q === 'string' ? tokenize(q) : wordsOf(q));
    });
    return words;
  }

  // Loads the texts of the pages shown (for snippets); a page whose text cannot be loaded shows its summary.
  function loadTexts(found) {
    return Promise.all(found.map(function (entry) {
      var p = entry.best.page;
      if (!texts[p]) {
        texts[p] = fetchJson(root + 'search/text/' + p + '.json').then(function (list) {
          texts[p] = list;
          return list;
        }, function () {
          delete texts[p];
          return [];
        });
      }
      return texts[p];
    }));
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

  // Best section first; one result per page, with up to two more of its sections that matched. Loads the word
  // groups the query needs first (a promise of the results).
  function search(query) {
    var tree = queryTree(query, 'AND');
    if (!tree.queries.length) {
      return Promise.resolve([]);
    }
    return loadShards(wordsOf(tree)).then(function () {
      index();
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
    });
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
      var text = (texts[entry.best.page] || [])[entry.best.section] || entry.page.summary;
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
    (engine ? engine.autoSuggest(query, { fuzzy: 0.34, prefix: true, combineWith: 'OR' }) : []).slice(0, 5).forEach(function (s) {
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

  var shown = 0; // the latest search: an earlier one that finishes later is not shown

  function show(query) {
    var ticket = ++shown;
    if (!query) {
      results.textContent = '';
      help.textContent = '';
      status.textContent = '';
      return;
    }
    search(query).then(function (found) {
      return loadTexts(found).then(function () {
        return found;
      });
    }).then(function (found) {
      if (ticket !== shown) {
        return;
      }
      results.textContent = '';
      help.textContent = '';
      if (found.length) {
        showResults(found);
      } else {
        showHelp(query);
      }
      status.textContent = found.length === 0 ? 'No pages match \u201c' + query + '\u201d.'
        : found.length + (found.length === 1 ? ' page matches' : ' pages match') + ' \u201c' + query + '\u201d.';
    }).catch(function () {
      if (ticket === shown) {
        status.textContent = 'The search index could not be loaded. Browse the sections above instead.';
      }
    });
  }

  var timer = null;

  function run() {
    if (docs) {
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
  Promise.all([loadLibrary(), fetchJson(indexUrl)]).then(function (loaded) {
    load(loaded[1]);
    status.textContent = '';
    run();
  }).catch(function () {
    status.textContent = 'The search index could not be loaded. Browse the sections above instead.';
  });
})();
