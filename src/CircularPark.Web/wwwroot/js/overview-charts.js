// The overview's two charts: each row's share of its parks transformed against the national targets (a target line per
// target), and the period's reports on time, late, overdue and not yet due, stacked.
(function () {
  const data = pageData('overview-data');
  if (!data || !window.echarts) return;
  const rotate = data.rows.length > 8 ? 40 : 0;
  const ready = [];
  function draw(id, option) {
    const element = document.getElementById(id);
    if (!element) return;
    const chart = echarts.init(element, null, { renderer: 'svg' });
    ready.push(new Promise(resolve => chart.on('finished', resolve)));
    chart.setOption(option);
    window.addEventListener('resize', () => chart.resize());
  }
  draw('overview-targets', {
    animation: false,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: v => (v == null ? '—' : v + '%') },
    legend: { top: 0 },
    grid: { left: 50, right: 30, top: 40, bottom: rotate ? 90 : 40 },
    xAxis: { type: 'category', data: data.rows, axisLabel: { interval: 0, rotate: rotate } },
    yAxis: { type: 'value', min: 0, max: 100, name: data.targetAxis },
    series: data.targets.map(t => ({
      name: t.name, type: 'bar', barMaxWidth: 48, data: t.data,
      markLine: t.line == null ? undefined : { symbol: 'none', silent: true, label: { formatter: data.targetLine + ' ' + t.line + '%' }, data: [{ yAxis: t.line }] }
    }))
  });
  draw('overview-reports', {
    animation: false,
    color: ['#2e7d32', '#ef6c00', '#c62828', '#90a4ae'],
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0 },
    grid: { left: 50, right: 30, top: 40, bottom: rotate ? 90 : 40 },
    xAxis: { type: 'category', data: data.rows, axisLabel: { interval: 0, rotate: rotate } },
    yAxis: { type: 'value', minInterval: 1 },
    series: data.reports.map(s => ({ name: s.name, type: 'bar', stack: 'all', barMaxWidth: 48, data: s.data }))
  });
  Promise.all(ready).then(() => { document.body.dataset.chartReady = 'true'; });
})();
