// Addresses inside the page: the hash names a view, an id and parameters (#/events?actor=x, #/event/ID).

/** Parses the hash into a view name, an id and parameters. */
export function route() {
  const raw = location.hash.replace(/^#\/?/, '');
  const [path, query = ''] = raw.split('?');
  const [name, ...rest] = path.split('/');
  return { name: name || 'events', id: rest.length ? decodeURIComponent(rest.join('/')) : null, params: new URLSearchParams(query) };
}

/** A link to a view: href('event', id) or href('events', {actor: 'x'}) or href('document', id, {sentence: 3}). */
export function href(name, idOrParams, params) {
  const id = typeof idOrParams === 'string' || typeof idOrParams === 'number' ? String(idOrParams) : null;
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries((id === null ? idOrParams : params) || {})) {
    if (v !== '' && v !== null && v !== undefined && v !== false) p.set(k, v);
  }
  const q = p.toString();
  return `#/${name}${id !== null ? '/' + encodeURIComponent(id) : ''}${q ? '?' + q : ''}`;
}
