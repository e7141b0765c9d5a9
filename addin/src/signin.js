// Signing in to Microsoft Entra ID from the task pane. Office clients with nested app authentication (NestedAppAuth
// 1.1) lend the pane the signed-in Office account through MSAL; older ones sign in through an Office dialog
// (signin-dialog.html) that hands the token back. In local mode nothing is loaded and no token is sent.
// MSAL and Office are passed in, so that the logic runs in tests without a browser.
import { ApiError, localSignIn } from './api.js';

/** @typedef {import('./api.js').SignIn} SignIn */
/** @typedef {import('./api.js').Challenge} Challenge */
/** @typedef {{ mode: 'local' } | { mode: 'entra', clientId: string, authority: string, scopes: string[] }} SignInSettings what /addin/signin.json says */
/** @typedef {typeof import('@azure/msal-browser')} Msal the global `msal` of lib/msal-browser.min.js */
/** @typedef {import('@azure/msal-browser').IPublicClientApplication} ClientApplication */
/** @typedef {import('@azure/msal-browser').AccountInfo} AccountInfo */
/** @typedef {import('@azure/msal-browser').AuthenticationResult} AuthenticationResult */
/**
 * @typedef {{ Office: typeof Office, loadMsal?: () => Promise<Msal>, origin?: string, now?: () => number }} Dependencies
 * Office as the pane sees it; how MSAL is loaded (only for nested app authentication); the pane's origin, where the
 * sign-in dialog is; the clock, for the dialog's token lifetime.
 */

/** A sign-in that did not give a token, with its Vietnamese reason; code is the AADSTS or MSAL code, if any. */
export class SignInError extends ApiError {
  /** @param {string} message @param {string} [code] */
  constructor(message, code = '') {
    super(message, 401);
    this.name = 'SignInError';
    this.code = code;
  }
}

const ACCOUNT = 'tài khoản Microsoft 365 của cơ quan';
const GENERIC = `Không đăng nhập được bằng ${ACCOUNT}. Hãy thử lại; nếu vẫn lỗi, hãy báo quản trị viên.`;
const POPUP_BLOCKED = 'Trình duyệt đã chặn cửa sổ đăng nhập: hãy cho phép cửa sổ bật lên (pop-up) cho WordHelper rồi thử lại.';
const NO_NETWORK = 'Không kết nối được dịch vụ đăng nhập của Microsoft. Kiểm tra kết nối mạng rồi thử lại.';
const TIMED_OUT = 'Đăng nhập quá thời gian chờ. Hãy thử lại.';
const CANCELLED = `Bạn đã hủy đăng nhập. Cần đăng nhập bằng ${ACCOUNT} để dùng WordHelper.`;

/** MSAL error codes the user can act on. */
const MSAL_MESSAGES = /** @type {Record<string, string>} */ ({
  user_cancelled: CANCELLED,
  user_canceled: CANCELLED,
  popup_window_error: POPUP_BLOCKED,
  empty_window_error: POPUP_BLOCKED,
  block_nested_popups: POPUP_BLOCKED,
  interaction_in_progress: 'Đang đăng nhập ở một cửa sổ khác: hãy hoàn tất ở đó rồi thử lại.',
  no_network_connectivity: NO_NETWORK,
  post_request_failed: NO_NETWORK,
  get_request_failed: NO_NETWORK,
  network_error: NO_NETWORK,
  timed_out: TIMED_OUT,
  monitor_window_timeout: TIMED_OUT,
  monitor_popup_timeout: TIMED_OUT,
  nested_app_auth_bridge_disabled: 'Phiên bản Word này không cho add-in đăng nhập bằng tài khoản Office: hãy cập nhật Word hoặc dùng Word trên web.',
});

/** Microsoft Entra refusals an administrator has to fix; the code is appended to every message that has one. */
const AADSTS_MESSAGES = /** @type {Record<string, string>} */ ({
  AADSTS50105: 'Tài khoản của bạn chưa được giao quyền dùng WordHelper: hãy nhờ quản trị viên thêm bạn vào ứng dụng.',
  AADSTS65001: 'WordHelper chưa được chấp thuận (consent) trong tổ chức của bạn: hãy nhờ quản trị viên cấp quyền cho ứng dụng.',
  AADSTS700016: 'Ứng dụng WordHelper không có trong tổ chức của tài khoản này: kiểm tra lại tài khoản, hoặc báo quản trị viên.',
  AADSTS50020: 'Tài khoản này không thuộc tổ chức được phép dùng WordHelper.',
  AADSTS50011: 'Địa chỉ trả về sau khi đăng nhập chưa được đăng ký cho ứng dụng WordHelper: hãy báo quản trị viên.',
  AADSTS53003: 'Chính sách truy cập có điều kiện của tổ chức đã chặn đăng nhập từ thiết bị hoặc nơi này: hãy báo quản trị viên.',
});

/** Office dialog error codes (displayDialogAsync and DialogEventReceived). */
const DIALOG_MESSAGES = /** @type {Record<number, string>} */ ({
  12002: 'Không mở được trang đăng nhập của WordHelper: hãy kiểm tra địa chỉ máy chủ rồi thử lại.',
  12003: 'Trang đăng nhập phải được phục vụ qua HTTPS: hãy báo quản trị viên.',
  12004: 'Địa chỉ trang đăng nhập không thuộc tên miền của add-in: hãy báo quản trị viên.',
  12005: 'Trang đăng nhập phải được phục vụ qua HTTPS: hãy báo quản trị viên.',
  12006: `Bạn đã đóng cửa sổ đăng nhập trước khi đăng nhập xong. Hãy thử lại và đăng nhập bằng ${ACCOUNT}.`,
  12007: 'Cửa sổ đăng nhập đang mở: hãy hoàn tất đăng nhập ở cửa sổ đó.',
  12009: `Bạn đã bỏ qua cửa sổ đăng nhập. Cần đăng nhập bằng ${ACCOUNT} để dùng WordHelper.`,
  12011: POPUP_BLOCKED,
});

/** Whether MSAL says only the user can go on (or that there is no account to go on silently with). @param {unknown} e @param {Msal} [msal] */
export function needsInteraction(e, msal) {
  if (!(e instanceof Error)) return false;
  if (e.name === 'InteractionRequiredAuthError' || (msal && e instanceof msal.InteractionRequiredAuthError)) return true;
  const code = /** @type {{ errorCode?: unknown }} */ (e).errorCode;
  return code === 'no_account_found' || code === 'no_account_error' || code === 'login_required' || code === 'interaction_required' || code === 'consent_required';
}

/**
 * Any sign-in failure as a SignInError in Vietnamese: MSAL's English text is never shown, only its AADSTS code.
 * @param {unknown} e @returns {ApiError}
 */
export function describeAuthError(e) {
  if (e instanceof ApiError) return e;
  const error = /** @type {{ errorCode?: unknown, errorMessage?: unknown, message?: unknown }} */ (typeof e === 'object' && e !== null ? e : {});
  const code = typeof error.errorCode === 'string' ? error.errorCode : '';
  const aadsts = /AADSTS\d+/.exec(`${error.errorMessage ?? ''} ${error.message ?? ''}`)?.[0];
  const message = (aadsts && AADSTS_MESSAGES[aadsts]) ?? MSAL_MESSAGES[code]
    ?? (needsInteraction(e) ? `Cần đăng nhập lại bằng ${ACCOUNT}. Hãy thử lại.` : GENERIC);
  return new SignInError(aadsts ? `${message} (mã lỗi ${aadsts})` : message, aadsts ?? code);
}

/** MSAL's script could not be loaded from the service. */
export const msalNotLoaded = () =>
  new SignInError('Không tải được thành phần đăng nhập (MSAL) từ máy chủ WordHelper. Hãy tải lại add-in; nếu vẫn lỗi, hãy báo quản trị viên.', 'msal_not_loaded');

/**
 * Loads MSAL, served by the service beside the pane, by adding its script; resolves to the global `msal`.
 * @param {Document} [doc] @param {string} [src] relative to the page
 * @returns {Promise<Msal>}
 */
export function loadMsalScript(doc = document, src = 'lib/msal-browser.min.js') {
  const loaded = () => /** @type {Msal | undefined} */ (Reflect.get(globalThis, 'msal'));
  const failed = msalNotLoaded();
  return new Promise((resolve, reject) => {
    const msal = loaded();
    if (msal) return resolve(msal);
    const script = doc.createElement('script');
    script.src = src;
    script.onload = () => { const m = loaded(); if (m) resolve(m); else reject(failed); };
    script.onerror = () => reject(failed);
    doc.head.append(script);
  });
}

/**
 * The settings of /addin/signin.json, checked: local mode, or Entra with a client id, an authority and scopes.
 * @param {unknown} json @returns {SignInSettings}
 */
export function readSettings(json) {
  const s = /** @type {{ mode?: unknown, clientId?: unknown, authority?: unknown, scopes?: unknown }} */ (typeof json === 'object' && json !== null ? json : {});
  if (s.mode === 'local') return { mode: 'local' };
  if (s.mode === 'entra' && typeof s.clientId === 'string' && s.clientId && typeof s.authority === 'string' && s.authority
      && Array.isArray(s.scopes) && s.scopes.length > 0 && s.scopes.every((x) => typeof x === 'string')) {
    return { mode: 'entra', clientId: s.clientId, authority: s.authority, scopes: s.scopes };
  }
  throw new SignInError('Máy chủ WordHelper trả thiết lập đăng nhập không hợp lệ: hãy báo quản trị viên.', 'settings');
}

/**
 * The sign-in the settings ask for.
 * @param {SignInSettings} settings @param {Dependencies} dependencies
 * @returns {SignIn & { kind: 'local' | 'nested' | 'dialog' }}
 */
export function createSignIn(settings, { Office, loadMsal = () => loadMsalScript(), origin = '', now = Date.now }) {
  if (settings.mode !== 'entra') return { ...localSignIn, kind: 'local' };
  if (Office.context.requirements.isSetSupported('NestedAppAuth', '1.1')) return nestedSignIn(settings, Office, loadMsal);
  return dialogSignIn(settings, Office, origin, now);
}

/** Shares one pending call between callers with the same key, so that one prompt serves all. */
function oneAtATime() {
  /** @type {Map<string, Promise<any>>} */
  const pending = new Map();
  /** @template T @param {string} key @param {() => Promise<T>} start @returns {Promise<T>} */
  return (key, start) => {
    let p = pending.get(key);
    if (!p) {
      p = start().finally(() => pending.delete(key));
      pending.set(key, p);
    }
    return p;
  };
}

/** @param {AccountInfo | null} account */
const nameOf = (account) => account?.name || account?.username || null;

/**
 * Nested app authentication: MSAL asks Office for the token of the account signed in to Office, silently first, and
 * opens Office's own sign-in prompt only when Microsoft Entra asks for interaction.
 * @param {{ clientId: string, authority: string, scopes: string[] }} settings @param {typeof Office} office @param {() => Promise<Msal>} loadMsal
 */
function nestedSignIn(settings, office, loadMsal) {
  /** @type {Promise<{ msal: Msal, client: ClientApplication }> | null} */
  let started = null;
  /** @type {AccountInfo | null} */
  let account = null;
  const once = oneAtATime();

  const start = () => (started ??= (async () => {
    const msal = await loadMsal();
    const client = await msal.createNestablePublicClientApplication({ auth: { clientId: settings.clientId, authority: settings.authority } });
    return { msal, client };
  })().catch((e) => { started = null; throw e; }));

  /** The login hint Office gives for its account, when this Office can say. */
  async function loginHint() {
    try {
      return (await office.auth?.getAuthContext?.())?.loginHint || undefined;
    } catch {
      return undefined;
    }
  }

  /** @param {AuthenticationResult} result */
  function remember(result) {
    if (!result?.accessToken) throw new SignInError(GENERIC, 'empty_token');
    account = result.account ?? account;
    return result.accessToken;
  }

  /** @param {ClientApplication} client @param {boolean} fresh */
  async function silently(client, fresh) {
    account ??= client.getActiveAccount() ?? client.getAllAccounts()[0] ?? null;
    if (account) return client.acquireTokenSilent({ scopes: settings.scopes, account, forceRefresh: fresh });
    const hint = await loginHint();
    return client.ssoSilent(hint ? { scopes: settings.scopes, loginHint: hint } : { scopes: settings.scopes });
  }

  /** @param {boolean} fresh */
  async function acquire(fresh) {
    try {
      const { msal, client } = await start();
      try {
        return remember(await silently(client, fresh));
      } catch (e) {
        if (!needsInteraction(e, msal)) throw e;
      }
      return remember(await client.acquireTokenPopup({ scopes: settings.scopes, ...(account ? { account } : {}) }));
    } catch (e) {
      throw describeAuthError(e);
    }
  }

  return {
    kind: /** @type {const} */ ('nested'),
    /** @param {{ fresh?: boolean }} [options] */
    token: ({ fresh = false } = {}) => once(fresh ? 'fresh' : 'token', () => acquire(fresh)),
    /** @param {Challenge} challenge */
    reauthenticate: ({ claims, scopes }) => once('prompt', async () => {
      try {
        const { client } = await start();
        return remember(await client.acquireTokenPopup({
          scopes: scopes.length ? scopes : settings.scopes,
          ...(claims ? { claims } : {}),
          ...(account ? { account } : {}),
        }));
      } catch (e) {
        throw describeAuthError(e);
      }
    }),
    account: () => nameOf(account),
  };
}

/** The expiry a token carries (exp, in ms), or 0 when it cannot be read. @param {string} token */
function expiryOf(token) {
  try {
    const payload = JSON.parse(atob(token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/')));
    return typeof payload.exp === 'number' ? payload.exp * 1000 : 0;
  } catch {
    return 0;
  }
}

/**
 * The Office dialog: signin-dialog.html, on the pane's origin, signs in with MSAL by redirect and posts
 * { token, expiresOn, name } or { error } back. The token is kept until five minutes before it expires.
 * @param {{ clientId: string, authority: string, scopes: string[] }} settings @param {typeof Office} office @param {string} origin
 * @param {() => number} now
 */
function dialogSignIn(settings, office, origin, now) {
  /** @type {{ token: string, expires: number, name: string | null } | null} */
  let cached = null;
  const once = oneAtATime();

  /** @param {{ claims?: string | null, scopes?: string[], fresh?: boolean }} request */
  function open(request) {
    const query = new URLSearchParams();
    if (request.claims) query.set('claims', request.claims);
    if (request.scopes?.length && request.scopes.join(' ') !== settings.scopes.join(' ')) query.set('scopes', request.scopes.join(' '));
    if (request.fresh) query.set('fresh', '1');
    const url = `${origin}/addin/signin-dialog.html${String(query) ? `?${query}` : ''}`;
    return /** @type {Promise<string>} */ (new Promise((resolve, reject) => {
      let settled = false;
      /** @param {Office.Dialog} dialog @param {(() => void)} settle */
      const finish = (dialog, settle) => {
        if (settled) return;
        settled = true;
        try { dialog.close(); } catch { /* already closed */ }
        settle();
      };
      office.context.ui.displayDialogAsync(url, { height: 60, width: 30 }, (result) => {
        if (result.status === office.AsyncResultStatus.Failed) {
          reject(new SignInError(DIALOG_MESSAGES[result.error.code] ?? `Không mở được cửa sổ đăng nhập (mã lỗi ${result.error.code}).`, String(result.error.code)));
          return;
        }
        const dialog = result.value;
        dialog.addEventHandler(office.EventType.DialogMessageReceived, (arg) => {
          if (!('message' in arg)) return;
          if (origin && arg.origin !== undefined && arg.origin !== origin) return; // only the pane's own page may answer
          /** @type {{ token?: unknown, expiresOn?: unknown, name?: unknown, error?: unknown }} */
          let message = {};
          try { message = JSON.parse(arg.message) ?? {}; } catch { /* not ours: a generic failure below */ }
          finish(dialog, () => {
            if (typeof message.token === 'string' && message.token) {
              const expires = typeof message.expiresOn === 'number' ? message.expiresOn : expiryOf(message.token);
              cached = { token: message.token, expires, name: typeof message.name === 'string' ? message.name : null };
              resolve(message.token);
            } else {
              reject(new SignInError(typeof message.error === 'string' && message.error ? message.error : GENERIC, 'dialog'));
            }
          });
        });
        dialog.addEventHandler(office.EventType.DialogEventReceived, (arg) => {
          const code = 'error' in arg ? arg.error : 0;
          finish(dialog, () => reject(new SignInError(DIALOG_MESSAGES[code] ?? `Cửa sổ đăng nhập gặp lỗi (mã lỗi ${code}).`, String(code))));
        });
      });
    }));
  }

  return {
    kind: /** @type {const} */ ('dialog'),
    /** @param {{ fresh?: boolean }} [options] */
    token: async ({ fresh = false } = {}) => {
      if (!fresh && cached && cached.expires - now() > 5 * 60_000) return cached.token;
      if (fresh) cached = null;
      return once('dialog', () => open({ fresh }));
    },
    /** @param {Challenge} challenge */
    reauthenticate: ({ claims, scopes }) => {
      cached = null;
      return once('dialog', () => open({ claims, scopes, fresh: true }));
    },
    account: () => cached?.name ?? null,
  };
}
