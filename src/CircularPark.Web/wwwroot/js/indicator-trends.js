// One small chart per indicator: the actual values by year and, where the plan sets them, the targets.
(function () {
  const data = pageData('trend-data');
  const host = document.getElementById('trend-charts');
  if (!data || !host || !window.echarts) return;
  let pending = data.charts.length;
  if (pending === 0) document.body.dataset.chartReady = 'true';
  for (const c of data.charts) {
    const el = document.createElement('div');
    el.className = 'chart';
    el.style.height = '260px';
    el.setAttribute('role', 'img');
    el.setAttribute('aria-label', c.title);
    host.appendChild(el);
    const chart = echarts.init(el, null, { renderer: 'svg' });
    chart.on('finished', () => { if (--pending <= 0) document.body.dataset.chartReady = 'true'; });
    chart.setOption({
      animation: false,
      title: { text: c.title, textStyle: { fontSize: 13 } },
      tooltip: { trigger: 'axis', valueFormatter: formatNumber },
      legend: { bottom: 0, type: 'scroll' },
      grid: { left: 50, right: 20, top: 36, bottom: 56 },
      xAxis: { type: 'category', data: data.years.map(String) },
      yAxis: { type: 'value', scale: true, axisLabel: { formatter: formatNumber } },
      series: [
        { name: data.actualName, type: 'line', data: c.actual, connectNulls: true, label: { show: true, formatter: p => formatNumber(p.value) } },
        { name: data.targetName, type: 'line', data: c.target, connectNulls: true, lineStyle: { type: 'dashed' } }
      ]
    });
    window.addEventListener('resize', () => chart.resize());
  }
})();
