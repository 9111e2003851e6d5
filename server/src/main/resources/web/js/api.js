// Talking to the REST API: JSON in and out, the session cookie, the CSRF token on every change.
import { API, CSRF_HEADER, user as readUser, loginBody } from './fields.js';

let csrfToken = null;
let current = null;

/** An API failure with the server's status code and message. */
export class ApiError extends Error {
  constructor(status, message) { super(message); this.status = status; }
}

function cookie(name) {
  const hit = document.cookie.split(/;\s*/).find(c => c.startsWith(name + '='));
  return hit ? decodeURIComponent(hit.slice(name.length + 1)) : null;
}

const token = () => csrfToken || cookie('csrf') || cookie('XSRF-TOKEN') || cookie('csrf_token');

async function request(method, path, { params, json, form, text, contentType } = {}) {
  const url = new URL(path, location.origin);
  for (const [k, v] of Object.entries(params || {})) {
    if (v !== undefined && v !== null && v !== '' && v !== false) url.searchParams.set(k, v);
  }
  const headers = { Accept: 'application/json' };
  let body;
  if (json !== undefined) { headers['Content-Type'] = 'application/json'; body = JSON.stringify(json); }
  else if (form !== undefined) body = form;
  else if (text !== undefined) { headers['Content-Type'] = contentType || 'text/plain'; body = text; }
  if (method !== 'GET' && token()) headers[CSRF_HEADER] = token();
  let res;
  try {
    res = await fetch(url, { method, headers, body, credentials: 'same-origin' });
  } catch (e) {
    throw new ApiError(0, 'The server cannot be reached.');
  }
  const type = res.headers.get('Content-Type') || '';
  const data = type.includes('json') ? await res.json().catch(() => null) : await res.text();
  if (data && typeof data === 'object' && !Array.isArray(data)) {
    const t = data.csrf || data.csrf_token || data.csrfToken;
    if (t) csrfToken = t;
  }
  const fresh = res.headers.get(CSRF_HEADER);
  if (fresh) csrfToken = fresh;
  if (!res.ok) {
    const msg = data && typeof data === 'object' ? (data.message || data.error || data.title) : null;
    throw new ApiError(res.status, msg ? String(msg) : `${res.status} ${res.statusText}`);
  }
  return data;
}

export const get = (path, params) => request('GET', path, { params });
export const post = (path, opts) => request('POST', path, opts);

/** The logged-in user, or null. */
export async function me() {
  try { current = readUser(await get(API.me)); } catch (e) { current = null; }
  return current;
}

export const currentUser = () => current;
export const can = role => {
  const order = ['viewer', 'analyst', 'admin'];
  return !!current && order.indexOf(current.role) >= order.indexOf(role);
};

export async function login(name, password) {
  current = readUser(await post(API.login, { json: loginBody(name, password) }));
  if (current && current.csrf) csrfToken = current.csrf;
  if (current && !current.name) current = await me();
  return current;
}

export async function logout() {
  try { await post(API.logout, { json: {} }); } finally { current = null; csrfToken = null; }
}
