// Draws a park's chain graph: enterprises coloured by GB/T 4754 division (their chain), placed left to right by their
// depth along the chains (vertical extension); each stream as a material node coloured by kind; links coloured by
// kind, thicker with more tonnes; a stream nobody in the park uses (a gap) has a dashed red ring. PNG download for the plan.
// Tooltips are HTML: every name in them is escaped (enterprise and stream names are typed by users), labels are plain text.
(function () {
  const data = pageData('chain-data'), text = pageData('chain-text');
  const element = document.getElementById('chain-chart');
  if (!data || !text || !element || !window.echarts) return;
  const kindColour = { Product: '#3b6fb6', ByProduct: '#2e8b57', Waste: '#b5651d', Energy: '#d0342c', Water: '#1e9bd7' };
  const palette = ['#5470c6', '#91cc75', '#fac858', '#ee6666', '#73c0de', '#3ba272', '#fc8452', '#9a60b4', '#ea7ccc', '#6e7074'];
  const kinds = Object.keys(text.kinds);
  const outsideName = text.outsideSupply + ' / ' + text.outsideUse;
  const categories = data.divisions.map((d, i) => ({ name: text.division + ' ' + d, itemStyle: { color: palette[i % palette.length] } }))
    .concat(kinds.map(k => ({ name: text.kinds[k], itemStyle: { color: kindColour[k] } })))
    .concat([{ name: outsideName, itemStyle: { color: '#9aa5b1' } }]);
  const esc = echarts.format.encodeHTML;
  const tonnes = t => esc(Number(t).toLocaleString('en-US', { maximumFractionDigits: 1 }) + ' ' + text.tonnes);
  const weight = t => 1 + 4 * Math.log10(1 + (t || 0)) / 7;

  function category(n) {
    if (n.type === 'Enterprise') return data.divisions.indexOf(n.group);
    if (n.type === 'Material') return data.divisions.length + kinds.indexOf(n.kind);
    return categories.length - 1;
  }

  const nodes = data.nodes.map(n => {
    const enterprise = n.type !== 'Material';
    const name = n.type === 'Outside' ? (n.id === 'outside-in' ? text.outsideSupply : text.outsideUse) : n.name;
    return {
      id: n.id, name: name, x: n.x, y: n.y, category: category(n), value: n.tonnesPerYear,
      symbol: enterprise ? 'roundRect' : (n.hazardous ? 'diamond' : 'circle'),
      symbolSize: enterprise ? [Math.max(90, name.length * 13 + 16), 34] : 8 + 3 * weight(n.tonnesPerYear),
      itemStyle: n.gap ? { borderColor: '#d0021b', borderWidth: 3, borderType: 'dashed' } : undefined,
      label: { show: true, position: enterprise ? 'inside' : 'bottom', color: enterprise ? '#fff' : '#1f2933', fontSize: 11 },
      tooltip: { formatter: () => esc(name) + (n.tonnesPerYear != null ? '<br>' + tonnes(n.tonnesPerYear) : '') + (n.gap ? '<br>' + esc(text.gap) : '') + (n.group ? '<br>' + esc(text.division + ' ' + n.group) : '') },
    };
  });
  const links = data.links.map(l => ({
    source: l.source, target: l.target, value: l.tonnesPerYear,
    lineStyle: { color: kindColour[l.kind], width: weight(l.tonnesPerYear), type: l.coupling ? 'solid' : (l.source.startsWith('outside') ? 'dotted' : 'solid'), curveness: 0.08, opacity: 0.85 },
    tooltip: { formatter: () => (l.label ? esc(l.label) + '<br>' : '') + esc(text.kinds[l.kind]) + ' · ' + tonnes(l.tonnesPerYear) + (l.coupling ? '<br>' + esc(text.coupling) : '') },
  }));

  const ys = data.nodes.map(n => n.y);
  element.style.height = Math.max(420, Math.max(...ys) - Math.min(...ys) + 200) + 'px';
  const chart = echarts.init(element, null, { renderer: 'canvas', devicePixelRatio: Math.max(2, window.devicePixelRatio || 1) });
  chart.on('finished', () => { document.body.dataset.chartReady = 'true'; });
  chart.setOption({
    animation: false,
    backgroundColor: '#fff',
    tooltip: { trigger: 'item' },
    legend: [{ top: 0, type: 'scroll', data: categories.map(c => c.name) }],
    toolbox: { right: 10, top: 24, feature: { saveAsImage: { name: text.file, pixelRatio: 2, backgroundColor: '#fff' } } },
    series: [{
      type: 'graph', layout: 'none', roam: true, categories: categories, data: nodes, links: links,
      edgeSymbol: ['none', 'arrow'], edgeSymbolSize: 7, top: 70, bottom: 50, left: 60, right: 60,
      emphasis: { focus: 'adjacency' },
    }],
  });
  window.addEventListener('resize', () => chart.resize());
  const button = document.getElementById('chain-png');
  if (button) button.addEventListener('click', () => {
    const link = document.createElement('a');
    link.download = text.file + '.png';
    link.href = chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#fff' });
    document.body.appendChild(link);
    link.click();
    link.remove();
  });
})();
