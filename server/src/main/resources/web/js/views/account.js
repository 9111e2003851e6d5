// Logging in.
import { el, fill, note } from '../dom.js';
import { login as doLogin } from '../api.js';
import { heading, field } from './common.js';

export async function login(r, ctx) {
  const name = el('input', { id: 'login-name', name: 'username', autocomplete: 'username', required: true });
  const password = el('input', { id: 'login-password', name: 'password', type: 'password', autocomplete: 'current-password', required: true });
  const status = el('div', { role: 'status' });
  const form = el('form', { class: 'login-form', on: { submit: async ev => {
    ev.preventDefault();
    try {
      await doLogin(name.value.trim(), password.value);
      window.dispatchEvent(new Event('backchannel:user'));
      if (r.name === 'login') location.hash = '#/events'; else ctx.refresh();
    } catch (e) {
      fill(status, note(e.status === 401 || e.status === 403 ? 'Wrong name or password.' : `Login failed: ${e.message}`, 'error'));
      password.value = '';
      password.focus();
    }
  } } }, field('Name', name), field('Password', password), el('button', { type: 'submit' }, 'Log in'), status);
  return el('div', { class: 'login' }, heading('Log in'), form);
}
