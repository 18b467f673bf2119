// Progressive extras for every page; the page works without them.
// - "Copy link" buttons (the share URL is visible text anyway).
// - Heading "#" links also copy the section's public address and say "Link copied".
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
