// The WordHelper service, as the task pane calls it. Every failure becomes an ApiError with a Vietnamese message.

/** @typedef {import('./findings.js').Finding} Finding */
/** @typedef {import('./recipients.js').Recipient} Recipient */
/** @typedef {{ kind: string | null, number: string | null, date: string | null, issuer: string | null, title: string | null }} DocumentSummary */
/** @typedef {import('./cited-documents.js').Citation} Citation */
/** @typedef {{ file: string, document?: DocumentSummary, findings?: Finding[], recipients?: Recipient[], citations?: Citation[], error?: string }} Report citations: absent from services older than the Văn bản được dẫn */
/** @typedef {{ id: string, webLink: string | null }} Draft the draft as Outlook keeps it; webLink opens it in Outlook on the web */
/** @typedef {{ id: string, title: string, docType: string, section: string, body: string, tags: string[], isStandard: boolean, order: number, version: number, variables: string[] }} Clause */
/** @typedef {{ text: string, html: string, ooxml: string, missing: string[], unknown: string[] }} Rendered */
/**
 * A registry entry; statusNote is what its source says of its status when that is not a verdict.
 * @typedef {{ id: string, type: string, number: string, date: string | null, issuer: string, summary: string, status: string,
 *             replacedBy: string | null, statusNote?: string | null, source?: string | null, effectiveFrom?: string | null }} CitationEntry
 */
/** @typedef {import('./rollforward.js').ArchivedDocument} ArchivedDocument */
/** @typedef {import('./rollforward.js').Rolled} Rolled */

export class ApiError extends Error {
  /** @param {string} message @param {number} status */
  constructor(message, status) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
  }
}

const OFFLINE = 'Không kết nối được máy chủ WordHelper. Kiểm tra kết nối mạng rồi thử lại.';
const TOO_LARGE = 'Văn bản quá lớn để gửi kiểm tra (giới hạn 20 MB).';
const DRAFT_TOO_LARGE = 'Văn bản quá lớn để đính kèm thư (giới hạn 3 MB).';
const ROLL_TOO_LARGE = 'Văn bản quá lớn để chuyển kỳ (giới hạn 20 MB).';
const NOT_AVAILABLE = 'Máy chủ WordHelper chưa bật chức năng này.';
const SIGN_IN_FAILED = 'Không đăng nhập được bằng tài khoản Microsoft 365 của cơ quan. Hãy thử lại; nếu vẫn lỗi, hãy báo quản trị viên.';

/** The problem type of a 403 that asks the user to sign in again, interactively (consent, MFA, a claims challenge). */
export const INTERACTION_REQUIRED = 'urn:wordhelper:problem:interaction-required';

/** @typedef {{ claims: string | null, scopes: string[] }} Challenge what the service asks the sign-in to satisfy */
/**
 * How the pane obtains its access token: null in local mode, where nothing is sent. token({ fresh: true }) skips
 * any cached token; reauthenticate prompts the user once for what the service asked.
 * @typedef {{ token(options?: { fresh?: boolean }): Promise<string | null>, reauthenticate(challenge: Challenge): Promise<string>,
 *             account?(): string | null }} SignIn
 */

/** @typedef {{ directory?: boolean }} CheckOptions directory: look the recipients up in the directory */

/** Local mode: no token, and nothing to prompt for. @type {SignIn} */
export const localSignIn = {
  token: async () => null,
  reauthenticate: async () => { throw new ApiError(SIGN_IN_FAILED, 401); },
  account: () => null,
};

/** @param {unknown} problem @returns {problem is { type?: unknown, title?: unknown, detail?: unknown, claims?: unknown, scopes?: unknown }} */
const isObject = (problem) => typeof problem === 'object' && problem !== null;

/**
 * @param {string} baseUrl where the service runs ('' for the pane's own origin)
 * @param {typeof fetch} fetchImpl
 * @param {SignIn} signIn where the bearer token comes from
 */
export function createApi(baseUrl = '', fetchImpl = fetch, signIn = localSignIn) {
  /** A sign-in failure is already Vietnamese when it is an ApiError; anything else says sign-in failed. @param {() => Promise<string | null>} obtain */
  async function tokenFrom(obtain) {
    try {
      return await obtain();
    } catch (e) {
      throw e instanceof ApiError ? e : new ApiError(SIGN_IN_FAILED, 401);
    }
  }

  /** @param {string} path @param {RequestInit} init @param {string | null} token */
  async function send(path, init, token) {
    const request = token ? { ...init, headers: { ...(/** @type {Record<string, string>} */ (init.headers ?? {})), Authorization: `Bearer ${token}` } } : init;
    try {
      return await fetchImpl(baseUrl + path, request);
    } catch {
      throw new ApiError(OFFLINE, 0);
    }
  }

  /** The problem document of a failed answer, or null when it has none. @param {Response} response */
  async function problemOf(response) {
    try {
      const problem = await response.json();
      return isObject(problem) ? problem : null;
    } catch {
      return null; // not a problem document: the status line will do
    }
  }

  /**
   * Sends a request with the current token. A 401 gets one fresh token and one retry; a 403 that asks for interaction
   * gets one prompt and one retry; nothing loops.
   * @param {string} path @param {RequestInit} [init]
   * @param {string} [tooLarge] what a 413 without a reason means for this call
   * @param {(response: Response) => Promise<any>} [read] how a successful answer is read (JSON unless told)
   */
  async function call(path, init = {}, tooLarge = TOO_LARGE, read = (response) => response.json()) {
    let token = await tokenFrom(() => signIn.token());
    let refreshed = false;
    let prompted = false;
    for (;;) {
      const response = await send(path, init, token);
      if (response.ok) return read(response);
      const problem = await problemOf(response);
      if (response.status === 401 && token && !refreshed) {
        refreshed = true;
        token = await tokenFrom(() => signIn.token({ fresh: true }));
        if (token) continue;
      } else if (response.status === 403 && problem?.type === INTERACTION_REQUIRED && !prompted) {
        prompted = true;
        const claims = typeof problem.claims === 'string' && problem.claims ? problem.claims : null;
        const scopes = Array.isArray(problem.scopes) ? problem.scopes.filter((s) => typeof s === 'string') : [];
        token = await tokenFrom(() => signIn.reauthenticate({ claims, scopes }));
        continue;
      }
      // A draft over the budget of a check is 413 with its reason; a proxy's 413 may come without one.
      const fallback = response.status === 413 ? tooLarge : response.status === 501 ? NOT_AVAILABLE : `Máy chủ trả lỗi ${response.status}.`;
      const said = problem?.detail ?? problem?.title;
      throw new ApiError(typeof said === 'string' && said ? said : fallback, response.status);
    }
  }

  /** @param {unknown} body */
  const json = (body) => ({ method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

  /** The check's options as a query: directory=true has the recipients looked up. @param {CheckOptions} options */
  const checkQuery = ({ directory = false }) => (directory ? ['directory=true'] : []);

  return {
    /** @param {Blob} docx @param {string} name @param {CheckOptions} [options] @returns {Promise<Report>} */
    checkDocx(docx, name, options = {}) {
      const form = new FormData();
      form.append('file', docx, name);
      const query = checkQuery(options);
      return call(`/api/checks${query.length ? `?${query.join('&')}` : ''}`, { method: 'POST', body: form });
    },
    /** @param {string} flatOpc the package of body.getOoxml() @param {string} name @param {CheckOptions} [options] @returns {Promise<Report>} */
    checkFlatOpc(flatOpc, name, options = {}) {
      const query = [`name=${encodeURIComponent(name)}`, ...checkQuery(options)].join('&');
      return call(`/api/checks?${query}`, { method: 'POST', headers: { 'Content-Type': 'application/xml' }, body: flatOpc });
    },
    /**
     * A draft message in the user's Outlook, to the given addresses, with the document attached.
     * @param {Blob} docx @param {string} name the attachment's file name @param {string} subject @param {string[]} mails
     * @returns {Promise<Draft>}
     */
    draftMessage(docx, name, subject, mails) {
      const form = new FormData();
      form.append('file', docx, name);
      form.append('subject', subject);
      for (const mail of mails) form.append('to', mail);
      return call('/api/messages/draft', { method: 'POST', body: form }, DRAFT_TOO_LARGE);
    },
    /** @param {string} docType @returns {Promise<Clause[]>} */
    sections: (docType) => call(`/api/sections?docType=${encodeURIComponent(docType)}`),
    /** @param {string} q @param {string} [docType] @returns {Promise<Clause[]>} */
    searchClauses: (q, docType) => call(`/api/clauses?q=${encodeURIComponent(q)}${docType ? `&docType=${encodeURIComponent(docType)}` : ''}`),
    /** @param {string} id @param {Record<string, string>} variables @param {string | null} number @returns {Promise<Rendered>} */
    renderClause: (id, variables, number) => call(`/api/clauses/${encodeURIComponent(id)}/render`, json({ variables, number })),
    /** @param {string} q @returns {Promise<CitationEntry[]>} */
    searchCitations: (q) => call(`/api/citations?q=${encodeURIComponent(q)}`),
    /** @param {string} id @returns {Promise<{ text: string }>} */
    citationText: (id) => call(`/api/citations/${encodeURIComponent(id)}/text`),
    /**
     * Earlier documents by title words, type (KH, BC…) and year; what is not given is not asked.
     * @param {string} q @param {string | null} [type] @param {number | null} [year] @returns {Promise<ArchivedDocument[]>}
     */
    searchArchive(q, type = null, year = null) {
      const query = [['q', q.trim()], ['type', type ?? ''], ['year', year === null ? '' : String(year)]]
        .filter(([, v]) => v).map(([k, v]) => `${k}=${encodeURIComponent(v)}`);
      return call(`/api/archive?${query.join('&')}`);
    },
    /** An archived document's .docx. @param {string} id @returns {Promise<Blob>} */
    archiveContent: (id) => call(`/api/archive/${encodeURIComponent(id)}/content`, {}, TOO_LARGE, (response) => response.blob()),
    /**
     * Last period's document rolled forward to a year ("2026") or a month ("2025-10"), with the new date line's date.
     * @param {Blob} docx @param {string} name @param {string} to @param {string | null} [date] yyyy-MM-dd
     * @returns {Promise<Rolled>}
     */
    rollForward(docx, name, to, date = null) {
      const form = new FormData();
      form.append('file', docx, name);
      form.append('to', to);
      if (date) form.append('date', date);
      return call('/api/rollforward', { method: 'POST', body: form }, ROLL_TOO_LARGE);
    },
  };
}
