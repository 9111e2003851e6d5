// Safe DOM building: every piece of text from the server becomes a text node, never markup.

const SAFE_URL = /^(#|\/(?!\/)|\?)/;

/** Is this a link the page may follow: a fragment, a same-origin path or a query. Never javascript: or data:. */
export const safeHref = href => typeof href === 'string' && SAFE_URL.test(href) ? href : '#';

/**
 * Builds an element. attrs: plain attributes (no on* handlers, href checked), plus `on: {click: fn}`.
 * Children: strings and numbers become text nodes; nodes are appended; null/false skipped.
 */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'on') {
      for (const [type, fn] of Object.entries(v)) node.addEventListener(type, fn);
    } else if (k.toLowerCase().startsWith('on')) {
      throw new Error('inline handlers are not allowed: ' + k);
    } else if (k === 'href' || k === 'src' || k === 'action') {
      node.setAttribute(k, safeHref(String(v)));
    } else if (v === true) {
      node.setAttribute(k, '');
    } else {
      node.setAttribute(k, String(v));
    }
  }
  append(node, children);
  return node;
}

export function append(node, ...children) {
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    node.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

/** Replaces a node's content. */
export function fill(node, ...children) {
  node.replaceChildren();
  return append(node, children);
}

/**
 * Text with some character ranges marked: a fragment of text nodes and <mark> elements holding text nodes.
 * Ranges may overlap or fall outside the text; they are clipped and merged.
 */
export function highlight(text, ranges, markAttrs = {}) {
  const s = String(text ?? '');
  const rs = (ranges || [])
    .map(([a, b]) => [Math.max(0, Number(a)), Math.min(s.length, Number(b))])
    .filter(([a, b]) => Number.isFinite(a) && Number.isFinite(b) && a < b)
    .sort((x, y) => x[0] - y[0]);
  const merged = [];
  for (const r of rs) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]); else merged.push([...r]);
  }
  const frag = document.createDocumentFragment();
  let at = 0;
  for (const [a, b] of merged) {
    if (a > at) frag.appendChild(document.createTextNode(s.slice(at, a)));
    frag.appendChild(el('mark', markAttrs, s.slice(a, b)));
    at = b;
  }
  if (at < s.length) frag.appendChild(document.createTextNode(s.slice(at)));
  return frag;
}

const ENTITIES = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"', '&#39;': "'", '&#x27;': "'", '&#x2F;': '/' };

/**
 * A search fragment whose hits are wrapped in <b>…</b> or [[…]] by the index, read as text:
 * the markers become ranges, entities are decoded by a fixed table, nothing is parsed as HTML.
 */
export function markedText(fragment) {
  const parts = String(fragment ?? '').split(/(<\/?b>|<\/?em>|\[\[|\]\])/);
  let text = '';
  const ranges = [];
  let open = null;
  for (const p of parts) {
    if (p === '<b>' || p === '<em>' || p === '[[') { open = text.length; continue; }
    if (p === '</b>' || p === '</em>' || p === ']]') { if (open !== null) ranges.push([open, text.length]); open = null; continue; }
    text += p.replace(/&(lt|gt|amp|quot|#39|#x27|#x2F);/g, m => ENTITIES[m]);
  }
  return { text, ranges };
}

/** A small status line for a region: loading, empty or failure. */
export const note = (msg, kind = 'info') => el('p', { class: `note note-${kind}`, role: kind === 'error' ? 'alert' : 'status' }, msg);
