// Pieces several views share: event summaries, actor links, the comments panel, status badges.
import { el, fill, note } from '../dom.js';
import { get, post, can, currentUser } from '../api.js';
import { API, comment as readComment, commentQuery, commentBody, list } from '../fields.js';
import { href } from '../nav.js';

/** An ISO time as 'YYYY-MM-DD HH:MM UTC' (what the server sent, when it is not a time). */
export const when = iso => {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? String(iso ?? '') : `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
};

export const statusBadge = (status, secret) => [
  el('span', { class: `badge status-${/^[a-z]+$/.test(status) ? status : 'other'}` }, status || '—'),
  secret ? el('span', { class: 'badge secret', title: 'Secret or private contact' }, 'secret') : null,
];

export const actorLink = s => s.actor
  ? el('a', { href: href('actor', s.actor) }, s.text || s.actor)
  : el('span', { class: 'muted' }, s.text || '—');

/** One line that says what an event is: who did what to whom, and when. */
export const eventSentence = e => el('span', { class: 'event-line' },
  actorLink(e.source), ' ', el('span', { class: 'code', title: e.cameoName || '' }, e.cameoName || e.cameo || '?'), ' ', actorLink(e.target));

export const eventLink = (e, label) => el('a', { href: href('event', e.id) }, label || e.id);

export function heading(text, ...rest) {
  return el('div', { class: 'view-head' }, el('h1', {}, text), ...rest);
}

export const field = (label, control, hint) => el('div', { class: 'field' }, el('label', { for: control.id }, label), control, hint ? el('small', {}, hint) : null);

/** Comments on an event, an actor or a document, with a form for analysts. */
export function comments(targetType, targetId) {
  const box = el('section', { class: 'comments', 'aria-labelledby': `comments-${targetType}` },
    el('h2', { id: `comments-${targetType}` }, 'Comments'));
  const items = el('ol', { class: 'comment-list', 'aria-busy': 'true' });
  const status = el('div', { class: 'comment-status', role: 'status' });
  box.append(items, status);
  const load = async () => {
    try {
      const data = await get(API.comments, commentQuery(targetType, targetId));
      const cs = list(data, 'comments').map(readComment);
      fill(items, cs.length ? cs.map(c => el('li', { class: 'comment' },
        el('p', { class: 'comment-meta' }, el('strong', {}, c.author), ' ', el('time', { datetime: c.at }, when(c.at))),
        el('p', { class: 'comment-text' }, c.text))) : el('li', { class: 'muted' }, 'No comments yet.'));
    } catch (e) {
      fill(items, el('li', { class: 'muted' }, e.status === 401 ? 'Log in to read comments.' : `Comments unavailable: ${e.message}`));
    }
    items.setAttribute('aria-busy', 'false');
  };
  load();
  if (can('analyst')) {
    const id = `comment-${targetType}`;
    const area = el('textarea', { id, name: 'text', rows: 3, required: true, maxlength: 5000 });
    const form = el('form', { class: 'comment-form', on: { submit: async ev => {
      ev.preventDefault();
      const text = area.value.trim();
      if (!text) return;
      try {
        await post(API.comments, { json: commentBody(targetType, targetId, text) });
        area.value = '';
        fill(status, note('Comment added.'));
        await load();
      } catch (e) { fill(status, note(`Could not add the comment: ${e.message}`, 'error')); }
    } } }, field('Add a comment', area), el('button', { type: 'submit' }, 'Add comment'));
    box.append(form);
  } else if (!currentUser()) {
    box.append(el('p', { class: 'muted' }, el('a', { href: '#/login' }, 'Log in'), ' as an analyst to comment.'));
  }
  return box;
}

/** A table from rows of cells; header cells are text. */
export function table(caption, headers, rows, cls = '') {
  return el('div', { class: 'table-wrap', tabindex: 0, role: 'region', 'aria-label': caption },
    el('table', { class: cls },
      el('caption', { class: 'visually-hidden' }, caption),
      el('thead', {}, el('tr', {}, headers.map(h => el('th', { scope: 'col' }, h)))),
      el('tbody', {}, rows.map(cells => el('tr', {}, cells.map(c => el('td', {}, c)))))));
}

export { note };
