// Progressive extras for every page; the page works without them.
// - "Copy link" buttons (the share URL is visible text anyway).
// - Heading "#" links also copy the section's public address and say "Link copied".
// - Focusing the header's search box prefetches the search index.
// - Links in the text get their public address in data-print-url, which the print stylesheet writes after them.
(function () {
  'use strict';

  function copy(text, status) {
    if (!navigator.clipboard) {
      return;
    }
    navigator.clipboard.writeText(text).then(function () {
      if (status) {
        status.textContent = 'Link copied.';
      }
    }, function () {
      if (status) {
        status.textContent = 'Could not copy: select the link and copy it.';
      }
    });
  }

  function canonical() {
    var link = document.querySelector('link[rel="canonical"]');
    return link ? link.href : location.href.split('#')[0];
  }

  document.querySelectorAll('button[data-copy]').forEach(function (button) {
    if (!navigator.clipboard) {
      return;
    }
    button.hidden = false;
    button.addEventListener('click', function () {
      copy(button.getAttribute('data-copy'), button.parentNode.querySelector('.copy-status'));
    });
  });

  document.querySelectorAll('main a[href]:not(.anchor)').forEach(function (link) {
    var href = link.getAttribute('href');
    if (href.charAt(0) !== '#' && !/^[a-z]+:/i.test(href) && !link.closest('nav, sup')) {
      link.setAttribute('data-print-url', new URL(href, canonical()).href);
    }
  });

  // The search index is fetched only when someone is about to search: focusing the header box starts loading it
  // (and the search scripts) into the browser's cache, so the search page answers at once.
  var headerSearch = document.getElementById('site-search-q');
  if (headerSearch && headerSearch.form) {
    headerSearch.addEventListener('focus', function () {
      (headerSearch.form.getAttribute('data-prefetch') || '').split(' ').forEach(function (href) {
        if (href) {
          var link = document.createElement('link');
          link.rel = 'prefetch';
          link.href = href;
          document.head.appendChild(link);
        }
      });
    }, { once: true });
  }

  // One polite live region (in the layout) says "Link copied" for a heading link, then clears itself.
  var toast = document.querySelector('.toast');
  var toastTimer = null;
  function say(message) {
    if (!toast) {
      return;
    }
    toast.textContent = message;
    clearTimeout(toastTimer);
    toastTimer = setTimeout(function () { toast.textContent = ''; }, 2500);
  }

  document.querySelectorAll('a.anchor').forEach(function (anchor) {
    anchor.addEventListener('click', function () {
      if (!navigator.clipboard) {
        return;
      }
      navigator.clipboard.writeText(canonical() + anchor.getAttribute('href')).then(function () {
        say('Link copied');
      }, function () {
        say('Could not copy the link: copy it from the address bar.');
      });
    });
  });
})();
