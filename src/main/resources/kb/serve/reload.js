// Live preview only (served by `kb serve`, never part of the published site): reloads the page after each
// rebuild, and after reconnecting to a preview that has rebuilt or restarted in the meantime.
(function () {
  'use strict';
  var served = null;
  var events = new EventSource('/_kb/events');
  events.addEventListener('hello', function (event) {
    if (served !== null && served !== event.data) {
      window.location.reload();
    }
    served = event.data;
  });
  events.addEventListener('reload', function () {
    window.location.reload();
  });
}());
