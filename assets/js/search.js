// Full-text search on the search page, section by section. The build writes the index in parts, so that a reader
// downloads little more than what one search needs, however many pages the site has (kb.search.SearchIndex):
// search.json, every page with its sections' anchors, headings and lengths, the synonym groups editors keep in
// content/search-synonyms.yaml and the stop words; search/words/XY.json, which sections use each word starting with
// "xy" and how often, loaded by the query's words; search/text/N.json, page N's section texts, loaded for the
// snippets of the results shown. The library (js/minisearch.min.js, MiniSearch, MIT) and the index are loaded only
// here: no other page pays for them. Words are matched whole or by their start, after a small English stemmer ("sprained" ->
// "sprain"), with typo tolerance for longer words; titles count most, then headings, then the summary and text.
//
// This one file runs twice: on the page, where it only reads the form and writes the results, and as a Web Worker
// (new Worker("js/search.js")), where the engine loads the index, builds MiniSearch, searches and cuts the snippets,
// so that none of that work blocks the page. A browser that cannot start the worker runs the same engine on the page.
(function () {
  'use strict';

  // The engine: index parts in, plain data out (no DOM). indexUrl is search.json's absolute address; loadLibrary
  // makes MiniSearch available and returns a promise.
  function Engine(indexUrl, loadLibrary) {
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

    // Folding (Unicode normalisation) and stemming are the costly steps, and titles, headings and summaries use the
    // same few thousand words again and again: each distinct token is processed once.
    var processed = new Map();

    function processTerm(term) {
      var known = processed.get(term);
      if (known === undefined) {
        var t = fold(term).replace(/^'+|'+$/g, '');
        known = !t || STOP[t] ? null : stem(t);
        processed.set(term, known);
      }
      return known;
    }

    var TOKEN = /[\p{L}\p{N}]+(?:'[\p{L}]+)?/gu;

    function tokenize(text) {
      return text.match(TOKEN) || [];
    }

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
            summary: page.summary, length: section[2], fixed: null
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

    var OPTIONS = {
      fields: ['title', 'heading', 'summary', 'text'],
      storeFields: ['page', 'section', 'anchor', 'heading'],
      tokenize: tokenize,
      processTerm: processTerm,
      searchOptions: {
        tokenize: tokenize,
        boost: { title: 6, heading: 5, summary: 1.5, text: 1 },
        prefix: function (term) { return term.length >= 3; },
        fuzzy: function (term) { return term.length >= 5 ? 0.2 : false; },
        weights: { fuzzy: 0.3, prefix: 0.4 }
      }
    };
    var TEXT = 3; // the text field's number in OPTIONS.fields

    // A field as MiniSearch's add() records it: its length (distinct tokens, before processing) and its processed
    // terms with their counts, in the order they first occur.
    function fieldTerms(value) {
      var tokens = tokenize(value);
      var counts = new Map();
      tokens.forEach(function (token) {
        var term = processTerm(token);
        if (term) {
          counts.set(term, (counts.get(term) || 0) + 1);
        }
      });
      return { length: new Set(tokens).size, terms: Array.from(counts) };
    }

    var pageFields = []; // page number -> its title's and summary's terms, shared by its sections

    // A section's title, heading and summary fields, worked out once.
    function fixedFields(doc) {
      if (!doc.fixed) {
        var page = pageFields[doc.page] || (pageFields[doc.page] = [fieldTerms(doc.title), fieldTerms(doc.summary)]);
        doc.fixed = [page[0], fieldTerms(doc.heading), page[1]];
      }
      return doc.fixed;
    }

    // (Re)builds the engine over titles, headings, summaries and the words of the loaded groups, when new groups
    // came. The engine is written in MiniSearch's own serialized form (its toJSON, read back by MiniSearch.loadJS)
    // straight from the groups' postings: what addAll of the sections would record, term for term and in the same
    // order (so that ranking ties fall as before), with a section's text field as long as the section's distinct
    // words (search.json), so that a match in a long section weighs less. The work grows with the uses of the
    // loaded words, not with the length of the text.
    function index() {
      var loaded = Object.keys(shards).filter(function (slug) { return !(shards[slug] instanceof Promise); }).sort();
      if (engine && loaded.join(' ') === indexed) {
        return;
      }
      indexed = loaded.join(' ');
      var used = docs.map(function () { return []; }); // section -> term, count, term, count... of its loaded words
      loaded.forEach(function (slug) {
        var words = shards[slug];
        Object.keys(words).forEach(function (word) {
          var term = processTerm(word);
          var at = 0;
          words[word].split(' ').forEach(function (use) {
            var star = use.indexOf('*');
            at += parseInt(star < 0 ? use : use.slice(0, star), 10);
            used[at].push(term, star < 0 ? 1 : parseInt(use.slice(star + 1), 10));
          });
        });
      });
      var terms = new Map(); // term -> field number -> section -> count
      var documentIds = {};
      var fieldLength = {};
      var average = [];
      var storedFields = {};
      function add(term, field, id, count) {
        var fields = terms.get(term);
        if (!fields) {
          terms.set(term, fields = {});
        }
        var uses = fields[field] || (fields[field] = {});
        uses[id] = (uses[id] || 0) + count;
      }
      docs.forEach(function (doc, id) {
        var lengths = [];
        function measure(field, length) {
          lengths[field] = length;
          average[field] = ((average[field] || 0) * id + length) / (id + 1); // as MiniSearch keeps its average
        }
        fixedFields(doc).forEach(function (f, field) {
          measure(field, f.length);
          f.terms.forEach(function (use) { add(use[0], field, id, use[1]); });
        });
        var words = used[id];
        measure(TEXT, Math.max(words.length / 2, doc.length));
        for (var i = 0; i < words.length; i += 2) {
          if (words[i]) {
            add(words[i], TEXT, id, words[i + 1]);
          }
        }
        documentIds[id] = id;
        fieldLength[id] = lengths;
        storedFields[id] = { page: doc.page, section: doc.section, anchor: doc.anchor, heading: doc.heading };
      });
      engine = MiniSearch.loadJS({
        documentCount: docs.length, nextId: docs.length, documentIds: documentIds,
        fieldIds: { title: 0, heading: 1, summary: 2, text: TEXT }, fieldLength: fieldLength, averageFieldLength: average,
        storedFields: storedFields, dirtCount: 0, index: Array.from(terms), serializationVersion: 2
      }, OPTIONS);
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

    // The words of a text as segments for the page to show: plain text at even places, a matched word at odd ones.
    function marked(text, matched) {
      var segments = [];
      var last = 0;
      text.replace(TOKEN, function (word, offset) {
        if (matched[processTerm(word)]) {
          segments.push(text.slice(last, offset), word);
          last = offset + word.length;
        }
        return word;
      });
      segments.push(text.slice(last));
      return segments;
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

    // A result as the page shows it: the page's title and the section's heading with the matched words marked,
    // the snippet (or the page's summary when its text could not be loaded), and up to two more sections.
    function result(entry) {
      var matched = matchedTerms(entry.best);
      var text = (texts[entry.best.page] || [])[entry.best.section] || entry.page.summary;
      return {
        path: entry.page.path,
        anchor: entry.best.anchor,
        title: marked(entry.page.title, matched),
        heading: entry.best.heading && entry.best.heading !== entry.page.title ? marked(entry.best.heading, matched) : null,
        snippet: text ? marked(snippet(text, matched), matched) : null,
        more: entry.more.map(function (hit) {
          return { anchor: hit.anchor, heading: marked(hit.heading, matchedTerms(hit)) };
        })
      };
    }

    function pagesOfType(type) {
      return pages.filter(function (page) { return page.type === type; }).sort(function (a, b) {
        return a.title.localeCompare(b.title);
      }).map(function (page) {
        return { title: page.title, path: page.path };
      });
    }

    // Nothing found: the nearest words the site does use, and every injury and technique to browse instead.
    function help(query) {
      return {
        suggestions: (engine ? engine.autoSuggest(query, { fuzzy: 0.34, prefix: true, combineWith: 'OR' }) : [])
          .slice(0, 5).map(function (s) { return s.suggestion; }),
        injury: pagesOfType('injury'),
        technique: pagesOfType('technique')
      };
    }

    var ready = Promise.all([fetchJson(indexUrl), loadLibrary()]).then(function (loaded) {
      load(loaded[0]);
    });

    // The answer to a query: {results: [...]} or, when nothing matches, {results: [], help: {...}}; an empty
    // query only waits for the index (so that the first words typed are answered at once).
    this.ask = function (query) {
      return ready.then(function () {
        if (!query) {
          return { results: [] };
        }
        return search(query).then(function (found) {
          return loadTexts(found).then(function () {
            return found.length ? { results: found.map(result) } : { results: [], help: help(query) };
          });
        });
      });
    };
  }

  // In the worker: one engine, answering the page's messages ({id, index, query}) with {id, answer} or {id, failed}.
  if (typeof document === 'undefined' && typeof importScripts === 'function') {
    var answering = null;
    self.onmessage = function (event) {
      var message = event.data;
      if (!answering) {
        answering = new Engine(message.index, function () {
          // After the engine has started fetching search.json, so that both downloads run at once.
          return new Promise(function (resolve) {
            importScripts('minisearch.min.js');
            resolve();
          });
        });
      }
      answering.ask(message.query).then(function (answer) {
        self.postMessage({ id: message.id, answer: answer });
      }, function () {
        self.postMessage({ id: message.id, failed: true });
      });
    };
    return;
  }

  // On the page.
  var form = document.querySelector('form.search-page');
  if (!form) {
    return;
  }
  var input = form.querySelector('input[name="q"]');
  var status = document.getElementById('search-status');
  var results = document.getElementById('search-results');
  var helpArea = document.getElementById('search-help');
  var indexUrl = form.getAttribute('data-index');
  var root = indexUrl.replace(/search\.json$/, '');
  var indexAddress = new URL(indexUrl, location.href).href;

  function loadLibrary() {
    return new Promise(function (resolve, reject) {
      var script = document.createElement('script');
      script.src = root + 'js/minisearch.min.js';
      script.onload = resolve;
      script.onerror = reject;
      document.head.appendChild(script);
    });
  }

  // Questions go to the worker; if it cannot be made, or fails to start (an old browser, a blocked script), the
  // engine runs on the page, and answers the questions the worker had too.
  var worker = null;
  var local = null;
  var pending = {}; // message id -> {query, resolve, reject}
  var asked = 0;

  function askPage(query) {
    if (!local) {
      local = new Engine(indexAddress, loadLibrary);
    }
    return local.ask(query);
  }

  function fallBack() {
    if (worker) {
      worker.terminate();
      worker = null;
    }
    Object.keys(pending).forEach(function (id) {
      var waiting = pending[id];
      delete pending[id];
      askPage(waiting.query).then(waiting.resolve, waiting.reject);
    });
  }

  try {
    worker = new Worker(root + 'js/search.js');
    worker.onmessage = function (event) {
      var waiting = pending[event.data.id];
      delete pending[event.data.id];
      if (event.data.failed) {
        waiting.reject();
      } else {
        waiting.resolve(event.data.answer);
      }
    };
    worker.onerror = function (event) {
      event.preventDefault();
      fallBack();
    };
  } catch (e) {
    worker = null;
  }

  function ask(query) {
    if (!worker) {
      return askPage(query);
    }
    return new Promise(function (resolve, reject) {
      var id = ++asked;
      pending[id] = { query: query, resolve: resolve, reject: reject };
      worker.postMessage({ id: id, index: indexAddress, query: query });
    });
  }

  function href(path, anchor) {
    return root + path + (anchor ? '#' + anchor : '');
  }

  // Appends the engine's segments to an element: matched words (odd places) in <mark> (DOM nodes, never HTML).
  function appendMarked(element, segments) {
    segments.forEach(function (text, i) {
      if (i % 2) {
        var mark = document.createElement('mark');
        mark.textContent = text;
        element.appendChild(mark);
      } else if (text) {
        element.appendChild(document.createTextNode(text));
      }
    });
  }

  function showResults(found) {
    found.forEach(function (hit) {
      var item = document.createElement('li');
      var a = document.createElement('a');
      a.href = href(hit.path, hit.anchor);
      a.className = 'search-hit';
      appendMarked(a, hit.title);
      if (hit.heading) {
        a.appendChild(document.createTextNode(' \u203a '));
        appendMarked(a, hit.heading);
      }
      item.appendChild(a);
      if (hit.snippet) {
        var p = document.createElement('p');
        p.className = 'summary';
        appendMarked(p, hit.snippet);
        item.appendChild(p);
      }
      if (hit.more.length) {
        var also = document.createElement('p');
        also.className = 'summary';
        also.appendChild(document.createTextNode('Also on this page: '));
        hit.more.forEach(function (more, i) {
          var link = document.createElement('a');
          link.href = href(hit.path, more.anchor);
          appendMarked(link, more.heading);
          also.appendChild(link);
          also.appendChild(document.createTextNode(i < hit.more.length - 1 ? '; ' : '.'));
        });
        item.appendChild(also);
      }
      results.appendChild(item);
    });
  }

  function helpList(title, pages) {
    var section = document.createElement('div');
    var heading = document.createElement('h2');
    heading.textContent = title;
    section.appendChild(heading);
    var list = document.createElement('ul');
    list.className = 'page-list';
    pages.forEach(function (page) {
      var item = document.createElement('li');
      var a = document.createElement('a');
      a.href = href(page.path, '');
      a.textContent = page.title;
      item.appendChild(a);
      list.appendChild(item);
    });
    section.appendChild(list);
    return section;
  }

  // Nothing found: the nearest words the site does use, then every injury and technique.
  function showHelp(advice) {
    var suggestions = advice.suggestions;
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
      helpArea.appendChild(p);
    }
    helpArea.appendChild(helpList('Injuries', advice.injury));
    helpArea.appendChild(helpList('Techniques', advice.technique));
  }

  var shown = 0; // the latest search: an earlier one that finishes later is not shown

  function show(query) {
    var ticket = ++shown;
    ask(query).then(function (answer) {
      if (ticket !== shown) {
        return;
      }
      results.textContent = '';
      helpArea.textContent = '';
      if (!query) {
        status.textContent = '';
        return;
      }
      var found = answer.results;
      if (found.length) {
        showResults(found);
      } else {
        showHelp(answer.help);
      }
      status.textContent = found.length === 0 ? 'No pages match \u201c' + query + '\u201d.'
        : found.length + (found.length === 1 ? ' page matches' : ' pages match') + ' \u201c' + query + '\u201d.';
    }, function () {
      if (ticket === shown) {
        status.textContent = 'The search index could not be loaded. Browse the sections above instead.';
      }
    });
  }

  var timer = null;

  function run() {
    show(input.value.trim());
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

  input.value = new URLSearchParams(location.search).get('q') || '';
  status.textContent = 'Loading the search index\u2026';
  run();
})();
