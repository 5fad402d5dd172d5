// Follows a running plan: the best value found so far, live (server-sent events); reloads the page at the end.
// Without JavaScript the page keeps its « Actualiser » link.
(function () {
  const box = document.querySelector('[data-plan-progress]');
  if (!box || typeof EventSource === 'undefined') return;
  const bar = document.getElementById('avancement');
  const best = document.getElementById('meilleure');
  const source = new EventSource(box.getAttribute('data-plan-progress'));
  const started = Date.now();
  const limit = Number(box.getAttribute('data-limit-ms'));
  const timer = setInterval(function () {
    // the bar also moves between improvements: the solve runs until its time limit (or until its plan is proven
    // optimal: the stream then ends at once)
    const elapsed = Math.min(limit, Math.max(Number(bar.value), Date.now() - started));
    bar.value = elapsed;
  }, 500);
  function end() {
    clearInterval(timer);
    source.close();
    window.location.reload();
  }
  source.onmessage = function (event) {
    const point = JSON.parse(event.data);
    if (point.millis) bar.value = point.millis;
    if (point.objective !== null && point.objective !== undefined) {
      best.textContent = 'Meilleure valeur trouvée : ' + point.objective;
    }
    if (point.status && point.status !== 'SOLVING') end();
  };
  source.onerror = function () {
    // the stream ends when the solve ends (or was already over): read the result, a little later so that a
    // stream that cannot open does not reload the page in a loop
    source.close();
    setTimeout(end, 3000);
  };
})();
