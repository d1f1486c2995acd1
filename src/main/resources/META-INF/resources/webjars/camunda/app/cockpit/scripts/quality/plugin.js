// Qyzmet: quality indicators (item 18 of every standard) and the deadline monitor, as a Cockpit plugin (Camunda 7
// plugin module). Reads /api/quality/* with the Cockpit login session; what it shows is limited on the server to the
// user's scope (office head: her office; regional body: its region; manager: the country). Charts: Apache ECharts
// from the application's own jar (/webjars/echarts/...), nothing from the internet.
const ECHARTS = '/webjars/echarts/5.3.1/dist/echarts.min.js';
const MEASURES = {
  timeliness: 'Мерзімінде көрсетілген',
  satisfaction: 'Қанағаттану сауалнамасы',
  waitingWithin: 'Кезекте күту',
  documentsCompleteAtIntake: 'Құжаттар бірінші ұсынғанда қабылданды',
  justifiedComplaints: 'Негізделген шағымдар',
  justifiedComplaintsInTerm: 'Мерзімінде қаралған негізделген шағымдар',
  notMeasured: 'Іс деректерінен өлшенбейді'
};

let echartsLoading;
function loadEcharts() {
  if (window.echarts) return Promise.resolve(window.echarts);
  if (!echartsLoading) {
    echartsLoading = new Promise((resolve, reject) => {
      const script = document.createElement('script');
      script.src = ECHARTS;
      script.onload = () => resolve(window.echarts);
      script.onerror = reject;
      document.head.appendChild(script);
    });
  }
  return echartsLoading;
}

async function get(path) {
  const response = await fetch(path, {credentials: 'same-origin', headers: {Accept: 'application/json'}});
  if (!response.ok) {
    let detail = response.statusText;
    try { detail = (await response.json()).detail || detail; } catch (e) { /* not JSON */ }
    throw new Error(response.status + ': ' + detail);
  }
  return response.json();
}

function esc(value) {
  return String(value == null ? '' : value).replace(/[&<>"']/g, c => ({'&': '&amp;', '<': '&lt;', '>': '&gt;',
    '"': '&quot;', "'": '&#39;'}[c]));
}

// The case's outcome (kz.qyzmet.quality.CaseFacts) in the manager's words.
const OUTCOMES = {
  issued: 'нәтиже берілді',
  transferred: 'сақтауға берілді',
  completed: 'аяқталды',
  refusedAtIntake: 'қабылдаудан бас тартылды'
};

// A moment as the offices read it: dd.MM.yyyy HH:mm, Almaty time, 24 hours.
function when(iso) {
  if (!iso) return '';
  const parts = new Intl.DateTimeFormat('ru-RU', {timeZone: 'Asia/Almaty', day: '2-digit', month: '2-digit',
    year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23'}).formatToParts(new Date(iso));
  const part = type => (parts.find(p => p.type === type) || {}).value;
  return `${part('day')}.${part('month')}.${part('year')} ${part('hour')}:${part('minute')}`;
}

function num(value) {
  return value == null ? '—' : Number(value).toFixed(2);
}

function scopeParam(scope) {
  if (scope.level === 'country') return 'country';
  if (scope.level === 'region') return 'region:' + scope.id;
  if (scope.level === 'district') return 'district:' + scope.region + '/' + scope.id;
  return 'office:' + scope.id;
}

function scopeName(scope) {
  return {country: 'Ел бойынша', region: 'Облыс: ', district: 'Аудан: ', office: 'Кеңсе: '}[scope.level]
    + (scope.id || '');
}

function render(node) {
  const year = new Date().getFullYear();
  node.innerHTML = `
    <section class="qyzmet-quality" style="padding: 1em 2em">
      <h2>Сапа және қолжетімділік көрсеткіштері</h2>
      <form class="qyzmet-filter" style="margin-bottom: 1em">
        <label>Кезең <input name="period" value="${year}" size="9" title="2026, 2026-Q1 немесе 2026-03"></label>
        <span class="qyzmet-scope" style="margin-left: 1em"></span>
        <button type="submit" class="btn btn-default btn-sm">Көрсету</button>
        <button type="button" class="btn btn-link btn-sm qyzmet-up" hidden>↑ Жоғары деңгей</button>
      </form>
      <p class="qyzmet-error text-danger"></p>
      <h3>Бөлімшелер бойынша</h3>
      <div class="qyzmet-breakdown"></div>
      <h3>Мерзімдер мониторы</h3>
      <div class="qyzmet-monitor"><p>Кеңсені таңдаңыз.</p></div>
      <h3>Көрсеткіштер</h3>
      <div class="qyzmet-indicators"></div>
      <h3 class="qyzmet-chart-title">Көрсеткіш бойынша айлар (жолды таңдаңыз)</h3>
      <div class="qyzmet-chart" style="width: 100%; height: 320px"></div>
    </section>`;
  const $ = selector => node.querySelector(selector);
  const state = {own: null, stack: []};

  const current = () => state.stack[state.stack.length - 1];
  const period = () => $('input[name=period]').value.trim();
  const fail = error => { $('.qyzmet-error').textContent = error.message; };

  async function show() {
    $('.qyzmet-error').textContent = '';
    const scope = current();
    $('.qyzmet-scope').textContent = scopeName(scope);
    $('.qyzmet-up').hidden = state.stack.length < 2;
    const query = 'period=' + encodeURIComponent(period()) + '&scope=' + encodeURIComponent(scopeParam(scope));
    try {
      const [indicators, breakdown] = await Promise.all([
        get('/api/quality/indicators?' + query), get('/api/quality/breakdown?' + query)]);
      showIndicators(indicators.rows);
      showBreakdown(breakdown);
      if (scope.level === 'office') {
        showMonitor(await get('/api/quality/monitor?office=' + encodeURIComponent(scope.id) + '&period='
          + encodeURIComponent(period())));
      } else {
        $('.qyzmet-monitor').innerHTML = '<p>Кеңсені таңдаңыз.</p>';
      }
    } catch (error) {
      fail(error);
    }
  }

  function showIndicators(rows) {
    $('.qyzmet-indicators').innerHTML = `<table class="table table-condensed cam-table qyzmet-indicator-table">
      <thead><tr><th>Стандарт</th><th>Жол</th><th>Көрсеткіш</th><th>Мәні, %</th><th>Алымы</th><th>Бөлімі</th>
        <th>Норматив</th><th>Мақсат</th><th>Қаулы жолы</th></tr></thead><tbody>${rows.map(row => `
        <tr data-key="${esc(row.standard + ' ' + row.code)}" style="cursor: pointer">
          <td>${esc(row.standard)}</td><td>${esc(row.code)}</td>
          <td>${esc(row.name.kk)}<br><small class="text-muted">${esc(MEASURES[row.measure] || row.measure)}${row.reading
            ? ': ' + esc(row.reading.kk) : ''}</small></td>
          <td class="qyzmet-value">${num(row.value)}</td><td>${row.numerator == null ? '—' : row.numerator}</td>
          <td>${row.denominator == null ? '—' : row.denominator}</td><td>${num(row.normative)}</td>
          <td>${num(row.target)}</td><td>${esc(row.line)}</td></tr>`).join('')}</tbody></table>`;
    node.querySelectorAll('.qyzmet-indicator-table tbody tr').forEach(tr =>
      tr.addEventListener('click', () => chart(tr.dataset.key)));
  }

  async function chart(key) {
    const year = parseInt(period().substring(0, 4), 10);
    try {
      const [echarts, series] = await Promise.all([loadEcharts(),
        get('/api/quality/series?year=' + year + '&scope=' + encodeURIComponent(scopeParam(current())))]);
      $('.qyzmet-chart-title').textContent = key + ', ' + year + ' (айлар бойынша, %)';
      const values = series.series[key];
      if (!values) {
        $('.qyzmet-chart').textContent = 'Бұл көрсеткіш іс деректерінен өлшенбейді.';
        return;
      }
      const instance = echarts.getInstanceByDom($('.qyzmet-chart')) || echarts.init($('.qyzmet-chart'));
      instance.setOption({
        tooltip: {trigger: 'axis'},
        xAxis: {type: 'category', data: series.months},
        yAxis: {type: 'value', min: 0, max: 100},
        series: [{name: key, type: 'line', data: values, connectNulls: false}]
      }, true);
    } catch (error) {
      fail(error);
    }
  }

  function showBreakdown(breakdown) {
    const target = $('.qyzmet-breakdown');
    if (breakdown.cases) {
      target.innerHTML = `<table class="table table-condensed cam-table"><thead><tr><th>Іс</th><th>Стандарт</th>
        <th>Қабылданды</th><th>Аяқталды</th><th>Нәтиже</th><th>Мерзімінде</th></tr></thead><tbody>${breakdown.cases
        .map(c => `<tr><td><a href="#/process-instance/${esc(c.processInstanceId)}/runtime">${esc(c.businessKey)}</a>
        </td><td>${esc(c.standard)}</td><td>${esc(when(c.acceptedAt))}</td><td>${esc(when(c.endedAt))}</td>
        <td>${esc(c.outcome ? OUTCOMES[c.outcome] || c.outcome : 'ашық')}</td><td>${c.timely == null ? '—' : c.timely ? 'иә' : 'жоқ'}</td></tr>`)
        .join('')}</tbody></table>`;
      return;
    }
    target.innerHTML = `<table class="table table-condensed cam-table qyzmet-units"><thead><tr>
      <th>${breakdown.units.length && breakdown.units[0].level === 'region' ? 'Облыс' : 'Кеңсе'}</th>
      <th>Көрсетілген</th><th>Мерзімінде, %</th><th>Қанағаттанған, %</th><th>Ашық</th></tr></thead>
      <tbody>${breakdown.units.map(u => `<tr><td><a href="" data-level="${esc(u.level)}" data-unit="${esc(u.unit)}">
        ${esc(u.unit)}</a></td><td>${u.served}</td><td>${u.served ? num(100 * u.timely / u.served) : '—'}</td>
        <td>${u.answers ? num(100 * u.satisfied / u.answers) : '—'}</td><td>${u.open}</td></tr>`).join('')}
      </tbody></table>`;
    target.querySelectorAll('a[data-unit]').forEach(a => a.addEventListener('click', event => {
      event.preventDefault();
      state.stack.push({level: a.dataset.level, id: a.dataset.unit, region: a.dataset.level === 'region'
        ? a.dataset.unit : current().region});
      show();
    }));
  }

  function showMonitor(report) {
    const breaches = Object.entries(report.breachesByDeadline);
    $('.qyzmet-monitor').innerHTML = `
      <dl class="dl-horizontal qyzmet-monitor-figures">
        <dt>Ашық істер</dt><dd class="qyzmet-open">${report.openCases}</dd>
        <dt>Бүгін (${esc(report.today)})</dt><dd>${report.dueToday}</dd>
        <dt>Келесі жұмыс күні (${esc(report.nextWorkingDay)})</dt><dd>${report.dueNextWorkingDay}</dd>
        <dt>Мерзімі өткен</dt><dd>${report.overdue.length}</dd>
        <dt>Кезеңдегі бұзушылықтар</dt><dd>${breaches.length ? breaches.map(([id, n]) => esc(id) + ': ' + n)
          .join(', ') : '0'}</dd>
      </dl>
      <table class="table table-condensed cam-table"><thead><tr><th>Стандарт</th><th>Істер</th>
        <th>Медиана, жұмыс күні</th><th>90-перцентиль</th><th>Мерзім</th></tr></thead><tbody>${report.timeToResult
        .map(t => `<tr><td>${esc(t.standard)}</td><td>${t.cases}</td><td>${t.medianWorkingDays}</td>
        <td>${t.p90WorkingDays}</td><td>${esc(t.term || '')}</td></tr>`).join('')}</tbody></table>
      <ul>${report.overdue.map(o => `<li><a href="${esc(o.cockpitLink)}">${esc(o.businessKey)}</a>
        ${esc(o.standard)} ${esc(o.deadline)}: ${esc(o.due)}</li>`).join('')}</ul>`;
  }

  $('.qyzmet-filter').addEventListener('submit', event => { event.preventDefault(); show(); });
  $('.qyzmet-up').addEventListener('click', () => { state.stack.pop(); show(); });
  get('/api/quality/scope').then(own => { state.own = own; state.stack = [own]; show(); }).catch(fail);
}

export default [
  {
    id: 'qyzmet.quality.navigation',
    pluginPoint: 'cockpit.navigation',
    priority: 10,
    label: 'Сапа',
    properties: {
      pagePath: '#/quality',
      checkActive: path => path.indexOf('#/quality') > -1
    },
    render: node => {
      node.innerHTML = '<a href="#/quality">Сапа көрсеткіштері</a>';
    }
  },
  {
    id: 'qyzmet.quality.page',
    pluginPoint: 'cockpit.route',
    properties: {
      path: '/quality',
      label: '/quality'
    },
    render
  }
];
