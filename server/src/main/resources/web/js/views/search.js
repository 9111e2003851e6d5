// Evidence search: hits with the matched words marked, and facets to narrow them.
import { el, highlight, markedText, note } from '../dom.js';
import { get } from '../api.js';
import { API, SEARCH_FILTERS, list, hit as readHit } from '../fields.js';
import { href } from '../nav.js';
import { heading, field } from './common.js';

export async function view(r) {
  const q = r.params.get('q') || '';
  const input = el('input', { id: 'search-q', name: 'q', type: 'search', value: q, required: true });
  const form = el('form', { class: 'filters', role: 'search', on: { submit: ev => { ev.preventDefault(); location.hash = href('search', { q: input.value.trim() }); } } },
    field('Search the evidence', input), el('div', { class: 'filter-actions' }, el('button', { type: 'submit' }, 'Search')));
  const head = heading('Search');
  if (!q) return el('div', {}, head, form);
  const params = Object.fromEntries(r.params.entries());
  let data;
  try { data = await get(API.search, params); } catch (e) {
    if (e.status === 404) return el('div', {}, head, form, note('Search is not available on this server.', 'error'));
    throw e;
  }
  const hits = list(data, 'hits', 'results').map(readHit);
  const facets = data && typeof data.facets === 'object' && data.facets ? Object.entries(data.facets) : [];
  return el('div', { class: 'search' }, head, form,
    facets.length ? el('div', { class: 'facets' }, facets.map(([name, values]) => el('section', { class: 'facet' },
      el('h2', {}, name),
      el('ul', { class: 'plain' }, (Array.isArray(values) ? values : Object.entries(values).map(([value, count]) => ({ value, count }))).slice(0, 12).map(v =>
        el('li', {}, SEARCH_FILTERS.has(name) ? el('a', { href: href('search', { ...params, [name]: v.value, cursor: '' }) }, String(v.value)) : String(v.value),
          ` (${v.count ?? ''})`)))))) : null,
    el('p', { role: 'status' }, `${data && data.total != null ? data.total : hits.length} hit(s)`),
    hits.length ? el('ol', { class: 'hits' }, hits.map(h => {
      const m = h.ranges.length ? { text: h.text, ranges: h.ranges } : markedText(h.text);
      return el('li', { class: 'hit' },
        el('p', { class: 'hit-title' }, h.document != null ? el('a', { href: href('document', String(h.document), { sentence: h.sentence }) }, h.title || String(h.document)) : h.title,
          h.date ? el('span', { class: 'muted' }, ` (${h.date})`) : null),
        el('p', { class: 'hit-text' }, highlight(m.text, m.ranges)));
    })) : note('Nothing found.'),
    data && data.next_cursor ? el('p', {}, el('a', { href: href('search', { ...params, cursor: data.next_cursor }), class: 'button secondary' }, 'Next hits')) : null);
}
