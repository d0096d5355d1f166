// Draws every Sankey diagram on the page: <div data-sankey="ID"> with its data in <script type="application/json" id="ID">.
// Recycled flows that close a loop go into a copy of their destination marked ↺ (ECharts' sankey cannot draw cycles);
// a link is more transparent the larger its relative uncertainty; the tooltip gives value ± standard deviation.
// Sets document.body.dataset.chartReady = 'true' once every chart has finished rendering. The tooltip is HTML: every name
// and label in it is escaped (process and flow names are typed by users).
(function () {
  const elements = Array.from(document.querySelectorAll('[data-sankey]'));
  if (!elements.length || !window.echarts) return;
  const done = new Set();
  const esc = echarts.format.encodeHTML;
  const format = v => (v == null ? '' : Number(v).toLocaleString('zh-CN', { maximumFractionDigits: 2 }));
  elements.forEach(element => {
    const data = JSON.parse(document.getElementById(element.dataset.sankey).textContent);
    const labels = Object.fromEntries(data.nodes.map(n => [n.id, n.label]));
    const sources = new Set(data.links.map(l => l.source));
    const chart = echarts.init(element, null, { renderer: 'svg' });
    chart.on('finished', () => {
      done.add(element);
      if (done.size === elements.length) document.body.dataset.chartReady = 'true';
    });
    chart.setOption({
      animation: false,
      tooltip: {
        trigger: 'item',
        formatter: p => p.dataType === 'edge'
          ? `${esc(p.data.name)}（${esc(p.data.flow)}）<br>${esc(labels[p.data.source])} → ${esc(labels[p.data.target])}<br>`
            + `${format(p.data.value)}${p.data.sd != null ? ' ± ' + format(p.data.sd) : ''} ${esc(data.unit)}`
            + (p.data.relative ? `（±${esc(p.data.relative)}）` : '') + (p.data.roles ? `<br>${esc(p.data.roles)}` : '')
          : esc(labels[p.name])
      },
      series: [{
        type: 'sankey',
        left: 10, right: 20, top: 10, bottom: 10,
        nodeAlign: 'justify',
        nodeGap: 12,
        emphasis: { focus: 'adjacency' },
        label: { formatter: p => labels[p.name], fontSize: 12 },
        // Sinks (exports, emissions, loop copies) sit in the last column: their labels go to their left.
        data: data.nodes.map(n => ({
          name: n.id,
          itemStyle: { color: n.color, borderType: n.loop ? 'dashed' : 'solid', borderColor: n.loop ? '#1f2933' : n.color },
          label: sources.has(n.id) ? {} : { position: 'left' }
        })),
        links: data.links.map(l => ({ ...l, lineStyle: { color: l.color, opacity: l.opacity, curveness: 0.5 } }))
      }]
    });
    window.addEventListener('resize', () => chart.resize());
  });
})();
