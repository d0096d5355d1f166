// Completeness and timeliness per group: on time, late and missing reporters stacked.
(function () {
  const data = pageData('timeliness-data');
  const element = document.getElementById('timeliness-chart');
  if (!data || !element || !window.echarts) return;
  const chart = echarts.init(element, null, { renderer: 'svg' });
  chart.on('finished', () => { document.body.dataset.chartReady = 'true'; });
  chart.setOption({
    animation: false,
    color: ['#2e7d32', '#ef6c00', '#c62828'],
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0 },
    grid: { left: 40, right: 20, top: 40, bottom: 60 },
    xAxis: { type: 'category', data: data.groups, axisLabel: { interval: 0, rotate: data.groups.length > 8 ? 40 : 0 } },
    yAxis: { type: 'value', minInterval: 1 },
    series: data.series.map(s => ({ name: s.name, type: 'bar', stack: 'all', data: s.data, label: { show: true, formatter: p => (p.value ? String(p.value) : '') } }))
  });
  window.addEventListener('resize', () => chart.resize());
})();
