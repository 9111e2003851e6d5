// Documents: the list, the reader with coded sentences marked, related articles, and the upload form.
import { el, fill, note } from '../dom.js';
import { get, post, can } from '../api.js';
import { API, list, page, documentOf, related as readRelated, event as readEvent, UPLOAD_TYPES, uploadFormat, uploadName, uploadReport } from '../fields.js';
import { href } from '../nav.js';
import { heading, field, comments, table } from './common.js';
import { eventRow, EVENT_HEADERS } from './events.js';

export async function list_(r) {
  const docs = page(await get(API.documents, Object.fromEntries(r.params.entries()))).items.map(documentOf);
  return el('div', { class: 'documents' },
    heading('Documents', can('analyst') ? el('p', {}, el('a', { href: '#/upload', class: 'button' }, 'Upload documents')) : null),
    docs.length ? table('Documents', ['Title', 'Published', 'Author'], docs.map(d => [
      el('a', { href: href('document', d.id) }, d.title || d.id), d.published || '—', d.author || '—'])) : note('No documents in the store.'));
}
export { list_ as list };

/** The document's text as text nodes; coded sentences are spans, the chosen one marked. */
function readerText(d, chosen, start, end) {
  const body = el('div', { class: 'reader-text' });
  const sentences = d.sentences.filter(s => Number.isFinite(s.start) && Number.isFinite(s.end)).sort((a, b) => a.start - b.start);
  let at = 0;
  let target = null;
  const paragraph = () => { const p = el('p', {}); body.append(p); return p; };
  let p = paragraph();
  const put = text => {
    const parts = text.split(/\n\s*\n/);
    parts.forEach((part, i) => { if (i > 0) p = paragraph(); if (part) p.append(document.createTextNode(part)); });
  };
  const pieces = sentences.length ? sentences.map(s => [s.start, s.end, s]) : (Number.isFinite(start) && start < end ? [[start, end, null]] : []);
  for (const [a, b, s] of pieces) {
    if (a < at) continue;
    put(d.text.slice(at, a));
    const isChosen = s ? (chosen !== null && String(s.index) === String(chosen)) || (start === a && end === b) : true;
    const coded = s && s.events.length;
    const node = el(isChosen ? 'mark' : 'span', { class: `sentence${coded ? ' coded' : ''}${isChosen ? ' chosen' : ''}`, id: s ? `s-${s.index}` : 's-chosen',
      tabindex: isChosen ? -1 : null, title: coded ? `${s.events.length} event(s) coded in this sentence` : null }, d.text.slice(a, b));
    if (isChosen) target = node;
    p.append(node);
    at = b;
  }
  put(d.text.slice(at));
  return { body, target };
}

export async function reader(r) {
  const d = documentOf(await get(API.document(r.id)));
  const chosen = r.params.get('sentence');
  const start = Number(r.params.get('start')), end = Number(r.params.get('end'));
  const { body, target } = readerText(d, chosen, start, end);
  const events = d.events.length ? d.events.map(readEvent) : d.sentences.flatMap(s => s.events.filter(e => typeof e === 'object').map(readEvent));
  const related = el('section', { 'aria-labelledby': 'rel-h', class: 'related', 'aria-busy': 'true' }, el('h2', { id: 'rel-h' }, 'Related articles'));
  get(API.related(d.id)).then(x => {
    const items = list(x, 'related', 'documents').map(readRelated);
    related.append(items.length ? el('ul', { class: 'plain' }, items.map(o => el('li', {}, el('a', { href: href('document', o.id) }, o.title || o.id),
      o.published ? ` (${o.published})` : '', o.why ? el('br') : null, o.why ? el('small', { class: 'muted' }, o.why) : null))) : note('None found.'));
  }).catch(() => related.append(note('Related articles are not available.'))).finally(() => related.setAttribute('aria-busy', 'false'));
  const root = el('article', { class: 'reader' },
    heading(d.title || d.id, el('p', { class: 'lede' }, [d.author, d.published].filter(Boolean).map(String).join(' · '))),
    el('div', { class: 'reader-layout' }, body,
      el('aside', { class: 'reader-side' },
        el('section', { 'aria-labelledby': 'doc-ev-h' }, el('h2', { id: 'doc-ev-h' }, 'Events in this document'),
          events.length ? el('ul', { class: 'plain' }, events.map(e => el('li', {}, el('a', { href: href('event', e.id) }, e.date || e.id), ' ',
            e.source.text || '—', ' → ', e.target.text || '—', ': ', e.cameoName || e.cameo))) : note('None.')),
        related)),
    comments('document', d.id));
  if (target) requestAnimationFrame(() => { target.scrollIntoView({ block: 'center' }); target.focus({ preventScroll: true }); });
  return root;
}

export async function upload() {
  if (!can('analyst')) return el('div', {}, heading('Upload'), note('Only analysts can add documents. Log in as an analyst.', 'error'), el('a', { href: '#/login' }, 'Log in'));
  const status = el('div', { class: 'upload-status', role: 'status' });
  const file = el('input', { id: 'up-file', name: 'file', type: 'file', accept: '.txt,.html,.htm,.jsonl,.json,text/plain,text/html' });
  const title = el('input', { id: 'up-title', name: 'title' });
  const text = el('textarea', { id: 'up-text', name: 'text', rows: 10 });
  const format = el('select', { id: 'up-format', name: 'format' }, ['text', 'html', 'jsonl'].map(x => el('option', { value: x }, x)));
  const form = el('form', { class: 'upload-form', on: { submit: async ev => {
    ev.preventDefault();
    fill(status, note('Uploading and analyzing…'));
    try {
      let res;
      if (file.files.length) {
        const f = file.files[0];
        const kind = uploadFormat(f.name);
        res = await post(API.documents, { params: { name: uploadName(f.name) }, text: f, contentType: UPLOAD_TYPES[kind] });
      } else if (text.value.trim()) {
        const kind = format.value;
        const body = kind === 'text' && title.value.trim() ? `${title.value.trim()}\n\n${text.value}` : text.value;
        res = await post(API.documents, { params: { name: uploadName(title.value.trim() || 'pasted') }, text: body, contentType: UPLOAD_TYPES[kind] });
      } else { fill(status, note('Choose a file or paste text.', 'error')); return; }
      const rep = uploadReport(res);
      fill(status, note(`Added ${rep.added} document(s) with ${rep.events} event(s)${rep.skipped ? `; ${rep.skipped} already stored` : ''}${rep.problems.length ? `; ${rep.problems.length} item(s) could not be read` : ''}.`),
        el('ul', { class: 'plain' }, rep.ids.map(id => el('li', {}, el('a', { href: href('document', id) }, id)))));
      form.reset();
    } catch (e) { fill(status, note(`Upload failed: ${e.message}`, 'error')); }
  } } },
  el('fieldset', {}, el('legend', {}, 'A file'), field('Text, HTML or JSON Lines file', file)),
  el('fieldset', {}, el('legend', {}, 'Or pasted text'), field('Title (first line of a text article)', title), field('Format', format), field('Text', text)),
  el('button', { type: 'submit' }, 'Upload and analyze'));
  return el('div', { class: 'upload' }, heading('Upload documents', el('p', { class: 'lede' }, 'Documents are analyzed and added to the store; their text is always shown as text.')), form, status);
}
