// The data a page hands to its charts, from <script type="application/json" id="…"> (the Content-Security-Policy allows
// no inline script). Null when the page has none.
function pageData(id) {
  const element = document.getElementById(id);
  return element ? JSON.parse(element.textContent) : null;
}

// A number as the tables show it (Format.Number): thousands separators, at most two decimals, four significant digits
// below 1; empty for a missing value.
function formatNumber(value) {
  if (value === null || value === undefined || !isFinite(value)) return '';
  const size = Math.abs(value);
  if (size >= 1 || size === 0) return value.toLocaleString('en-US', { maximumFractionDigits: 2 });
  const decimals = Math.min(12, 3 - Math.floor(Math.log10(size)));
  return String(Number(value.toFixed(decimals)));
}
