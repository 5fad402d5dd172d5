// Suggests ROME skill labels as the person types (datalist), and adds the one they pick to their skills.
(function () {
  const input = document.querySelector('[data-skill-autocomplete]');
  if (!input) return;
  const list = document.getElementById(input.getAttribute('list'));
  const chosen = document.getElementById('chosen');
  let byLabel = new Map();
  let timer;
  input.addEventListener('input', function () {
    const picked = byLabel.get(input.value);
    if (picked && chosen) {
      addSkill(picked);
      input.value = '';
      return;
    }
    clearTimeout(timer);
    timer = setTimeout(suggest, 200);
  });
  function suggest() {
    const q = input.value.trim();
    if (q.length < 2) return;
    fetch('/api/skills?limit=15&q=' + encodeURIComponent(q), { headers: { 'Accept': 'application/json' } })
      .then(function (r) { return r.ok ? r.json() : { results: [] }; })
      .then(function (data) {
        byLabel = new Map();
        list.replaceChildren();
        data.results.forEach(function (s) {
          byLabel.set(s.label, s);
          const option = document.createElement('option');
          option.value = s.label;
          list.appendChild(option);
        });
      });
  }
  function addSkill(skill) {
    if (document.getElementById('chosen-' + skill.code)) return;
    const wrapper = document.createElement('div');
    wrapper.className = 'fr-fieldset__element';
    const group = document.createElement('div');
    group.className = 'fr-checkbox-group';
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.id = 'chosen-' + skill.code;
    box.name = 'competences';
    box.value = skill.code;
    box.checked = true;
    const label = document.createElement('label');
    label.className = 'fr-label';
    label.htmlFor = box.id;
    label.textContent = skill.label;
    group.append(box, label);
    wrapper.appendChild(group);
    chosen.appendChild(wrapper);
  }
})();
