// Draws the campaign summary: per city (national campaigns: per province), the parks planned each year (the table's level columns stacked) and the cumulative count.
(function () {
  const data = pageData('summary-data');
  const element = document.getElementById('summary-chart');
  if (!data || !element || !window.echarts) return;
  const chart = echarts.init(element, null, { renderer: 'svg' });
  chart.on('finished', () => { document.body.dataset.chartReady = 'true'; });
  chart.setOption({
    animation: false,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0, type: 'scroll' },
    grid: { left: 40, right: 20, top: 60, bottom: 60 },
    xAxis: { type: 'category', data: data.cities, axisLabel: { interval: 0, rotate: data.cities.length > 10 ? 40 : 0 } },
    yAxis: { type: 'value', minInterval: 1 },
    series: data.series.map(s => ({ name: s.name, type: 'bar', stack: s.stack, data: s.data, emphasis: { focus: 'series' } }))
      .concat([{ name: data.cumulativeName, type: 'line', data: data.cumulative, label: { show: true, position: 'top' } }])
  });
  window.addEventListener('resize', () => chart.resize());
})();
