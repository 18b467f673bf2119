/* Citation popovers. Tapping, clicking or focusing a citation number shows its reference, with its kind of
   evidence and its finding (copied from the page's reference list), in a small box next to it, without leaving
   the page; Escape, a tap elsewhere or moving focus away closes it. Without JavaScript the number stays a plain
   link to the reference list at the end of the page. Loaded as a file (no inline script:
   the site runs under a strict Content-Security-Policy); positions are set through the CSSOM, which CSP allows. */
(function () {
  'use strict';

  var box = null;
  var owner = null;
  var refocusing = false; // Escape puts focus back on the number without opening the box again

  function citationLink(node) {
    return node && node.closest ? node.closest('a.citation-ref') : null;
  }

  // The parts of a list entry the box shows: the kind of evidence, the reference and its finding (not the
  // back links, which would lead to where the reader already is).
  function partsFor(link) {
    var entry = document.getElementById(decodeURIComponent(link.hash.slice(1)));
    return entry && entry.querySelector('.reference') ? entry.querySelectorAll('.evidence, .reference, .finding') : null;
  }

  function close(returnFocus) {
    if (!box) {
      return;
    }
    var link = owner;
    box.parentNode.removeChild(box);
    box = null;
    owner = null;
    link.setAttribute('aria-expanded', 'false');
    if (returnFocus) {
      refocusing = true;
      link.focus();
      refocusing = false;
    }
  }

  function place(link) {
    var parent = box.offsetParent || document.body;
    var area = parent.getBoundingClientRect();
    var at = link.getBoundingClientRect();
    // Keep a margin from both edges of the screen, whatever the page's own padding.
    var margin = 8;
    var screenWidth = document.documentElement.clientWidth;
    var left = Math.max(margin, Math.min(at.left, screenWidth - margin - box.offsetWidth));
    box.style.left = (left - area.left) + 'px';
    box.style.top = (at.bottom - area.top + 4) + 'px';
  }

  function open(link) {
    if (owner === link) {
      return;
    }
    var parts = partsFor(link);
    if (!parts) {
      return;
    }
    close(false);
    box = document.createElement('span');
    box.className = 'citation-popover';
    box.setAttribute('role', 'dialog');
    box.setAttribute('aria-label', link.getAttribute('aria-label') || 'Reference');
    for (var i = 0; i < parts.length; i++) {
      box.appendChild(parts[i].cloneNode(true));
      box.appendChild(document.createTextNode(' '));
    }
    var more = document.createElement('a');
    more.className = 'citation-popover-more';
    more.href = link.hash;
    more.textContent = 'Go to the reference list';
    box.appendChild(more);
    // Right after the citation, so Tab reaches the DOI and PubMed links next.
    var sup = link.closest('sup') || link;
    sup.parentNode.insertBefore(box, sup.nextSibling);
    owner = link;
    link.setAttribute('aria-expanded', 'true');
    place(link);
  }

  function init() {
    var links = document.querySelectorAll('a.citation-ref');
    for (var i = 0; i < links.length; i++) {
      links[i].setAttribute('aria-haspopup', 'dialog');
      links[i].setAttribute('aria-expanded', 'false');
    }
    document.addEventListener('click', function (event) {
      var link = citationLink(event.target);
      if (link) {
        event.preventDefault();
        open(link);
      } else if (box && !box.contains(event.target)) {
        close(false);
      }
    });
    document.addEventListener('focusin', function (event) {
      var link = citationLink(event.target);
      if (link) {
        if (!refocusing) {
          open(link);
        }
      } else if (box && !box.contains(event.target)) {
        close(false);
      }
    });
    document.addEventListener('keydown', function (event) {
      if (event.key === 'Escape' && box) {
        close(true);
      }
    });
    window.addEventListener('resize', function () {
      if (owner) {
        place(owner);
      }
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
}());
