// The event table with its filters, one event with its evidence, and one actor with its roles and events.
import { el, fill, append, highlight, note } from '../dom.js';
import { get, post, can } from '../api.js';
import { API, EVENT_FILTERS, STATUSES, page, event as readEvent, eventDetail, reviewBody, documentOf, list } from '../fields.js';
import { href } from '../nav.js';
import { statusBadge, actorLink, eventLink, heading, field, comments, table, when } from './common.js';

const PAGE = 50;

function filterForm(params) {
  const controls = EVENT_FILTERS.map(([name, label, type]) => {
    const id = `f-${name}`;
    let input;
    if (type === 'select') {
      input = el('select', { id, name }, el('option', { value: '' }, 'any'), STATUSES.map(s => el('option', { value: s, selected: params.get(name) === s }, s)));
    } else if (type === 'checkbox') {
      input = el('input', { id, name, type: 'checkbox', value: 'true', checked: params.get(name) === 'true' });
    } else {
      input = el('input', { id, name, type, value: params.get(name) || '' });
    }
    return el('div', { class: `field field-${type}` }, el('label', { for: id }, label), input);
  });
  const form = el('form', { class: 'filters', 'aria-label': 'Event filters', on: { submit: ev => {
    ev.preventDefault();
    const p = {};
    for (const [k, v] of new FormData(form).entries()) if (String(v).trim()) p[k] = String(v).trim();
    location.hash = href('events', p);
  } } }, controls,
  el('div', { class: 'filter-actions' },
    el('button', { type: 'submit' }, 'Apply filters'),
    el('a', { href: '#/events', class: 'button secondary' }, 'Clear')));
  return form;
}

export function eventRow(e) {
  const ev = e.evidence[0];
  return [
    el('span', { class: 'nowrap' }, e.date || 'undated'),
    actorLink(e.source),
    el('span', { class: 'code', title: e.cameoName || '' }, e.cameo, e.cameoName ? el('span', { class: 'code-name' }, ' ', e.cameoName) : null),
    actorLink(e.target),
    statusBadge(e.status, e.secret),
    el('span', { class: 'evidence-snippet' }, ev ? ev.text : ''),
    el('a', { href: href('event', e.id), class: 'evidence-link', 'aria-label': `Evidence for event ${e.id}` }, 'Evidence'),
  ];
}

export const EVENT_HEADERS = ['Date', 'Source', 'Action', 'Target', 'Status', 'Sentence', ''];

export async function list_(r) {
  const params = Object.fromEntries(r.params.entries());
  const data = page(await get(API.events, { ...params, limit: PAGE }));
  const rows = data.items.map(readEvent);
  const body = el('div', { class: 'events' });
  const count = el('p', { class: 'count', role: 'status' });
  const setCount = n => fill(count, `${n} event${n === 1 ? '' : 's'} shown`, data.total != null ? ` of ${data.total}` : '');
  const t = table('Events', EVENT_HEADERS, rows.map(eventRow), 'event-table');
  setCount(rows.length);
  append(body, heading('Events'), filterForm(r.params), count, rows.length ? t : note('No events match these filters.'));
  let cursor = data.next;
  if (cursor) {
    const more = el('button', { type: 'button', class: 'more', on: { click: async () => {
      more.disabled = true;
      const next = page(await get(API.events, { ...params, limit: PAGE, cursor }));
      const tbody = t.querySelector('tbody');
      for (const e of next.items.map(readEvent)) tbody.append(el('tr', {}, eventRow(e).map(c => el('td', {}, c))));
      setCount(tbody.children.length);
      cursor = next.next;
      more.disabled = false;
      if (!cursor) more.remove();
    } } }, 'Load more');
    body.append(more);
  }
  return body;
}
export { list_ as list };

/** The sentence in the paragraph around it, the sentence marked. */
async function evidenceInContext(ev) {
  const box = el('figure', { class: 'evidence' });
  const quote = el('blockquote', { class: 'evidence-text' }, ev.text);
  box.append(quote);
  if (ev.document == null) return box;
  try {
    const d = documentOf(await get(API.document(ev.document)));
    let start = ev.start, end = ev.end;
    if (!(Number.isFinite(start) && Number.isFinite(end) && d.text.slice(start, end).trim())) {
      const at = ev.text ? d.text.indexOf(ev.text) : -1;
      if (at >= 0) { start = at; end = at + ev.text.length; }
    }
    if (Number.isFinite(start) && Number.isFinite(end) && start < end) {
      const from = Math.max(0, d.text.lastIndexOf('\n', Math.max(0, start - 300)) + 1, start - 600);
      let to = d.text.indexOf('\n', end + 300);
      to = to < 0 ? d.text.length : Math.min(to, end + 600);
      const context = d.text.slice(from, to);
      fill(quote, from > 0 ? '… ' : '', highlight(context, [[start - from, end - from]], { class: 'evidence-mark' }), to < d.text.length ? ' …' : '');
    }
    box.append(el('figcaption', {}, 'From ', el('a', { href: href('document', d.id, { sentence: ev.sentence, start, end }) }, d.title || d.id),
      d.published ? ` (${d.published})` : '', ev.sentence != null ? `, sentence ${ev.sentence}` : ''));
  } catch (e) {
    box.append(el('figcaption', {}, el('a', { href: href('document', ev.document, { sentence: ev.sentence }) }, `Document ${ev.document}`)));
  }
  return box;
}

function marksForm(e, refresh) {
  const reason = el('textarea', { id: 'mark-reason', rows: 2, required: true, maxlength: 2000 });
  const status = el('div', { role: 'status' });
  const send = mark => async () => {
    if (!reason.value.trim()) { reason.focus(); fill(status, note('Give a reason for the mark.', 'error')); return; }
    try {
      await post(API.eventReviews(e.id), { json: reviewBody(mark, reason.value.trim()) });
      fill(status, note(`Marked ${mark}.`));
      refresh();
    } catch (err) { fill(status, note(`Could not mark: ${err.message}`, 'error')); }
  };
  return el('section', { class: 'marks-form', 'aria-labelledby': 'marks-h' },
    el('h2', { id: 'marks-h' }, 'Analyst mark'),
    el('form', { on: { submit: ev => ev.preventDefault() } },
      field('Reason', reason),
      el('div', { class: 'button-row' },
        el('button', { type: 'button', class: 'confirm', on: { click: send('confirmed') } }, 'Mark confirmed'),
        el('button', { type: 'button', class: 'dispute', on: { click: send('disputed') } }, 'Mark disputed'))),
    status);
}

export async function detail(r, ctx) {
  const e = eventDetail(await get(API.event(r.id)));
  const facts = el('dl', { class: 'facts' });
  for (const [k, v] of [['Date', e.date || 'undated'], ['Source', actorLink(e.source)], ['Action', `${e.cameo} ${e.cameoName}`.trim()],
    ['Target', actorLink(e.target)], ['PLOVER', e.plover || '—'], ['Status', statusBadge(e.status, e.secret)],
    ['Goldstein', e.goldstein ?? '—'], ['Said by', e.attributedTo ? actorLink({ actor: e.attributedTo, text: e.attributedTo }) : '—'],
    ['Mediator', e.mediator ? actorLink({ actor: e.mediator, text: e.mediator }) : '—'], ['Confidence', e.confidence ?? '—']]) {
    facts.append(el('div', {}, el('dt', {}, k), el('dd', {}, v)));
  }
  const evidence = el('section', { 'aria-labelledby': 'ev-h' }, el('h2', { id: 'ev-h' }, 'Evidence'));
  for (const ev of e.evidence) evidence.append(await evidenceInContext(ev));
  if (!e.evidence.length) evidence.append(note('No evidence recorded.'));
  const disputing = el('section', { 'aria-labelledby': 'disp-h' }, el('h2', { id: 'disp-h' }, 'Disputed by'));
  if (e.disputedBy.length) {
    disputing.append(el('ul', { class: 'plain' }, e.disputedBy.map(d => {
      if (typeof d !== 'object') return el('li', {}, el('a', { href: href('event', String(d)) }, `Event ${d}`));
      const x = readEvent(d);
      return el('li', {}, eventLink(x, x.date || x.id), ' ', actorLink(x.source), ' ', statusBadge(x.status, x.secret), ' ',
        el('q', {}, x.evidence[0] ? x.evidence[0].text : ''));
    })));
  } else disputing.append(note('Nothing in the store contradicts this event.'));
  const marks = e.marks.length ? el('section', { 'aria-labelledby': 'marks-list-h' }, el('h2', { id: 'marks-list-h' }, 'Marks'),
    el('ul', { class: 'plain' }, e.marks.map(m => el('li', {}, el('span', { class: `badge mark-${m.verdict === 'disputed' ? 'disputed' : 'confirmed'}` }, m.verdict),
      ' ', String(m.reason), ' — ', String(m.author), ' ', when(m.at))))) : null;
  return el('article', { class: 'event-detail' },
    heading(`Event ${e.id}`, el('p', { class: 'lede' }, actorLink(e.source), ' → ', actorLink(e.target), ': ', e.cameoName || e.cameo)),
    facts, evidence, disputing, marks, can('analyst') ? marksForm(e, ctx.refresh) : null, comments('event', e.id));
}

export async function actor(r) {
  const a = await get(API.actor(r.id));
  const roles = list(a.roles || []);
  const events = list(a.events || [], 'events').map(readEvent);
  return el('article', { class: 'actor' },
    heading(String(a.name || r.id), el('p', { class: 'lede' }, [a.type, a.country, a.code].filter(Boolean).map(String).join(' · '))),
    a.aliases && a.aliases.length ? el('p', {}, 'Also: ', list(a.aliases).map(String).join(', ')) : null,
    el('section', { 'aria-labelledby': 'roles-h' }, el('h2', { id: 'roles-h' }, 'Roles'),
      roles.length ? table('Roles', ['Title', 'Country', 'From', 'To'], roles.map(x => [String(x.title || ''), String(x.country || ''), String(x.from || ''), String(x.to || 'now')]))
        : note('No dated roles.')),
    el('section', { 'aria-labelledby': 'aev-h' }, el('h2', { id: 'aev-h' }, 'Events'),
      el('p', {}, el('a', { href: href('events', { actor: r.id }) }, 'Filter the event table by this actor')),
      events.length ? table('Events of this actor', EVENT_HEADERS, events.map(eventRow), 'event-table') : note('No events.')),
    comments('actor', r.id));
}
