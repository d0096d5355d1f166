// One chart per key project: planned and actual progress (%) by year as lines, planned and completed investment as bars.
// Sets body[data-projects-ready] when drawn (indicator-trends.js sets body[data-chart-ready] for the trend charts).
(function () {
  const data = pageData('project-data');
  const host = document.getElementById('project-charts');
  if (!data || !host || !window.echarts) return;
  let pending = data.projects.length;
  if (pending === 0) document.body.dataset.projectsReady = 'true';
  for (const p of data.projects) {
    const el = document.createElement('div');
    el.className = 'chart';
    el.style.height = '340px';
    el.setAttribute('role', 'img');
    el.setAttribute('aria-label', p.title);
    host.appendChild(el);
    const chart = echarts.init(el, null, { renderer: 'svg' });
    chart.on('finished', () => { if (--pending <= 0) document.body.dataset.projectsReady = 'true'; });
    chart.setOption({
      animation: false,
      title: { text: p.title, textStyle: { fontSize: 13, color: p.delayed ? '#b3261e' : '#333' } },
      tooltip: { trigger: 'axis', valueFormatter: formatNumber },
      legend: { bottom: 0, type: 'scroll' },
      grid: { left: 50, right: 60, top: 60, bottom: 60 },
      xAxis: { type: 'category', data: p.years.map(String) },
      yAxis: [{ type: 'value', max: 100, name: '%' }, { type: 'value', name: data.names.plannedInvestment.replace(/.*[（(]/, '').replace(/[）)]/, '') }],
      series: [
        { name: data.names.plannedInvestment, type: 'bar', yAxisIndex: 1, data: p.plannedInvestment, itemStyle: { opacity: 0.4 } },
        { name: data.names.actualInvestment, type: 'bar', yAxisIndex: 1, data: p.actualInvestment },
        { name: data.names.planned, type: 'line', data: p.planned, lineStyle: { type: 'dashed' } },
        { name: data.names.actual, type: 'line', data: p.actual, connectNulls: true, label: { show: true, formatter: p => formatNumber(p.value) } }
      ]
    });
    window.addEventListener('resize', () => chart.resize());
  }
})();
