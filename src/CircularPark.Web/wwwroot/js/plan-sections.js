// The plan editor one section at a time (ADR 0087). The page is one form holding every section, and stays so: this script
// only hides the sections not chosen, so one save posts every field and nothing typed in another section is lost; without
// it every section shows, as a long form with anchor links. The chosen section is kept in the address (#sec-…); after a
// failed save the form names the section of the first error (data-initial), and a field the browser finds invalid opens
// its own section. Sets body[data-section] to the section shown.
(function () {
  const form = document.querySelector('form[data-sections]');
  if (!form) return;
  const sections = [...form.querySelectorAll('section[data-section]')];
  const ids = sections.map(s => s.id);
  const nav = document.querySelector('nav.tabs.sections');
  const tabs = nav ? [...nav.querySelectorAll('a[href^="#"]')] : [];

  function show(id, how) {
    if (!ids.includes(id)) id = ids[0];
    for (const s of sections) s.hidden = s.id !== id;
    for (const tab of tabs) {
      const on = tab.getAttribute('href') === '#' + id;
      tab.classList.toggle('current', on);
      if (on) tab.setAttribute('aria-current', 'true'); else tab.removeAttribute('aria-current');
    }
    if (how === 'push' && location.hash !== '#' + id) history.pushState(null, '', '#' + id);
    else if (how === 'replace' && location.hash !== '#' + id) history.replaceState(null, '', '#' + id);
    document.body.dataset.section = id;
  }

  // Tabs, previous / next, the check list and the error list all link to #sec-…: open that section and bring its top into view.
  document.addEventListener('click', event => {
    const link = event.target.closest('a[href^="#"]');
    const id = link && link.getAttribute('href').slice(1);
    if (!id || !ids.includes(id)) return;
    event.preventDefault();
    show(id, 'push');
    const top = form.getBoundingClientRect().top - (nav ? nav.offsetHeight : 0);
    if (top < 0) window.scrollBy(0, top);
  });
  window.addEventListener('popstate', () => show(location.hash.slice(1), 'keep'));

  // The browser's own checks (a year that is not a number): open the section of the first field it refuses so it can say why.
  let switching = false;
  form.addEventListener('invalid', event => {
    if (switching) return;
    const section = event.target.closest('section[data-section]');
    if (section && section.hidden) { switching = true; show(section.id, 'replace'); setTimeout(() => { switching = false; }, 0); }
  }, true);

  // On arrival the address is left as it is until the page has loaded: a fragment set while loading would scroll the page
  // past its errors and the check list to the section.
  form.classList.add('one-section');
  const initial = form.dataset.initial || location.hash.slice(1);
  show(initial, 'keep');
  if (form.dataset.initial) window.addEventListener('load', () => show(initial, 'replace'));
})();
