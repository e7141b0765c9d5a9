// What the end-to-end tests share: the real service started on loopback (Release build, its own temporary database),
// Debian's Chromium, and the task pane opened over fake-word-host.js in place of Word.
import { spawn } from 'node:child_process';
import { readFile, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const here = path.dirname(fileURLToPath(import.meta.url));
export const root = path.resolve(here, '..', '..');
const dll = path.join(root, 'api', 'WordHelper.Api', 'bin', process.env.CONFIGURATION ?? 'Release', 'net10.0', 'WordHelper.Api.dll');

/** A port nobody listens on, on loopback. @returns {Promise<number>} */
export const freePort = () => new Promise((resolve) => {
  const s = createServer().listen(0, '127.0.0.1', () => { const { port } = /** @type {any} */ (s.address()); s.close(() => resolve(port)); });
});

/**
 * Starts the service on loopback with a database of its own and the given settings; resolves once /health answers.
 * @param {Record<string, string>} [env] settings as environment variables (AzureAd__ClientId, …)
 * @returns {Promise<{ origin: string, stop: () => Promise<void> }>}
 */
export async function startService(env = {}) {
  const data = await mkdtemp(path.join(tmpdir(), 'wordhelper-e2e-'));
  const origin = `http://127.0.0.1:${await freePort()}`;
  let output = '';
  const api = spawn('dotnet', [dll], { env: { ...process.env, ASPNETCORE_URLS: origin, Database__Path: path.join(data, 'w.db'), ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  api.stdout.on('data', (d) => { output += d; });
  api.stderr.on('data', (d) => { output += d; });
  let up = false;
  for (let i = 0; i < 150 && api.exitCode === null && !up; i++) {
    try { up = (await fetch(`${origin}/health`)).ok; } catch { /* not up yet */ }
    if (!up) await new Promise((r) => setTimeout(r, 200));
  }
  const stop = async () => {
    if (api.exitCode === null) await new Promise((r) => { api.once('exit', r); api.kill(); });
    await rm(data, { recursive: true, force: true });
  };
  if (!up) {
    await stop();
    throw new Error(`the service did not start at ${origin}:\n${output.slice(-4000)}`);
  }
  return { origin, stop };
}

/** Debian's Chromium, without the network services a test does not want. */
export const launchBrowser = () => chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

/**
 * Opens the pane at the width of a narrow task pane, over a document: a corpus .docx (or none) and its paragraphs.
 * `prepare` may route or script the page before it loads.
 * @param {import('playwright-core').Browser} browser @param {string} origin
 * @param {{ docx?: string | null, paragraphs?: string[], prepare?: (page: import('playwright-core').Page) => Promise<void> }} [options]
 */
export async function openPane(browser, origin, { docx = null, paragraphs = [], prepare } = {}) {
  const page = await browser.newPage({ viewport: { width: 320, height: 860 } });
  const bytes = docx ? (await readFile(path.join(root, 'tests', 'assets', 'corpus', docx))).toString('base64') : '';
  await page.addInitScript(([d, p]) => { window.testDocx = d; window.testParagraphs = p; }, [bytes, paragraphs]);
  const fake = await readFile(path.join(here, 'fake-word-host.js'), 'utf8');
  await page.route('https://appsforoffice.microsoft.com/**', (route) => route.fulfill({ contentType: 'text/javascript', body: fake }));
  await prepare?.(page);
  await page.goto(`${origin}/addin/taskpane.html`);
  return page;
}
