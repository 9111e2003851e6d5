// The network: actors or countries, dyads as edges; brokers and backchannels marked; an edge lists its events.
import { el, fill, note } from '../dom.js';
import { get } from '../api.js';
import { API, NETWORK_WITH_EVENTS, list, network as readNetwork, broker as readBroker, backchannel as readBackchannel, eventDetail } from '../fields.js';
import { href } from '../nav.js';
import { heading, table, statusBadge, actorLink } from './common.js';

const COLORS = { node: '#3465a4', broker: '#c4581a', edge: '#8a8f98', hostile: '#b3261e', friendly: '#2e7d32', backchannel: '#7b3fa0' };

const pairKey = (a, b) => [a, b].sort().join('\u0000');

async function edgeEvents(edge, names, panel) {
  fill(panel, note('Loading the events of this dyad…'));
  const ids = edge.events.slice(0, 40);
  const events = (await Promise.all(ids.map(id => get(API.event(id)).catch(() => null)))).filter(Boolean).map(eventDetail);
  fill(panel,
    el('h2', { id: 'edge-h', tabindex: -1 }, `${names.get(edge.source) || edge.source} → ${names.get(edge.target) || edge.target}`),
    el('p', {}, `${edge.count} event${edge.count === 1 ? '' : 's'}, mean Goldstein ${Number(edge.goldstein).toFixed(1)}`,
      edge.secret ? `, ${edge.secret} secret` : '', edge.mediated ? `, ${edge.mediated} mediated` : '',
      edge.events.length > ids.length ? ` (first ${ids.length} shown)` : ''),
    events.length ? el('ol', { class: 'edge-events' }, events.map(e => el('li', {},
      el('p', { class: 'claim-meta' }, el('a', { href: href('event', e.id) }, e.date || 'undated'), ' ', statusBadge(e.status, e.secret)),
      el('p', {}, actorLink(e.source), ' ', el('span', { class: 'action' }, e.cameoName || e.cameo), ' ', actorLink(e.target)),
      e.evidence[0] ? el('p', { class: 'evidence-snippet' }, e.evidence[0].text) : null))) : note('No events could be read.'));
  panel.querySelector('h2').focus();
}

export async function view(r) {
  const countries = r.params.get('countries') === 'true';
  const params = { countries: countries || undefined, from: r.params.get('from'), to: r.params.get('to') };
  const [net, brokersRaw, backRaw] = await Promise.all([
    get(API.network, { ...params, ...NETWORK_WITH_EVENTS }),
    get(API.brokers, params).catch(() => []),
    get(API.backchannels, params).catch(() => []),
  ]);
  const { nodes, edges } = readNetwork(net);
  const brokers = new Set(list(brokersRaw, 'brokers').map(readBroker).slice(0, 10).map(b => b.actor));
  const backs = list(backRaw, 'backchannels').map(readBackchannel);
  const backPairs = new Set(backs.map(b => pairKey(b.a, b.b)));
  for (const b of backs) for (const m of b.mediators) brokers.add(m);
  const names = new Map(nodes.map(n => [n.id, n.name]));
  const panel = el('section', { class: 'edge-panel', 'aria-live': 'polite', 'aria-labelledby': 'edge-h' },
    el('h2', { id: 'edge-h' }, 'Dyad events'), el('p', { class: 'muted' }, 'Choose an edge in the picture or in the table below to list its events.'));
  const chartBox = el('div', { class: 'chart network-chart', role: 'img',
    'aria-label': `Network of ${nodes.length} ${countries ? 'countries' : 'actors'} and ${edges.length} dyads; the same data is in the table below.` });
  const toggle = el('p', { class: 'view-options' },
    countries ? el('a', { href: href('network', {}) }, 'Show actors') : el('a', { href: href('network', { countries: 'true' }) }, 'Show countries'));
  const legend = el('ul', { class: 'legend' },
    el('li', {}, el('span', { class: 'swatch sw-broker' }), 'broker or mediator'),
    el('li', {}, el('span', { class: 'swatch line sw-backchannel' }), 'backchannel (secret or mediated contact between hostile parties)'),
    el('li', {}, el('span', { class: 'swatch line sw-hostile' }), 'conflictual'),
    el('li', {}, el('span', { class: 'swatch line sw-friendly' }), 'cooperative'));
  const rows = [...edges].sort((a, b) => b.count - a.count).map(e => [
    names.get(e.source) || e.source, names.get(e.target) || e.target, String(e.count), Number(e.goldstein).toFixed(1),
    backPairs.has(pairKey(e.source, e.target)) ? el('span', { class: 'badge backchannel' }, 'backchannel') : '',
    el('button', { type: 'button', class: 'link-button', on: { click: () => edgeEvents(e, names, panel) } }, 'Show events')]);
  const root = el('div', { class: 'network' },
    heading('Network', el('p', { class: 'lede' }, 'Who acts on whom. Node size: number of partners; edge width: number of events.')),
    toggle, legend,
    nodes.length ? el('div', { class: 'network-layout' }, chartBox, panel) : note('No events in the store yet.'),
    el('section', { 'aria-labelledby': 'dyads-h' }, el('h2', { id: 'dyads-h' }, 'Dyads'),
      table('Dyads', ['Source', 'Target', 'Events', 'Mean Goldstein', 'Backchannel', ''], rows)),
    backs.length ? el('section', { 'aria-labelledby': 'bc-h' }, el('h2', { id: 'bc-h' }, 'Backchannels'),
      el('ul', { class: 'plain' }, backs.map(b => el('li', {}, names.get(b.a) || b.a, ' – ', names.get(b.b) || b.b,
        b.mediators.length ? ` via ${b.mediators.map(m => names.get(m) || m).join(', ')}` : '', ` (${b.contacts.length} contacts)`)))) : null);
  if (nodes.length) requestAnimationFrame(() => draw(chartBox, nodes, edges, brokers, backPairs, names, panel));
  return root;
}

function draw(box, nodes, edges, brokers, backPairs, names, panel) {
  if (!window.echarts) { fill(box, note('The chart library did not load; the table below has the same data.', 'error')); return; }
  const chart = window.echarts.init(box, null, { renderer: 'canvas' });
  const maxDeg = Math.max(1, ...nodes.map(n => n.degree));
  const maxCount = Math.max(1, ...edges.map(e => e.count));
  const small = nodes.length < 20;
  chart.setOption({
    animation: false,
    aria: { enabled: true },
    tooltip: { renderMode: 'richText', formatter: p => p.dataType === 'edge'
      ? `${names.get(p.data.source) || p.data.source} → ${names.get(p.data.target) || p.data.target}: ${p.data.count} events`
      : `${p.data.name}${p.data.broker ? ' (broker)' : ''}` },
    series: [{
      type: 'graph', layout: 'force', roam: true, draggable: true,
      force: small ? { repulsion: 600, edgeLength: [120, 220], gravity: 0.08 } : { repulsion: 260, edgeLength: [70, 170], gravity: 0.12 },
      zoom: box.clientWidth < 600 ? 0.6 : small ? 1 : 0.85,
      edgeSymbol: ['none', 'arrow'], edgeSymbolSize: 7,
      label: { show: true, position: 'right', fontSize: 11, formatter: p => String(p.data.name).replace(/[{}|]/g, ' ') },
      emphasis: { focus: 'adjacency', lineStyle: { width: 5 } },
      data: nodes.map(n => ({
        id: n.id, name: String(n.name), broker: brokers.has(n.id) || n.broker,
        symbol: brokers.has(n.id) || n.broker ? 'diamond' : 'circle',
        symbolSize: 10 + 22 * Math.sqrt(n.degree / maxDeg),
        itemStyle: { color: brokers.has(n.id) || n.broker ? COLORS.broker : COLORS.node },
      })),
      edges: edges.map((e, i) => {
        const back = backPairs.has(pairKey(e.source, e.target)) || e.backchannel;
        return {
          source: e.source, target: e.target, count: e.count, index: i,
          lineStyle: { width: 1 + 5 * e.count / maxCount, curveness: 0.15, opacity: 0.85,
            type: back ? 'dashed' : 'solid',
            color: back ? COLORS.backchannel : e.goldstein < -1 ? COLORS.hostile : e.goldstein > 1 ? COLORS.friendly : COLORS.edge },
        };
      }),
    }],
  });
  chart.on('click', p => { if (p.dataType === 'edge') edgeEvents(edges[p.data.index], names, panel); });
  const resize = () => chart.resize();
  window.addEventListener('resize', resize);
  window.addEventListener('hashchange', () => { window.removeEventListener('resize', resize); chart.dispose(); }, { once: true });
}
