// The data a page hands to its charts, from <script type="application/json" id="…"> (the Content-Security-Policy allows
// no inline script). Null when the page has none.
function pageData(id) {
  const element = document.getElementById(id);
  return element ? JSON.parse(element.textContent) : null;
}
