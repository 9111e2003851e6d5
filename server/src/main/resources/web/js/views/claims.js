// The claims ledger: each claim beside what denies or disputes it.
import { el, note } from '../dom.js';
import { get } from '../api.js';
import { API, list, claim as readClaim } from '../fields.js';
import { href } from '../nav.js';
import { statusBadge, actorLink, eventLink, heading } from './common.js';

function card(e, cls) {
  if (!e.source) return el('div', { class: `claim-card ${cls}` }, el('a', { href: href('event', e.id) }, `Event ${e.id}`));
  const ev = e.evidence[0];
  return el('div', { class: `claim-card ${cls}` },
    el('p', { class: 'claim-meta' }, el('span', { class: 'nowrap' }, e.date || 'undated'), ' ', statusBadge(e.status, e.secret),
      e.attributedTo ? [' said by ', actorLink({ actor: e.attributedTo, text: e.attributedTo })] : null),
    el('p', { class: 'claim-what' }, actorLink(e.source), ' ', el('span', { class: 'action' }, e.cameoName || e.cameo), ' ', actorLink(e.target)),
    ev ? el('blockquote', {}, ev.text) : null,
    eventLink(e, 'Evidence'));
}

export async function ledger(r) {
  const claims = list(await get(API.claims, Object.fromEntries(r.params.entries())), 'claims').map(readClaim);
  const disputedOnly = r.params.get('disputed') === 'true';
  const shown = disputedOnly ? claims.filter(c => c.denials.length) : claims;
  return el('div', { class: 'claims' },
    heading('Claims ledger', el('p', { class: 'lede' }, 'Who says what, and what denies or disputes it.')),
    el('p', {}, disputedOnly ? el('a', { href: '#/claims' }, 'Show all claims') : el('a', { href: href('claims', { disputed: 'true' }) }, 'Only disputed claims')),
    shown.length ? el('ol', { class: 'ledger' }, shown.map(c => el('li', { class: 'ledger-row' },
      el('div', { class: 'ledger-claim' }, el('h2', { class: 'ledger-h' }, 'Claim'), card(c.claim, 'claim')),
      el('div', { class: 'ledger-denials' }, el('h2', { class: 'ledger-h' }, c.denials.length ? 'Denied or disputed by' : 'Not disputed'),
        c.denials.map(d => card(d, 'denial')))))) : note('No claims in the store.'));
}
