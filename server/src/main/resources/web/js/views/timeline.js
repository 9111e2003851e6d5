// A dyad's timeline (events per period, Goldstein balance, spikes, change points) and its historical analogs.
import { el, fill, note } from '../dom.js';
import { get } from '../api.js';
import { API, list, timeline as readTimeline, analog as readAnalog } from '../fields.js';
import { href } from '../nav.js';
import { heading, field, table } from './common.js';
import { eventRow, EVENT_HEADERS } from './events.js';

function dyadForm(view, r, withBy) {
  const a = el('input', { id: 'dyad-a', name: 'a', value: r.params.get('a') || '', required: true, placeholder: 'USA or an actor id' });
  const b = el('input', { id: 'dyad-b', name: 'b', value: r.params.get('b') || '', placeholder: 'VEN (optional)' });
  const by = withBy ? el('select', { id: 'dyad-by', name: 'by' }, ['day', 'week', 'month'].map(x => el('option', { value: x, selected: (r.params.get('by') || 'month') === x }, x))) : null;
  const form = el('form', { class: 'filters dyad-form', on: { submit: ev => {
    ev.preventDefault();
    location.hash = href(view, { a: a.value.trim(), b: b.value.trim(), by: by ? by.value : undefined });
  } } }, field('Actor or country A', a), field('Actor or country B', b), by ? field('Period', by) : null,
  el('div', { class: 'filter-actions' }, el('button', { type: 'submit' }, 'Show')));
  return form;
}

export async function view(r) {
  const a = r.params.get('a');
  const head = heading('Timeline', el('p', { class: 'lede' }, 'A dyad\'s events by period: count, Goldstein balance, spikes and change points.'));
  if (!a) return el('div', {}, head, dyadForm('timeline', r, true), note('Name one or two actors or countries (e.g. USA and VEN).'));
  const b = r.params.get('b') || undefined;
  const by = r.params.get('by') || 'month';
  const t = readTimeline(await get(API.timeline, { a, b, by }));
  const chartBox = el('div', { class: 'chart timeline-chart', role: 'img',
    'aria-label': `Events per ${by} for ${a}${b ? ' and ' + b : ''}; spikes and change points are listed below the chart.` });
  const marks = t.buckets.filter(k => k.spike || k.changePoint);
  const root = el('div', { class: 'timeline' }, head, dyadForm('timeline', r, true),
    t.buckets.length ? chartBox : note('No dated events for this dyad.'),
    marks.length ? el('ul', { class: 'plain marks-list' }, marks.map(k => el('li', {}, el('strong', {}, k.start), ': ',
      [k.spike ? 'spike in events' : null, k.changePoint ? 'change in Goldstein balance' : null].filter(Boolean).join(', '),
      ` (${k.count} events, Goldstein ${Number(k.goldstein).toFixed(1)})`))) : null,
    el('p', {}, el('a', { href: href('analogs', { a, b }) }, 'Historical analogs for this dyad')),
    t.events.length ? el('section', { 'aria-labelledby': 'tl-ev-h' }, el('h2', { id: 'tl-ev-h' }, 'Events in order'),
      table('Events in order', EVENT_HEADERS, t.events.map(eventRow), 'event-table')) : null);
  if (t.buckets.length) requestAnimationFrame(() => draw(chartBox, t.buckets));
  return root;
}

function draw(box, buckets) {
  if (!window.echarts) { fill(box, note('The chart library did not load.', 'error')); return; }
  const chart = window.echarts.init(box, null, { renderer: 'canvas' });
  const x = buckets.map(k => k.start);
  chart.setOption({
    animation: false,
    aria: { enabled: true },
    tooltip: { trigger: 'axis', renderMode: 'richText' },
    legend: { data: ['Events', 'Goldstein balance'], top: 0 },
    grid: { left: 48, right: 48, top: 36, bottom: 48 },
    xAxis: { type: 'category', data: x },
    yAxis: [{ type: 'value', name: 'events', minInterval: 1 }, { type: 'value', name: 'Goldstein' }],
    series: [
      { name: 'Events', type: 'bar', barMaxWidth: 48, data: buckets.map(k => ({ value: k.count, itemStyle: { color: k.spike ? '#c4581a' : '#3465a4' } })),
        markPoint: { symbolSize: 36, label: { formatter: 'spike', fontSize: 9 },
          data: buckets.filter(k => k.spike).map(k => ({ coord: [k.start, k.count], value: 'spike' })) } },
      { name: 'Goldstein balance', type: 'line', yAxisIndex: 1, data: buckets.map(k => Number(k.goldstein.toFixed(2))), itemStyle: { color: '#2e7d32' },
        markLine: { symbol: 'none', label: { formatter: 'change', position: 'end' }, lineStyle: { type: 'dashed', color: '#7b3fa0' },
          data: buckets.filter(k => k.changePoint).map(k => ({ xAxis: k.start })) } },
    ],
  });
  const resize = () => chart.resize();
  window.addEventListener('resize', resize);
  window.addEventListener('hashchange', () => { window.removeEventListener('resize', resize); chart.dispose(); }, { once: true });
}

export async function analogs(r) {
  const head = heading('Analogs', el('p', { class: 'lede' }, 'Past episodes closest to a dyad\'s pattern, with the features that matched.'));
  const a = r.params.get('a');
  if (!a) return el('div', {}, head, dyadForm('analogs', r, false), note('Name one or two actors or countries (e.g. USA and VEN).'));
  const items = list(await get(API.analogs, { a, b: r.params.get('b') || undefined }), 'analogs').map(readAnalog);
  return el('div', { class: 'analogs' }, head, dyadForm('analogs', r, false),
    items.length ? el('ol', { class: 'analog-list' }, items.map(x => el('li', { class: 'card' },
      el('h2', {}, x.name, x.similarity != null ? el('span', { class: 'score' }, ` ${Number(x.similarity).toFixed(2)}`) : null),
      x.summary ? el('p', {}, x.summary) : null,
      x.features.length ? el('p', {}, el('strong', {}, 'Matched: '), x.features.map(String).join(', ')) : null,
      x.shared.length ? el('p', {}, el('strong', {}, 'Shared actors: '), x.shared.map(String).join(', ')) : null,
      x.outcome ? el('p', {}, el('strong', {}, 'Outcome: '), x.outcome) : null))) : note('No analogs found.'));
}
