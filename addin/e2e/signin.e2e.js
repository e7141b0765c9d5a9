// End to end in Entra mode: the real service validates the pane's access tokens against a fake Microsoft Entra ID
// served here on loopback (OpenID metadata and signing keys), with tokens minted by this test. MSAL cannot reach Entra
// here, so the pane's lib/msal-browser.min.js is replaced by a stand-in whose nested app authentication hands out the
// minted token; everything else is the pane and the service as they ship.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { randomUUID } from 'node:crypto';
import { SignJWT, exportJWK, generateKeyPair } from 'jose';
import { startService, launchBrowser, openPane } from './service.js';

const tenant = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const clientId = '6e74172b-be56-4843-9ff4-e66a39bb12e3';
const kid = 'khoa-1';

/** @type {import('node:http').Server} */ let idp;
/** @type {Awaited<ReturnType<typeof startService>>} */ let service;
/** @type {import('playwright-core').Browser} */ let browser;
/** @type {CryptoKey} */ let signingKey;
let instance = '';

/** Microsoft Entra ID as a web API sees it: metadata for any tenant, and the keys its tokens are signed with. */
async function startIdentityProvider() {
  const { publicKey, privateKey } = await generateKeyPair('RS256', { extractable: true });
  signingKey = privateKey;
  const jwks = { keys: [{ ...(await exportJWK(publicKey)), kid, use: 'sig', alg: 'RS256' }] };
  const server = createServer((request, response) => {
    const json = (body) => { response.writeHead(200, { 'Content-Type': 'application/json' }); response.end(JSON.stringify(body)); };
    if (/^\/[^/]+\/v2\.0\/\.well-known\/openid-configuration$/.test(request.url ?? '')) {
      return json({
        issuer: `${instance}{tenantid}/v2.0`,
        jwks_uri: `${instance}common/discovery/v2.0/keys`,
        authorization_endpoint: `${instance}common/oauth2/v2.0/authorize`,
        token_endpoint: `${instance}common/oauth2/v2.0/token`,
        id_token_signing_alg_values_supported: ['RS256'],
        response_types_supported: ['code', 'id_token', 'token id_token'],
        subject_types_supported: ['pairwise'],
      });
    }
    if (request.url === '/common/discovery/v2.0/keys') return json(jwks);
    response.writeHead(404).end();
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  instance = `http://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (server.address()).port}/`;
  return server;
}

/** An access token for the pane's scope, as Entra would issue it; another key when `forged`. */
async function mint({ forged = false } = {}) {
  const key = forged ? (await generateKeyPair('RS256')).privateKey : signingKey;
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ tid: tenant, oid: randomUUID(), name: 'Nguyễn Văn An', preferred_username: 'an@so-noi-vu.example', scp: 'access_as_user', ver: '2.0' })
    .setProtectedHeader({ alg: 'RS256', kid, typ: 'JWT' })
    .setIssuer(`${instance}${tenant}/v2.0`)
    .setAudience(clientId)
    .setNotBefore(now - 300)
    .setIssuedAt(now - 300)
    .setExpirationTime(now + 3600)
    .sign(key);
}

/** Stands in for MSAL's browser build: nested app authentication that hands out window.testAccessToken and records what it was asked. */
const fakeMsal = `(() => {
  const calls = (window.msalCalls = { create: [], silent: [], sso: [], popup: [] });
  const account = { homeAccountId: 'a.t', environment: 'login.microsoftonline.com', tenantId: '${tenant}', username: 'an@so-noi-vu.example', localAccountId: 'a', name: 'Nguyễn Văn An' };
  const result = (request) => ({ accessToken: window.testAccessToken, account, scopes: request.scopes, expiresOn: new Date(Date.now() + 3600000) });
  class InteractionRequiredAuthError extends Error {}
  window.msal = {
    InteractionRequiredAuthError,
    async createNestablePublicClientApplication(config) {
      calls.create.push(config);
      return {
        getActiveAccount: () => null,
        getAllAccounts: () => [],
        async acquireTokenSilent(request) { calls.silent.push(request); return result(request); },
        async ssoSilent(request) { calls.sso.push(request); return result(request); },
        async acquireTokenPopup(request) { calls.popup.push(request); return result(request); },
      };
    },
  };
})();`;

before(async () => {
  idp = await startIdentityProvider();
  service = await startService({
    AzureAd__Instance: instance,
    AzureAd__TenantId: tenant,
    AzureAd__ClientId: clientId,
    AzureAd__RequireHttpsMetadata: 'false',
  });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await service?.stop();
  idp?.close();
});

/** The pane in Entra mode over p-v01.docx, its MSAL handing out `token`, Office naming its account. @param {string} token */
const paneWith = (token) => openPane(browser, service.origin, {
  docx: 'p-v01.docx',
  paragraphs: Array.from({ length: 16 }, (_, i) => `Đoạn ${i}`),
  prepare: async (page) => {
    await page.addInitScript((t) => { window.testAccessToken = t; window.testAuthContext = { loginHint: 'an@so-noi-vu.example' }; }, token);
    await page.route(`${service.origin}/addin/lib/msal-browser.min.js`, (route) => route.fulfill({ contentType: 'text/javascript; charset=utf-8', body: fakeMsal }));
  },
});

test('the service names its application to the pane, and serves MSAL and the sign-in dialog with it', async () => {
  const settings = await (await fetch(`${service.origin}/addin/signin.json`)).json();
  assert.deepEqual(settings, { mode: 'entra', clientId, authority: `${instance}${tenant}`, scopes: [`api://${clientId}/access_as_user`] });
  const msal = await fetch(`${service.origin}/addin/lib/msal-browser.min.js`);
  assert.equal(msal.status, 200);
  assert.match((await msal.text()).slice(0, 200), /@azure\/msal-browser v4\.30\.0/);
  assert.equal((await fetch(`${service.origin}/addin/signin-dialog.html`)).status, 200);
  assert.equal((await fetch(`${service.origin}/api/sections?docType=KH`)).status, 401, 'no token, no answer');
});

test('Kiểm tra in Entra mode: the token from nested app authentication is validated by the service', async () => {
  const token = await mint();
  const page = await paneWith(token);
  await page.getByRole('tab', { name: 'Kiểm tra' }).click();
  const checked = page.waitForResponse((r) => r.url().startsWith(`${service.origin}/api/checks`));
  await page.getByRole('button', { name: 'Kiểm tra văn bản' }).click();
  const response = await checked;
  assert.equal(response.status(), 200);
  assert.equal(await response.request().headerValue('authorization'), `Bearer ${token}`);
  await page.getByText('Đánh số đề mục').waitFor();
  assert.equal(await page.locator('#account').textContent(), 'Nguyễn Văn An');
  const calls = await page.evaluate(() => window.msalCalls);
  assert.deepEqual(calls.create, [{ auth: { clientId, authority: `${instance}${tenant}` } }]);
  assert.deepEqual(calls.sso[0], { scopes: [`api://${clientId}/access_as_user`], loginHint: 'an@so-noi-vu.example' });
  assert.equal(calls.popup.length, 0, 'no prompt when the silent sign-in works');
  assert.equal(await page.locator('#message').isHidden(), true);
});

test('a token the service cannot validate is tried again once fresh, then the Vietnamese 401 is shown', async () => {
  const forged = await mint({ forged: true });
  const page = await paneWith(forged);
  await page.getByRole('tab', { name: 'Kiểm tra' }).click();
  /** @type {number[]} */
  const statuses = [];
  /** @type {(string | undefined)[]} */
  const bearers = [];
  page.on('response', (r) => {
    if (!r.url().startsWith(`${service.origin}/api/checks`)) return;
    statuses.push(r.status());
    bearers.push(r.request().headers().authorization);
  });
  const second = page.waitForResponse((r) => r.url().startsWith(`${service.origin}/api/checks`) && statuses.length === 2);
  await page.getByRole('button', { name: 'Kiểm tra văn bản' }).click();
  await second;
  await page.getByRole('alert').getByText('Cần đăng nhập bằng tài khoản Microsoft 365 của cơ quan', { exact: false }).waitFor();
  await page.getByRole('button', { name: 'Kiểm tra văn bản' }).and(page.locator(':enabled')).waitFor();
  assert.deepEqual(statuses, [401, 401]);
  assert.deepEqual(bearers, [`Bearer ${forged}`, `Bearer ${forged}`]);
  const calls = await page.evaluate(() => window.msalCalls);
  assert.ok(calls.silent.some((r) => r.forceRefresh === true), 'the retry asked MSAL for a fresh token');
  assert.equal(await page.locator('#findings').textContent(), '');
});

test('the sign-in dialog loads MSAL from the service and answers the pane in Vietnamese when it cannot sign in', async () => {
  // Office in the dialog: only messageParent, recorded. The real MSAL refuses this test's plain-HTTP authority.
  const page = await browser.newPage();
  const office = 'window.parentMessages = []; window.Office = { onReady(c) { if (c) setTimeout(c, 0); return Promise.resolve({}); }, context: { ui: { messageParent(m) { window.parentMessages.push(m); } } } };';
  await page.route('https://appsforoffice.microsoft.com/**', (route) => route.fulfill({ contentType: 'text/javascript', body: office }));
  await page.goto(`${service.origin}/addin/signin-dialog.html`);
  await page.waitForFunction(() => window.parentMessages.length > 0);
  assert.equal(await page.evaluate(() => typeof window.msal?.PublicClientApplication), 'function');
  const [message] = (await page.evaluate(() => window.parentMessages)).map((m) => JSON.parse(m));
  assert.equal(message.token, undefined);
  assert.match(message.error, /^Không đăng nhập được bằng tài khoản Microsoft 365 của cơ quan/);
});
