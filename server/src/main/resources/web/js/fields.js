// The one place that knows the REST API's paths and JSON field names.
// Views read data only through these helpers, so adapting to the server is a change here.

export const API = {
  health: '/api/health',
  me: '/api/session',
  login: '/api/login',
  logout: '/api/logout',
  events: '/api/events',
  event: id => `/api/events/${encodeURIComponent(id)}`,
  eventReviews: id => `/api/events/${encodeURIComponent(id)}/reviews`,
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
  ['dyad', 'Dyad (A,B)', 'text'],
  ['code', 'CAMEO code or root', 'text'],
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

export const user = u => u && ({ name: first(u.user, u.name, u.username), role: first(u.role, 'viewer'), csrf: first(u.csrf_token, u.csrf, u.csrfToken) });

/** The login request's body. */
export const loginBody = (name, password) => ({ name, password });

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
    marks: list(first(e.reviews, e.marks, [])).map(review),
  };
}

/** An analyst's mark on an event: disputed or confirmed, with a reason. */
export const review = r => ({ verdict: String(first(r.verdict, r.mark, '')), reason: first(r.reason, ''), author: first(r.author, r.user, ''), at: first(r.created_at, r.at, '') });
export const reviewBody = (verdict, reason) => ({ verdict, reason });

/** GET /api/events/{id}: the event, what disputes it, what it disputes, the reviews. */
export function eventDetail(body) {
  const e = event(body && body.event ? body.event : body);
  if (body && body.event) {
    e.disputedBy = list(first(body.disputed_by, []));
    e.disputes = list(first(body.disputes, []));
    e.marks = list(first(body.reviews, [])).map(review);
  }
  return e;
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

export const commentQuery = (kind, id) => ({ kind, id });
export const commentBody = (kind, id, text) => ({ target_kind: kind, target_id: id, body: text });

export const comment = c => ({
  author: first(c.author, c.user, c.username, ''),
  at: first(c.created_at, c.at, c.when, ''),
  text: first(c.body, c.text, ''),
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
export const backchannel = b => ({ a: String(b.a), b: String(b.b), mediators: list(first(b.mediators, [])).map(m => String(typeof m === 'object' && m ? first(m.id, m.name) : m)), contacts: list(first(b.contacts, [])) });

/** Query parameters that make /api/network list each edge's event ids. */
export const NETWORK_WITH_EVENTS = { events: 'true' };

/** Upload: the raw body with the media type its reader needs, the file name as ?name=. */
export const UPLOAD_TYPES = { text: 'text/plain', html: 'text/html', jsonl: 'application/x-ndjson' };
export const uploadFormat = fileName => /\.html?$/i.test(fileName) ? 'html' : /\.(jsonl|ndjson|json)$/i.test(fileName) ? 'jsonl' : 'text';
export const uploadName = fileName => String(fileName || 'upload').replace(/[^A-Za-z0-9._-]/g, '_').slice(-100);
export const uploadReport = r => ({ added: first(r && r.documents_added, 0), skipped: first(r && r.documents_skipped, 0), events: first(r && r.events_added, 0), ids: list(first(r && r.document_ids, [])).map(String), problems: list(first(r && r.problems, [])) });

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

/** Search facets that are also filters of /api/search (the others are shown as counts only). */
export const SEARCH_FILTERS = new Set(['actor', 'country', 'root', 'code']);

/** A related document and why it is related. */
export const related = r => ({ ...documentOf(r), why: first(r.why, ''), score: r.score });

/** A search hit; highlights are character ranges into text, or text with [[ ]] / <b> markers. */
export const hit = h => ({
  document: first(h.document, h.document_id, h.documentId),
  title: first(h.title, ''),
  sentence: first(h.sentence, null),
  text: first(h.text, h.fragment, h.snippet, h.marked, ''),
  date: first(h.date, ''),
  ranges: list(first(h.matches, h.highlights, h.ranges, [])).filter(r => typeof r === 'object').map(r => [first(r.start, r.char_start, r[0]), first(r.end, r.char_end, r[1])]),
  score: h.score,
});
