// The sign-in dialog, for Office clients without nested app authentication: opened by the pane with
// Office.context.ui.displayDialogAsync on the pane's own origin, it signs in with MSAL by redirect (this page is the
// redirect URI) and posts { token, expiresOn, name } or { error } back to the pane with messageParent.
// The pane may ask, in the query, for a claims challenge (claims), other scopes (scopes) or a token not from the cache (fresh).
import { SignInError, describeAuthError, msalNotLoaded, needsInteraction } from './signin.js';

/** @typedef {import('./signin.js').Msal} Msal */

/** @param {{ token: string, expiresOn: number | null, name: string | null } | { error: string }} message */
const reply = (message) => Office.context.ui.messageParent(JSON.stringify(message));

async function signIn() {
  const msal = /** @type {Msal | undefined} */ (Reflect.get(globalThis, 'msal'));
  if (!msal) throw msalNotLoaded();
  const settings = await (await fetch('signin.json', { cache: 'no-store' })).json();
  if (settings.mode !== 'entra') throw new SignInError('Máy chủ WordHelper đang chạy ở chế độ cục bộ: không cần đăng nhập.', 'local');
  const client = new msal.PublicClientApplication({
    auth: { clientId: settings.clientId, authority: settings.authority, redirectUri: location.origin + location.pathname, navigateToLoginRequestUrl: false },
    cache: { cacheLocation: 'localStorage' },
  });
  await client.initialize();
  const returned = await client.handleRedirectPromise();
  if (returned) return returned;

  const query = new URLSearchParams(location.search);
  const claims = query.get('claims') || undefined;
  const scopes = query.get('scopes')?.split(' ').filter(Boolean) ?? settings.scopes;
  const account = client.getAllAccounts()[0];
  if (account && !claims) {
    try {
      return await client.acquireTokenSilent({ scopes, account, forceRefresh: query.has('fresh') });
    } catch (e) {
      if (!needsInteraction(e, msal)) throw e;
    }
  }
  await client.acquireTokenRedirect({ scopes, claims, ...(account ? { account } : {}) });
  return null; // the page goes to Microsoft's sign-in and comes back here
}

Office.onReady(() => signIn().then(
  (result) => {
    if (result) reply({ token: result.accessToken, expiresOn: result.expiresOn?.getTime() ?? null, name: result.account?.name || result.account?.username || null });
  },
  (e) => reply({ error: describeAuthError(e).message })));
