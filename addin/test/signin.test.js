import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createSignIn, describeAuthError, readSettings, SignInError } from '../src/signin.js';
import { ApiError } from '../src/api.js';

const entra = { mode: 'entra', clientId: '6e74172b-be56-4843-9ff4-e66a39bb12e3', authority: 'https://login.microsoftonline.com/organizations', scopes: ['api://6e74172b-be56-4843-9ff4-e66a39bb12e3/access_as_user'] };
const account = { homeAccountId: 'a.t', environment: 'login.microsoftonline.com', tenantId: 't', username: 'an@so-noi-vu.example', localAccountId: 'a', name: 'Nguyễn Văn An' };

class InteractionRequiredAuthError extends Error {
  constructor(code = 'interaction_required', message = '') {
    super(`${code}: ${message}`);
    this.name = 'InteractionRequiredAuthError';
    this.errorCode = code;
    this.errorMessage = message;
  }
}

/** An MSAL namespace whose nestable client answers as the test says, and records what it was asked. */
function fakeMsal({ accounts = [], silent, sso, popup } = {}) {
  const calls = { create: [], silent: [], sso: [], popup: [] };
  const answer = (kind, request) => ({ accessToken: `${kind}-token-${calls[kind].length}`, account, expiresOn: new Date(Date.now() + 3600_000), request });
  const client = {
    getActiveAccount: () => null,
    getAllAccounts: () => accounts,
    async acquireTokenSilent(request) { calls.silent.push(request); return silent ? silent(request) : answer('silent', request); },
    async ssoSilent(request) { calls.sso.push(request); return sso ? sso(request) : answer('sso', request); },
    async acquireTokenPopup(request) { calls.popup.push(request); return popup ? popup(request) : answer('popup', request); },
  };
  const msal = {
    InteractionRequiredAuthError,
    async createNestablePublicClientApplication(config) { calls.create.push(config); return client; },
  };
  let loads = 0;
  return { msal, calls, loadMsal: async () => { loads++; return msal; }, loads: () => loads };
}

/** Office as the pane sees it: which requirement sets it supports, its auth context, its dialog. */
function fakeOffice({ naa = true, authContext = null, dialog = () => {} } = {}) {
  const opened = [];
  const office = {
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    EventType: { DialogMessageReceived: 'dialogMessageReceived', DialogEventReceived: 'dialogEventReceived' },
    auth: authContext ? { getAuthContext: async () => authContext } : undefined,
    context: {
      requirements: { isSetSupported: (name, version) => naa && name === 'NestedAppAuth' && version === '1.1' },
      ui: {
        displayDialogAsync(url, options, callback) {
          const handlers = {};
          const handle = { closed: false, close() { handle.closed = true; }, addEventHandler(type, handler) { handlers[type] = handler; } };
          opened.push({ url, options, handle });
          callback({ status: 'succeeded', value: handle });
          // The dialog answers after the pane has listened.
          setTimeout(() => dialog({
            message: (m, origin = 'https://wordhelper.example') => handlers.dialogMessageReceived?.({ message: JSON.stringify(m), origin }),
            event: (error) => handlers.dialogEventReceived?.({ error }),
          }, opened.length), 0);
        },
      },
    },
  };
  return { office, opened };
}

test('settings: local mode, Entra, and anything else refused in Vietnamese', () => {
  assert.deepEqual(readSettings({ mode: 'local' }), { mode: 'local' });
  assert.deepEqual(readSettings(entra), entra);
  assert.throws(() => readSettings({ mode: 'entra', clientId: 'x' }), (e) => e instanceof SignInError && /thiết lập đăng nhập không hợp lệ/.test(e.message));
});

test('local mode loads nothing and gives no token', async () => {
  const m = fakeMsal();
  const { office, opened } = fakeOffice();
  const signIn = createSignIn({ mode: 'local' }, { Office: office, loadMsal: m.loadMsal });
  assert.equal(signIn.kind, 'local');
  assert.equal(await signIn.token(), null);
  assert.equal(await signIn.token({ fresh: true }), null);
  assert.equal(m.loads(), 0);
  assert.equal(opened.length, 0);
});

test('nested app authentication is chosen when Office supports NestedAppAuth 1.1', async () => {
  const m = fakeMsal();
  const signIn = createSignIn(entra, { Office: fakeOffice({ naa: true }).office, loadMsal: m.loadMsal });
  assert.equal(signIn.kind, 'nested');
  assert.equal(m.loads(), 0, 'MSAL is loaded only when a token is first needed');
  await signIn.token();
  assert.equal(m.loads(), 1);
  assert.deepEqual(m.calls.create, [{ auth: { clientId: entra.clientId, authority: entra.authority } }]);
});

test('silent success gives the token without a popup, and the account is kept for the next call', async () => {
  const m = fakeMsal();
  const signIn = createSignIn(entra, { Office: fakeOffice().office, loadMsal: m.loadMsal });
  assert.equal(await signIn.token(), 'sso-token-1');
  assert.equal(signIn.account(), 'Nguyễn Văn An');
  assert.equal(await signIn.token(), 'silent-token-1');
  assert.deepEqual(m.calls.silent[0], { scopes: entra.scopes, account, forceRefresh: false });
  assert.equal(await signIn.token({ fresh: true }), 'silent-token-2');
  assert.equal(m.calls.silent[1].forceRefresh, true);
  assert.equal(m.calls.popup.length, 0);
  assert.equal(m.loads(), 1, 'one MSAL for every call');
});

test('an account MSAL already knows is used silently', async () => {
  const m = fakeMsal({ accounts: [account] });
  const signIn = createSignIn(entra, { Office: fakeOffice().office, loadMsal: m.loadMsal });
  assert.equal(await signIn.token(), 'silent-token-1');
  assert.equal(m.calls.sso.length, 0);
});

test('the login hint of Office\'s account goes to ssoSilent', async () => {
  const m = fakeMsal();
  const office = fakeOffice({ authContext: { loginHint: 'an@so-noi-vu.example', userPrincipalName: 'an@so-noi-vu.example' } }).office;
  await createSignIn(entra, { Office: office, loadMsal: m.loadMsal }).token();
  assert.deepEqual(m.calls.sso, [{ scopes: entra.scopes, loginHint: 'an@so-noi-vu.example' }]);
});

test('InteractionRequiredAuthError leads to one popup, whose token is used', async () => {
  const m = fakeMsal({ sso: async () => { throw new InteractionRequiredAuthError('interaction_required', 'AADSTS50076: MFA'); } });
  const signIn = createSignIn(entra, { Office: fakeOffice().office, loadMsal: m.loadMsal });
  assert.equal(await signIn.token(), 'popup-token-1');
  assert.deepEqual(m.calls.popup, [{ scopes: entra.scopes }]);
});

test('an error recognised by instanceof only also leads to the popup', async () => {
  const m = fakeMsal({ silent: async () => { const e = new InteractionRequiredAuthError(); e.name = 'AuthError'; throw e; }, accounts: [account] });
  assert.equal(await createSignIn(entra, { Office: fakeOffice().office, loadMsal: m.loadMsal }).token(), 'popup-token-1');
});

test('callers waiting at the same time share one popup', async () => {
  const m = fakeMsal({ sso: async () => { throw new InteractionRequiredAuthError(); } });
  const signIn = createSignIn(entra, { Office: fakeOffice().office, loadMsal: m.loadMsal });
  const tokens = await Promise.all([signIn.token(), signIn.token(), signIn.token()]);
  assert.deepEqual(tokens, ['popup-token-1', 'popup-token-1', 'popup-token-1']);
  assert.equal(m.calls.popup.length, 1);
});

test('other MSAL failures are not retried with a popup and are Vietnamese, with the AADSTS code', async () => {
  const aadsts = Object.assign(new Error('invalid_grant: AADSTS50105: The signed in user is not assigned to a role'), { name: 'ServerError', errorCode: 'invalid_grant', errorMessage: 'AADSTS50105: The signed in user is not assigned to a role' });
  const m = fakeMsal({ sso: async () => { throw aadsts; } });
  await assert.rejects(createSignIn(entra, { Office: fakeOffice().office, loadMsal: m.loadMsal }).token(),
    (e) => e instanceof ApiError && /chưa được giao quyền dùng WordHelper/.test(e.message) && e.message.endsWith('(mã lỗi AADSTS50105)') && !/signed in user/.test(e.message));
  assert.equal(m.calls.popup.length, 0);

  const cancelled = fakeMsal({ sso: async () => { throw new InteractionRequiredAuthError(); }, popup: async () => { throw Object.assign(new Error('user_cancelled: User cancelled the flow.'), { errorCode: 'user_cancelled' }); } });
  await assert.rejects(createSignIn(entra, { Office: fakeOffice().office, loadMsal: cancelled.loadMsal }).token(), (e) => e instanceof SignInError && /Bạn đã hủy đăng nhập/.test(e.message));
});

test('MSAL that cannot be loaded is a Vietnamese error, and the next call tries again', async () => {
  let attempts = 0;
  const m = fakeMsal();
  const loadMsal = async () => { if (++attempts === 1) throw new TypeError('Failed to load script'); return m.msal; };
  const signIn = createSignIn(entra, { Office: fakeOffice().office, loadMsal });
  await assert.rejects(signIn.token(), (e) => e instanceof SignInError && /Không đăng nhập được/.test(e.message));
  assert.equal(await signIn.token(), 'sso-token-1');
});

test('reauthenticate prompts with the claims and scopes of the challenge', async () => {
  const m = fakeMsal();
  const signIn = createSignIn(entra, { Office: fakeOffice().office, loadMsal: m.loadMsal });
  await signIn.token();
  const claims = '{"access_token":{"acrs":{"essential":true,"value":"c1"}}}';
  assert.equal(await signIn.reauthenticate({ claims, scopes: ['api://x/access_as_user'] }), 'popup-token-1');
  assert.deepEqual(m.calls.popup[0], { scopes: ['api://x/access_as_user'], claims, account });
  await signIn.reauthenticate({ claims: null, scopes: [] });
  assert.deepEqual(m.calls.popup[1], { scopes: entra.scopes, account });
});

test('without NestedAppAuth the Office dialog signs in, and its token is kept until near expiry', async () => {
  const m = fakeMsal();
  let now = Date.parse('2026-05-01T08:00:00Z');
  const { office, opened } = fakeOffice({ naa: false, dialog: (d, n) => d.message({ token: `dialog-token-${n}`, expiresOn: now + 3600_000, name: 'Nguyễn Văn An' }) });
  const signIn = createSignIn(entra, { Office: office, loadMsal: m.loadMsal, origin: 'https://wordhelper.example', now: () => now });
  assert.equal(signIn.kind, 'dialog');
  assert.equal(await signIn.token(), 'dialog-token-1');
  assert.equal(opened[0].url, 'https://wordhelper.example/addin/signin-dialog.html');
  assert.deepEqual(opened[0].options, { height: 60, width: 30 });
  assert.ok(opened[0].handle.closed);
  assert.equal(signIn.account(), 'Nguyễn Văn An');
  assert.equal(await signIn.token(), 'dialog-token-1', 'the kept token, no second dialog');
  now += 56 * 60_000;
  assert.equal(await signIn.token(), 'dialog-token-2', 'a new dialog five minutes before expiry');
  assert.equal(await signIn.token({ fresh: true }), 'dialog-token-3');
  assert.equal(opened[2].url, 'https://wordhelper.example/addin/signin-dialog.html?fresh=1');
  await signIn.reauthenticate({ claims: '{"a":1}', scopes: ['api://x/access_as_user'] });
  assert.equal(opened[3].url, 'https://wordhelper.example/addin/signin-dialog.html?claims=%7B%22a%22%3A1%7D&scopes=api%3A%2F%2Fx%2Faccess_as_user&fresh=1');
  assert.equal(m.loads(), 0, 'the pane loads no MSAL: the dialog does');
});

test('a dialog closed by the user is a Vietnamese error', async () => {
  const { office, opened } = fakeOffice({ naa: false, dialog: (d) => d.event(12006) });
  await assert.rejects(createSignIn(entra, { Office: office, origin: 'https://wordhelper.example' }).token(),
    (e) => e instanceof ApiError && e.message.startsWith('Bạn đã đóng cửa sổ đăng nhập'));
  assert.ok(opened[0].handle.closed);
});

test('a dialog that reports an error, or a message from another origin, gives no token', async () => {
  const { office } = fakeOffice({ naa: false, dialog: (d) => d.message({ error: 'Bạn đã hủy đăng nhập.' }) });
  await assert.rejects(createSignIn(entra, { Office: office, origin: 'https://wordhelper.example' }).token(), (e) => e instanceof SignInError && e.message === 'Bạn đã hủy đăng nhập.');

  const forged = fakeOffice({ naa: false, dialog: (d) => { d.message({ token: 'forged' }, 'https://evil.example'); d.event(12006); } });
  await assert.rejects(createSignIn(entra, { Office: forged.office, origin: 'https://wordhelper.example' }).token(), /đóng cửa sổ đăng nhập/);
});

test('a dialog Office cannot open says why', async () => {
  const { office } = fakeOffice({ naa: false });
  office.context.ui.displayDialogAsync = (_url, _options, callback) => callback({ status: 'failed', error: { code: 12007, message: 'A dialog box is already opened' } });
  await assert.rejects(createSignIn(entra, { Office: office, origin: 'https://wordhelper.example' }).token(), (e) => e instanceof SignInError && /đang mở/.test(e.message));
});

test('an unknown failure is still Vietnamese', () => {
  assert.match(describeAuthError(new Error('Something broke')).message, /^Không đăng nhập được bằng tài khoản Microsoft 365/);
  assert.match(describeAuthError(Object.assign(new Error('x'), { errorCode: 'no_network_connectivity' })).message, /Không kết nối được dịch vụ đăng nhập/);
});
