// The WordHelper service, as the task pane calls it. Every failure becomes an ApiError with a Vietnamese message.

/** @typedef {import('./findings.js').Finding} Finding */
/** @typedef {{ file: string, document?: { kind: string | null, number: string | null, date: string | null, issuer: string | null, title: string | null },
 *              findings?: Finding[], error?: string }} Report */
/** @typedef {{ id: string, title: string, docType: string, section: string, body: string, tags: string[], isStandard: boolean, order: number, version: number, variables: string[] }} Clause */
/** @typedef {{ text: string, html: string, ooxml: string, missing: string[], unknown: string[] }} Rendered */
/** @typedef {{ id: string, type: string, number: string, date: string | null, issuer: string, summary: string, status: string, replacedBy: string | null }} CitationEntry */

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

/**
 * @param {string} baseUrl where the service runs ('' for the pane's own origin)
 * @param {typeof fetch} fetchImpl
 */
export function createApi(baseUrl = '', fetchImpl = fetch) {
  /** @param {string} path @param {RequestInit} [init] */
  async function call(path, init) {
    let response;
    try {
      response = await fetchImpl(baseUrl + path, init);
    } catch {
      throw new ApiError(OFFLINE, 0);
    }
    if (response.ok) return response.json();
    // A draft over the budget of a check is 413 with its reason; a proxy's 413 may come without one.
    let message = response.status === 413 ? TOO_LARGE : `Máy chủ trả lỗi ${response.status}.`;
    try {
      const problem = await response.json();
      message = problem.detail ?? problem.title ?? message;
    } catch {
      // not a problem document: keep the status line
    }
    throw new ApiError(message, response.status);
  }

  /** @param {unknown} body */
  const json = (body) => ({ method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

  return {
    /** @param {Blob} docx @param {string} name @returns {Promise<Report>} */
    checkDocx(docx, name) {
      const form = new FormData();
      form.append('file', docx, name);
      return call('/api/checks', { method: 'POST', body: form });
    },
    /** @param {string} flatOpc the package of body.getOoxml() @param {string} name @returns {Promise<Report>} */
    checkFlatOpc(flatOpc, name) {
      return call(`/api/checks?name=${encodeURIComponent(name)}`, { method: 'POST', headers: { 'Content-Type': 'application/xml' }, body: flatOpc });
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
  };
}
