import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createApi, ApiError } from '../src/api.js';

/** A fetch that answers once with the given status and body, and records the request. */
function fakeFetch(status, body) {
  const calls = [];
  const impl = async (url, init) => {
    calls.push({ url, init });
    return new Response(typeof body === 'string' ? body : JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
  };
  return { impl, calls };
}

test('renders a clause with its variables and number', async () => {
  const { impl, calls } = fakeFetch(200, { text: 'IV. TỔ CHỨC THỰC HIỆN', html: '', ooxml: '<pkg/>', missing: [], unknown: [] });
  const api = createApi('https://localhost:5001', impl);
  const rendered = await api.renderClause('kh-4', { 'đơn vị chủ trì': 'Sở Y tế' }, 'IV');
  assert.equal(rendered.text, 'IV. TỔ CHỨC THỰC HIỆN');
  assert.equal(calls[0].url, 'https://localhost:5001/api/clauses/kh-4/render');
  assert.deepEqual(JSON.parse(calls[0].init.body), { variables: { 'đơn vị chủ trì': 'Sở Y tế' }, number: 'IV' });
});

test('sends the flat-OPC package as application/xml', async () => {
  const { impl, calls } = fakeFetch(200, { file: 'a.xml', findings: [] });
  await createApi('', impl).checkFlatOpc('<pkg:package/>', 'văn bản.xml');
  assert.equal(calls[0].url, '/api/checks?name=v%C4%83n%20b%E1%BA%A3n.xml');
  assert.equal(calls[0].init.headers['Content-Type'], 'application/xml');
});

test('a problem document becomes its Vietnamese detail', async () => {
  const { impl } = fakeFetch(400, { title: 'Yêu cầu không hợp lệ', detail: 'Tệp không phải văn bản Word (.docx).' });
  await assert.rejects(createApi('', impl).checkFlatOpc('x', 'a'), (e) => e instanceof ApiError && e.status === 400 && e.message === 'Tệp không phải văn bản Word (.docx).');
});

test('a draft over the budget of a check, or a busy service, says why', async () => {
  const budget = 'Văn bản quá lớn để kiểm tra (hơn 20.000 đoạn văn). Hãy tách văn bản, chẳng hạn để các phụ lục thành tệp riêng, rồi kiểm tra từng phần.';
  await assert.rejects(createApi('', fakeFetch(413, { title: 'Dữ liệu gửi lên quá lớn', detail: budget }).impl).checkFlatOpc('x', 'a'), (e) => e.status === 413 && e.message === budget);
  const busy = 'Dịch vụ đang kiểm tra nhiều văn bản cùng lúc; vui lòng thử lại sau 5 giây.';
  await assert.rejects(createApi('', fakeFetch(503, { detail: busy }).impl).checkFlatOpc('x', 'a'), (e) => e.status === 503 && e.message === busy);
});

test('too large, offline and odd answers say so in Vietnamese', async () => {
  await assert.rejects(createApi('', fakeFetch(413, '').impl).sections('KH'), (e) => e.status === 413 && /20 MB/.test(e.message));
  await assert.rejects(createApi('', async () => { throw new TypeError('Failed to fetch'); }).sections('KH'), (e) => e.status === 0 && /Không kết nối được/.test(e.message));
  await assert.rejects(createApi('', fakeFetch(502, 'Bad gateway').impl).sections('KH'), (e) => e.message === 'Máy chủ trả lỗi 502.');
});
