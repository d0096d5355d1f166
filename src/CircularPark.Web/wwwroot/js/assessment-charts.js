// Assessment charts: the ranking's totals as bars; the ranking history as lines of ranks (1 at the top).
(function () {
  function data(id) {
    const element = document.getElementById(id);
    return element ? JSON.parse(element.textContent) : null;
  }
  function ready(chart) {
    chart.on('finished', () => { document.body.dataset.chartReady = 'true'; });
    window.addEventListener('resize', () => chart.resize());
  }
  const ranking = data('ranking-data');
  const rankingElement = document.getElementById('ranking-chart');
  if (ranking && rankingElement && window.echarts) {
    rankingElement.style.height = Math.max(260, 34 * ranking.parks.length + 60) + 'px';
    const chart = echarts.init(rankingElement, null, { renderer: 'svg' });
    ready(chart);
    chart.setOption({
      animation: false,
      color: ['#0b6e4f'],
      grid: { left: 10, right: 50, top: 20, bottom: 30, containLabel: true },
      xAxis: { type: 'value', min: 0 },
      yAxis: { type: 'category', data: ranking.parks, axisLabel: { width: 260, overflow: 'truncate' } },
      series: [{ type: 'bar', data: ranking.totals, label: { show: true, position: 'right', formatter: p => p.value.toFixed(2) } }]
    });
  }
  const history = data('history-data');
  const historyElement = document.getElementById('history-chart');
  if (history && historyElement && window.echarts) {
    const chart = echarts.init(historyElement, null, { renderer: 'svg' });
    ready(chart);
    chart.setOption({
      animation: false,
      tooltip: { trigger: 'item' },
      legend: { top: 0, type: 'scroll' },
      grid: { left: 40, right: 30, top: 50, bottom: 30 },
      xAxis: { type: 'category', data: history.years.map(String), boundaryGap: false },
      yAxis: { type: 'value', inverse: true, min: 1, max: history.maxRank, minInterval: 1, name: history.rankLabel },
      series: history.parks.map(p => ({ name: p.name, type: 'line', connectNulls: false, data: p.ranks, label: { show: true } }))
    });
  }
})();
