// The page's router: the hash names a view and its parameters (#/events?actor=x, #/event/ID).
import { el, fill, note } from './dom.js';
import { me, logout, currentUser, can } from './api.js';
import { route, href } from './nav.js';
import * as events from './views/events.js';
import * as claims from './views/claims.js';
import * as network from './views/network.js';
import * as timeline from './views/timeline.js';
import * as documents from './views/documents.js';
import * as search from './views/search.js';
import * as account from './views/account.js';

const routes = {
  events: events.list, event: events.detail, actor: events.actor,
  claims: claims.ledger,
  network: network.view,
  timeline: timeline.view, analogs: timeline.analogs,
  documents: documents.list, document: documents.reader, upload: documents.upload,
  search: search.view,
  login: account.login,
};

const main = document.getElementById('view');
let generation = 0;

async function render() {
  const r = route();
  const mine = ++generation;
  const view = routes[r.name] || (() => note('No such view.', 'error'));
  for (const a of document.querySelectorAll('#nav a')) {
    if (a.dataset.view === r.name) a.setAttribute('aria-current', 'page'); else a.removeAttribute('aria-current');
  }
  main.setAttribute('aria-busy', 'true');
  fill(main, note('Loading…'));
  try {
    const node = await view(r, { stale: () => mine !== generation, refresh: render });
    if (mine === generation && node) fill(main, node);
  } catch (e) {
    if (mine !== generation) return;
    if (e.status === 401) {
      fill(main, note('Please log in to see this.', 'error'), await account.login(r, { refresh: render }));
    } else {
      fill(main, note(e.message || String(e), 'error'));
    }
  }
  if (mine !== generation) return;
  document.title = `${main.querySelector('h1')?.textContent || 'Backchannel'} · Backchannel workspace`;
  main.dataset.route = location.hash;
  main.setAttribute('aria-busy', 'false');
}

export function showUser() {
  const who = document.getElementById('who');
  const u = currentUser();
  for (const li of document.querySelectorAll('[data-needs]')) li.hidden = !can(li.dataset.needs);
  if (!u) {
    fill(who, el('a', { href: '#/login', class: 'button' }, 'Log in'));
    return;
  }
  fill(who,
    el('span', { class: 'user' }, u.name, ' ', el('span', { class: 'badge' }, u.role)),
    el('button', { type: 'button', on: { click: async () => { await logout(); showUser(); render(); } } }, 'Log out'));
}

function wireChrome() {
  const toggle = document.querySelector('.menu-toggle');
  const nav = document.getElementById('nav');
  toggle.addEventListener('click', () => {
    const open = toggle.getAttribute('aria-expanded') !== 'true';
    toggle.setAttribute('aria-expanded', String(open));
    nav.classList.toggle('open', open);
  });
  nav.addEventListener('click', e => { if (e.target.closest('a')) { nav.classList.remove('open'); toggle.setAttribute('aria-expanded', 'false'); } });
  document.getElementById('quick-search').addEventListener('submit', e => {
    e.preventDefault();
    const q = document.getElementById('q').value.trim();
    if (q) location.hash = href('search', { q });
  });
}

window.addEventListener('hashchange', () => { render().then(() => main.focus({ preventScroll: false })); });
window.addEventListener('backchannel:user', showUser);
wireChrome();
me().then(() => { showUser(); return render(); });
