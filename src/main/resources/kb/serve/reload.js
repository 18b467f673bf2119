// Live preview only (served by `kb serve`, never part of the published site): reloads the page after each rebuild.
(function () {
  'use strict';
  var events = new EventSource('/_kb/events');
  events.addEventListener('reload', function () {
    window.location.reload();
  });
}());
