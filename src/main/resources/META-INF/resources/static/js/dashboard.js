// Draws the dashboard's charts from the JSON blocks the page carries; the tables under them hold the same numbers.
(function () {
  if (typeof Chart === 'undefined') return;
  const colours = ['#000091', '#6a6af4', '#c9191e', '#18753c', '#b34000'];
  document.querySelectorAll('[data-chart]').forEach(function (box) {
    const source = document.getElementById(box.getAttribute('data-chart'));
    if (!source) return;
    const spec = JSON.parse(source.textContent);
    const canvas = document.createElement('canvas');
    canvas.setAttribute('role', 'img');
    canvas.setAttribute('aria-label', spec.title + ' : les valeurs sont dans le tableau qui suit.');
    box.appendChild(canvas);
    new Chart(canvas, {
      type: spec.type,
      data: {
        labels: spec.labels,
        datasets: spec.series.map(function (s, i) {
          return { label: s.label, data: s.data, backgroundColor: colours[i % colours.length] };
        })
      },
      options: {
        maintainAspectRatio: false,
        animation: false,
        plugins: { title: { display: true, text: spec.title } },
        scales: { x: { stacked: spec.stacked }, y: { stacked: spec.stacked, beginAtZero: true } }
      }
    });
  });
})();
