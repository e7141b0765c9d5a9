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

/** A fetch that answers each request with the next of the given answers ([status, body, headers]), and records them. */
function scriptedFetch(...answers) {
  const calls = [];
  const impl = async (url, init) => {
    calls.push({ url, init });
    const [status, body, headers = {}] = answers[Math.min(calls.length, answers.length) - 1];
    return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/problem+json', ...headers } });
  };
  return { impl, calls };
}

/** A sign-in that hands out numbered tokens and records what it was asked. */
function fakeSignIn() {
  const asked = { token: [], reauthenticate: [] };
  let n = 0;
  return {
    asked,
    async token(options) { asked.token.push(options ?? {}); return `token-${++n}`; },
    async reauthenticate(challenge) { asked.reauthenticate.push(challenge); return `prompted-${++n}`; },
  };
}

const interaction = (detail = 'Cần đăng nhập lại để cấp quyền cho WordHelper.') => [403, {
  type: 'urn:wordhelper:problem:interaction-required', title: 'Cần đăng nhập lại', detail, status: 403,
  claims: '{"access_token":{"xms_cc":{"values":["cp1"]}}}', scopes: ['api://wordhelper/access_as_user'],
}, { 'WWW-Authenticate': 'Bearer error="insufficient_claims", error_description="interaction required"' }];

test('the access token goes with every call as a bearer, beside the other headers', async () => {
  const { impl, calls } = scriptedFetch([200, []], [200, { file: 'a.xml', findings: [] }]);
  const api = createApi('', impl, fakeSignIn());
  await api.sections('KH');
  await api.checkFlatOpc('<pkg:package/>', 'a.xml');
  assert.equal(calls[0].init.headers.Authorization, 'Bearer token-1');
  assert.equal(calls[1].init.headers.Authorization, 'Bearer token-2');
  assert.equal(calls[1].init.headers['Content-Type'], 'application/xml');
});

test('local mode sends no Authorization header', async () => {
  const { impl, calls } = scriptedFetch([200, []]);
  await createApi('', impl).sections('KH');
  assert.equal(calls[0].init.headers?.Authorization, undefined);
});

test('a 401 gets one fresh token and one retry', async () => {
  const signIn = fakeSignIn();
  const { impl, calls } = scriptedFetch([401, { title: 'Chưa đăng nhập', detail: 'Mã đã hết hạn.' }], [200, { file: 'van-ban.docx', findings: [] }]);
  const report = await createApi('', impl, signIn).checkDocx(new Blob(['PK']), 'van-ban.docx');
  assert.equal(report.file, 'van-ban.docx');
  assert.deepEqual(signIn.asked.token, [{}, { fresh: true }]);
  assert.equal(calls.length, 2);
  assert.equal(calls[1].init.headers.Authorization, 'Bearer token-2');
  assert.equal(calls[1].init.body, calls[0].init.body, 'the same form is sent again');
});

test('a second 401 is the service\'s Vietnamese reason, with no third try', async () => {
  const signIn = fakeSignIn();
  const detail = 'Cần đăng nhập bằng tài khoản Microsoft 365 của cơ quan để dùng chức năng này.';
  const { impl, calls } = scriptedFetch([401, { title: 'Chưa đăng nhập', detail }]);
  await assert.rejects(createApi('', impl, signIn).sections('KH'), (e) => e instanceof ApiError && e.status === 401 && e.message === detail);
  assert.equal(calls.length, 2);
  assert.equal(signIn.asked.reauthenticate.length, 0);
});

test('a 403 that asks for interaction prompts once with its claims and scopes, and the request is sent again with the new token', async () => {
  const signIn = fakeSignIn();
  const { impl, calls } = scriptedFetch(interaction(), [200, { text: 'Quyết định số 1791/QĐ-TTg' }]);
  const { text } = await createApi('', impl, signIn).citationText('1791-qd-ttg');
  assert.equal(text, 'Quyết định số 1791/QĐ-TTg');
  assert.deepEqual(signIn.asked.reauthenticate, [{ claims: '{"access_token":{"xms_cc":{"values":["cp1"]}}}', scopes: ['api://wordhelper/access_as_user'] }]);
  assert.equal(calls.length, 2);
  assert.equal(calls[1].init.headers.Authorization, 'Bearer prompted-2');
});

test('a second 403 asking for interaction is its Vietnamese detail, with no second prompt', async () => {
  const signIn = fakeSignIn();
  const detail = 'Tài khoản cần xác thực nhiều lớp (MFA) trước khi dùng WordHelper.';
  const { impl, calls } = scriptedFetch(interaction(detail));
  await assert.rejects(createApi('', impl, signIn).renderClause('kh-4', {}, null), (e) => e instanceof ApiError && e.status === 403 && e.message === detail);
  assert.equal(signIn.asked.reauthenticate.length, 1);
  assert.equal(calls.length, 2);
  assert.equal(calls[1].init.body, calls[0].init.body);
});

test('a plain 403 (not an editor) is not a reason to prompt', async () => {
  const signIn = fakeSignIn();
  const detail = 'Tài khoản không có quyền này: sửa thư viện điều khoản và nhập sổ đăng ký văn bản cần vai trò WordHelper.Editor.';
  const { impl, calls } = scriptedFetch([403, { title: 'Không có quyền', detail, status: 403 }]);
  await assert.rejects(createApi('', impl, signIn).sections('KH'), (e) => e.status === 403 && e.message === detail);
  assert.equal(signIn.asked.reauthenticate.length, 0);
  assert.deepEqual(signIn.asked.token, [{}]);
  assert.equal(calls.length, 1);
});

test('a sign-in that fails stops the call with its Vietnamese reason, or a general one', async () => {
  const { impl, calls } = scriptedFetch([200, []]);
  const reason = 'Bạn đã hủy đăng nhập.';
  await assert.rejects(createApi('', impl, { token: async () => { throw new ApiError(reason, 401); }, reauthenticate: async () => '' }).sections('KH'), (e) => e.message === reason);
  await assert.rejects(createApi('', impl, { token: async () => { throw new Error('popup_window_error'); }, reauthenticate: async () => '' }).sections('KH'),
    (e) => e instanceof ApiError && /^Không đăng nhập được/.test(e.message));
  assert.equal(calls.length, 0);
});

test('a check asks for the directory only when told to', async () => {
  const { impl, calls } = scriptedFetch([200, { file: 'a', findings: [] }]);
  const api = createApi('', impl);
  await api.checkDocx(new Blob(['PK']), 'van-ban.docx');
  await api.checkDocx(new Blob(['PK']), 'van-ban.docx', { directory: true });
  await api.checkFlatOpc('<pkg:package/>', 'văn bản.xml', { directory: true });
  await api.checkFlatOpc('<pkg:package/>', 'a.xml', { directory: false });
  assert.deepEqual(calls.map((c) => c.url), ['/api/checks', '/api/checks?directory=true', '/api/checks?name=v%C4%83n%20b%E1%BA%A3n.xml&directory=true', '/api/checks?name=a.xml']);
  assert.equal(calls[1].init.body.get('file').name, 'van-ban.docx');
});

test('a draft message goes as a form: the document, the subject, one field per address', async () => {
  const { impl, calls } = scriptedFetch([201, { id: 'AAMk1', webLink: 'https://outlook.office.com/owa/?ItemID=AAMk1' }]);
  const draft = await createApi('https://wordhelper.example', impl).draftMessage(new Blob(['PK'], { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }),
    'Kế hoạch 12.docx', 'Kế hoạch số 12/KH-UBND: Tổ chức hội nghị', ['soyte@lamdong.gov.vn', 'stc@lamdong.gov.vn']);
  assert.deepEqual(draft, { id: 'AAMk1', webLink: 'https://outlook.office.com/owa/?ItemID=AAMk1' });
  assert.equal(calls[0].url, 'https://wordhelper.example/api/messages/draft');
  assert.equal(calls[0].init.method, 'POST');
  const form = calls[0].init.body;
  assert.equal(form.get('file').name, 'Kế hoạch 12.docx');
  assert.equal(await form.get('file').text(), 'PK');
  assert.equal(form.get('subject'), 'Kế hoạch số 12/KH-UBND: Tổ chức hội nghị');
  assert.deepEqual(form.getAll('to'), ['soyte@lamdong.gov.vn', 'stc@lamdong.gov.vn']);
  assert.deepEqual([...form.keys()], ['file', 'subject', 'to', 'to']);
});

test('a draft in local mode is the service\'s Vietnamese reason; too large and unsupported say so without one', async () => {
  const local = 'WordHelper đang chạy ở chế độ cục bộ, chưa kết nối Microsoft 365: chưa tạo được thư nháp trong Outlook.';
  const draft = (impl) => createApi('', impl).draftMessage(new Blob(['PK']), 'a.docx', 'Kế hoạch', ['a@b.vn']);
  await assert.rejects(draft(scriptedFetch([501, { title: 'Chưa hỗ trợ', detail: local, status: 501 }]).impl), (e) => e instanceof ApiError && e.status === 501 && e.message === local);
  await assert.rejects(draft(fakeFetch(413, '').impl), (e) => e.status === 413 && /3 MB/.test(e.message));
  await assert.rejects(draft(fakeFetch(501, '').impl), (e) => e.status === 501 && e.message === 'Máy chủ WordHelper chưa bật chức năng này.');
  const none = 'Cần ít nhất một địa chỉ người nhận.';
  await assert.rejects(draft(scriptedFetch([400, { detail: none }]).impl), (e) => e.status === 400 && e.message === none);
});

test('a draft keeps the sign-in rules: a fresh token after a 401, one prompt for consent, the same form each time', async () => {
  const signIn = fakeSignIn();
  const { impl, calls } = scriptedFetch([401, { detail: 'Mã đã hết hạn.' }], interaction('Cần cấp quyền tạo thư cho WordHelper.'), [201, { id: 'd', webLink: 'https://outlook.office.com/x' }]);
  const draft = await createApi('', impl, signIn).draftMessage(new Blob(['PK']), 'a.docx', 'Kế hoạch', ['a@b.vn']);
  assert.equal(draft.id, 'd');
  assert.deepEqual(signIn.asked.token, [{}, { fresh: true }]);
  assert.equal(signIn.asked.reauthenticate.length, 1);
  assert.deepEqual(calls.map((c) => c.init.headers.Authorization), ['Bearer token-1', 'Bearer token-2', 'Bearer prompted-3']);
  assert.ok(calls.every((c) => c.init.body === calls[0].init.body));
});

test('the archive is searched by what is given, and a document comes back as bytes', async () => {
  const { impl, calls } = fakeFetch(200, [{ id: 'a1', title: 'Kế hoạch CCHC năm 2025', path: 'KH/a.docx', modified: null, size: 10 }]);
  const api = createApi('', impl);
  const found = await api.searchArchive(' cải cách hành chính ', 'KH', 2025);
  assert.equal(found[0].id, 'a1');
  assert.equal(calls[0].url, '/api/archive?q=c%E1%BA%A3i%20c%C3%A1ch%20h%C3%A0nh%20ch%C3%ADnh&type=KH&year=2025');
  await api.searchArchive('cchc');
  assert.equal(calls[1].url, '/api/archive?q=cchc');

  const bytes = [0x50, 0x4b, 3, 4];
  const content = createApi('', async (url) => {
    assert.equal(url, '/api/archive/KH%2Fa.docx/content');
    return new Response(new Uint8Array(bytes), { status: 200 });
  });
  const blob = await content.archiveContent('KH/a.docx');
  assert.deepEqual([...new Uint8Array(await blob.arrayBuffer())], bytes);
  await assert.rejects(createApi('', fakeFetch(404, { detail: 'Không tìm thấy văn bản này trong kho lưu trữ.' }).impl).archiveContent('x'),
    (e) => e instanceof ApiError && e.status === 404 && e.message === 'Không tìm thấy văn bản này trong kho lưu trữ.');
});

test('roll-forward sends the file, the period and the date, and says why not in Vietnamese', async () => {
  const { impl, calls } = fakeFetch(200, { from: 'năm 2025', to: 'năm 2026', summary: {}, changes: [], comments: [], docx: 'UEsDBA==' });
  const rolled = await createApi('', impl).rollForward(new Blob(['x']), 'kh.docx', '2026', '2026-01-15');
  assert.equal(rolled.docx, 'UEsDBA==');
  const form = /** @type {FormData} */ (calls[0].init.body);
  assert.equal(calls[0].url, '/api/rollforward');
  assert.equal(/** @type {File} */ (form.get('file')).name, 'kh.docx');
  assert.equal(form.get('to'), '2026');
  assert.equal(form.get('date'), '2026-01-15');
  await createApi('', impl).rollForward(new Blob(['x']), 'kh.docx', '2025-10');
  assert.equal(/** @type {FormData} */ (calls[1].init.body).has('date'), false);

  const unknown = 'Không xác định được kỳ của văn bản.';
  await assert.rejects(createApi('', fakeFetch(422, { detail: unknown }).impl).rollForward(new Blob(['x']), 'a.docx', '2026'),
    (e) => e instanceof ApiError && e.status === 422 && e.message === unknown);
  await assert.rejects(createApi('', fakeFetch(413, '').impl).rollForward(new Blob(['x']), 'a.docx', '2026'), (e) => e.status === 413 && /chuyển kỳ/.test(e.message));
});

test('the archive and roll-forward calls keep the token and its one retry', async () => {
  const { impl, calls } = scriptedFetch([401, { title: 'Unauthorized' }], [200, []]);
  let asked = 0;
  const signIn = { token: async (options) => { asked++; return options?.fresh ? 'fresh' : 'stale'; }, reauthenticate: async () => 'x' };
  assert.deepEqual(await createApi('', impl, signIn).searchArchive('cchc'), []);
  assert.equal(asked, 2);
  assert.deepEqual(calls.map((c) => c.init.headers.Authorization), ['Bearer stale', 'Bearer fresh']);
});
