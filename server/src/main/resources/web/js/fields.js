// The one place that knows the REST API's paths and JSON field names.
// Views read data only through these helpers, so adapting to the server is a change here.

export const API = {
  health: '/api/health',
  me: '/api/me',
  login: '/api/login',
  logout: '/api/logout',
  events: '/api/events',
  event: id => `/api/events/${encodeURIComponent(id)}`,
  eventMarks: id => `/api/events/${encodeURIComponent(id)}/marks`,
  documents: '/api/documents',
  document: id => `/api/documents/${encodeURIComponent(id)}`,
  actors: '/api/actors',
  actor: id => `/api/actors/${encodeURIComponent(id)}`,
  claims: '/api/claims',
  network: '/api/network',
  brokers: '/api/brokers',
  backchannels: '/api/backchannels',
  timeline: '/api/timeline',
  analogs: '/api/analogs',
  search: '/api/search',
  related: id => `/api/related/${encodeURIComponent(id)}`,
  comments: '/api/comments',
};

/** Event filters offered by the page: query parameter, label, input type. */
export const EVENT_FILTERS = [
  ['text', 'Text', 'search'],
  ['actor', 'Actor', 'text'],
  ['country', 'Country (ISO-3)', 'text'],
  ['dyad', 'Dyad (A-B)', 'text'],
  ['root', 'CAMEO root', 'text'],
  ['plover', 'PLOVER type', 'text'],
  ['status', 'Status', 'select'],
  ['secret', 'Secret only', 'checkbox'],
  ['mediator', 'Mediator', 'text'],
  ['from', 'From', 'date'],
  ['to', 'To', 'date'],
];

export const STATUSES = ['asserted', 'reported', 'claimed', 'denied', 'hypothetical', 'negated', 'corrected', 'uncertain', 'question'];

/** The name of the header that carries the CSRF token on mutating requests. */
export const CSRF_HEADER = 'X-CSRF-Token';

const first = (...xs) => xs.find(x => x !== undefined && x !== null);

/** A list out of a response that may be a bare array or an object wrapping one. */
export function list(body, ...keys) {
  if (Array.isArray(body)) return body;
  if (!body || typeof body !== 'object') return [];
  for (const k of [...keys, 'items', 'results', 'data']) {
    if (Array.isArray(body[k])) return body[k];
  }
  return [];
}

export const page = body => ({
  items: list(body, 'events', 'documents', 'actors', 'claims'),
  next: body && !Array.isArray(body) ? first(body.next_cursor, body.next, body.cursor, body.nextCursor) : null,
  total: body && !Array.isArray(body) ? first(body.total, body.count) : null,
});

export const user = u => u && ({ name: first(u.name, u.username, u.user), role: first(u.role, 'viewer'), csrf: first(u.csrf, u.csrf_token, u.csrfToken) });

const side = s => {
  if (!s) return { actor: null, text: '', code: '', country: '' };
  if (typeof s === 'string') return { actor: s, text: s, code: '', country: '' };
  return { actor: first(s.actor, s.id), text: first(s.text, s.name, s.actor, ''), code: first(s.code, ''), country: first(s.country, '') };
};

export const evidence = x => ({
  document: first(x.document, x.document_id, x.documentId),
  sentence: first(x.sentence, x.sentence_index),
  text: first(x.text, ''),
  start: first(x.char_start, x.start),
  end: first(x.char_end, x.end),
});

export function event(e) {
  const plover = e.plover && typeof e.plover === 'object' ? e.plover.type : e.plover;
  return {
    id: String(e.id),
    date: first(e.date, ''),
    source: side(e.source),
    target: side(e.target),
    cameo: first(e.cameo, e.code, ''),
    cameoName: first(e.cameo_name, ''),
    goldstein: e.goldstein,
    quad: e.quad_class,
    plover: first(plover, ''),
    status: first(e.status, ''),
    secret: !!e.secret,
    attributedTo: first(e.attributed_to, null),
    mediator: first(e.mediator, null),
    disputedBy: list(first(e.disputed_by, e.disputing, e.disputes, [])),
    evidence: list(first(e.evidence, [])).map(evidence),
    confidence: e.confidence,
    marks: list(first(e.marks, [])),
  };
}

export function documentOf(d) {
  return {
    id: String(first(d.id, d.document_id)),
    title: first(d.title, d.id, ''),
    author: first(d.author, ''),
    published: first(d.published, d.date, ''),
    text: first(d.text, ''),
    sentences: list(first(d.sentences, [])).filter(s => typeof s === 'object').map((s, i) => ({
      index: first(s.index, s.sentence, i),
      start: first(s.char_start, s.start),
      end: first(s.char_end, s.end),
      text: first(s.text, ''),
      events: list(first(s.events, [])),
    })),
    events: list(first(d.events, [])),
  };
}

export const comment = c => ({
  author: first(c.author, c.user, c.username, ''),
  at: first(c.created_at, c.at, c.when, ''),
  text: first(c.text, c.body, ''),
});

export const claim = c => ({
  claim: event(first(c.event, c.claim, c)),
  denials: list(first(c.disputed_by, c.denials, [])).map(x => (typeof x === 'object' ? event(x) : { id: String(x) })),
});

export function network(body) {
  const nodes = list(body && body.nodes).map(n => ({ id: String(n.id), name: first(n.name, n.id), degree: first(n.degree, 1), broker: !!n.broker }));
  const edges = list(body && body.edges).map(e => ({
    source: String(e.source), target: String(e.target), count: first(e.count, 1),
    goldstein: first(e.goldstein_mean, e.goldstein, 0), secret: first(e.secret, 0), mediated: first(e.mediated, 0),
    events: list(first(e.events, [])).map(x => (typeof x === 'object' ? String(x.id) : String(x))),
    backchannel: !!e.backchannel,
  }));
  return { nodes, edges };
}

export const broker = b => ({ actor: String(first(b.actor, b.id)), name: first(b.name, b.actor), score: b.score });
export const backchannel = b => ({ a: String(b.a), b: String(b.b), mediators: list(first(b.mediators, [])).map(String), contacts: list(first(b.contacts, [])) });

export function timeline(body) {
  return {
    buckets: list(body, 'buckets').map(k => ({
      start: String(first(k.start, k.period, '')), count: first(k.count, 0), goldstein: first(k.goldstein, 0),
      spike: !!k.spike, changePoint: !!first(k.change_point, k.changePoint),
    })),
    events: list(body && body.events).map(event),
  };
}

export const analog = a => ({
  name: first(a.name, a.id, ''), similarity: a.similarity, features: list(first(a.matched_features, a.matchedFeatures, [])),
  shared: list(first(a.shared_actors, a.sharedActors, [])), outcome: first(a.outcome, ''), summary: first(a.summary, ''),
});

/** A search hit; highlights are character ranges into text, or text with [[ ]] / <b> markers. */
export const hit = h => ({
  document: first(h.document, h.document_id, h.documentId),
  title: first(h.title, ''),
  sentence: first(h.sentence, null),
  text: first(h.text, h.fragment, h.snippet, h.highlight, ''),
  ranges: list(first(h.highlights, h.ranges, [])).filter(r => typeof r === 'object').map(r => [first(r.start, r.char_start, r[0]), first(r.end, r.char_end, r[1])]),
  score: h.score,
});
