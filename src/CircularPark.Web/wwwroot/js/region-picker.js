// Region pickers (the <region-picker> tag helper): as the user types a name (苏州, 红河州, 兵团) or a code, the matches of
// GET /api/regions are listed; choosing one (mouse, or arrow keys and Enter) shows its full name and submits its code.
// Text typed without choosing is submitted as typed, and the server reads it as people write it.
// Results that arrive for text no longer in the box are dropped (its own search is on the way), and a region the user has
// highlighted stays highlighted when fresh results still list it, so what Enter chooses is always what is shown.
(function () {
  const english = (document.documentElement.lang || '').startsWith('en');

  function init(root) {
    const input = root.querySelector('input[role=combobox]');
    const code = root.querySelector('input[data-region-code]');
    const list = root.querySelector('[role=listbox]');
    code.name = input.name;
    input.removeAttribute('name');
    let options = [];
    let active = -1;
    let timer = 0;
    let asked = 0;

    function close() {
      list.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      mark(-1);
    }

    // Highlights the option at index, or none for -1.
    function mark(index) {
      active = index;
      list.querySelectorAll('[role=option]').forEach((li, i) => li.setAttribute('aria-selected', String(i === index)));
      if (index >= 0) input.setAttribute('aria-activedescendant', list.children[index].id);
      else input.removeAttribute('aria-activedescendant');
    }

    function choose(index) {
      const region = options[index];
      if (!region) return;
      input.value = english ? region.fullNameEn : region.fullNameZh;
      code.value = region.code;
      close();
      root.dispatchEvent(new CustomEvent('region-chosen', { bubbles: true, detail: region }));
    }

    function period(region) {
      if (!region.validTo) return '';
      return ' (' + (region.validFrom || '…') + ' – ' + region.validTo + ')';
    }

    function show(found) {
      const highlighted = active >= 0 && options[active] ? options[active].code : null;
      options = found;
      list.replaceChildren(...found.map((region, i) => {
        const li = document.createElement('li');
        li.id = input.id + '-option-' + i;
        li.setAttribute('role', 'option');
        li.setAttribute('aria-selected', 'false');
        li.dataset.code = region.code;
        li.textContent = (english ? region.fullNameEn : region.fullNameZh) + period(region);
        const small = document.createElement('small');
        small.textContent = ' ' + region.code;
        li.append(small);
        li.addEventListener('mousedown', e => { e.preventDefault(); choose(i); });
        return li;
      }));
      list.hidden = found.length === 0;
      input.setAttribute('aria-expanded', String(found.length > 0));
      mark(found.findIndex(region => region.code === highlighted));
    }

    async function search() {
      const q = input.value.trim();
      if (q.length === 0) { close(); return; }
      const query = new URLSearchParams({ q: q, take: '12' });
      if (root.dataset.levels) query.set('level', root.dataset.levels);
      if (root.dataset.asOf) query.set('asOf', root.dataset.asOf);
      if (root.dataset.within) query.set('within', root.dataset.within);
      const ask = ++asked;
      const response = await fetch('/api/regions?' + query, { headers: { Accept: 'application/json' } });
      if (ask !== asked || !response.ok) return;
      const found = await response.json();
      if (ask !== asked || input.value.trim() !== q) return;
      show(found);
    }

    input.addEventListener('input', () => {
      code.value = '';
      clearTimeout(timer);
      timer = setTimeout(search, 150);
    });
    input.addEventListener('keydown', e => {
      if (list.hidden) return;
      if (e.key === 'ArrowDown') { e.preventDefault(); mark(Math.min(active + 1, options.length - 1)); }
      else if (e.key === 'ArrowUp') { e.preventDefault(); mark(Math.max(active - 1, 0)); }
      else if (e.key === 'Enter' && active >= 0) { e.preventDefault(); choose(active); }
      else if (e.key === 'Escape') { close(); }
    });
    input.addEventListener('blur', () => setTimeout(close, 100));
    const form = input.form;
    if (form) form.addEventListener('submit', () => { if (code.value === '') code.value = input.value.trim(); });
  }

  document.querySelectorAll('[data-region-picker]').forEach(init);
})();
