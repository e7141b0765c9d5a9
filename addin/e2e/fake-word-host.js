// A stand-in for Word in the browser, for end-to-end tests: Office and Word over an in-memory document. It keeps only
// what the task pane uses: the file in slices, paragraphs with search and select, the selection, content controls,
// comments, the browser windows it opens, the documents it creates (WordApi 1.3) or inserts over the body (1.5). The
// test reads window.wordHost to see what happened.
(() => {
  const docx = Uint8Array.from(atob(window.testDocx ?? ''), (c) => c.charCodeAt(0));
  const host = (window.wordHost = {
    paragraphs: [...(window.testParagraphs ?? [])],
    selection: null,
    inserted: [],
    controls: [],
    comments: [],
    opened: [],
    created: [],
    replaced: [],
  });

  const collection = (items) => ({ items, load() {} });
  const rangeOf = (index, start, text) => ({
    text,
    select() { host.selection = { paragraph: index, text }; },
    insertText(replacement) {
      const p = host.paragraphs[index];
      host.paragraphs[index] = p.slice(0, start) + replacement + p.slice(start + text.length);
    },
    insertComment(message) { host.comments.push({ paragraph: index, message }); },
  });
  const paragraph = (index) => ({
    get text() { return host.paragraphs[index]; },
    load() {},
    select() { host.selection = { paragraph: index, text: host.paragraphs[index] }; },
    search(needle) {
      const at = host.paragraphs[index].indexOf(needle);
      return collection(at < 0 ? [] : [rangeOf(index, at, needle)]);
    },
    getRange() { return rangeOf(index, 0, host.paragraphs[index]); },
  });
  const context = {
    application: {
      createDocument(base64) { return { open() { host.created.push(base64); } }; },
    },
    document: {
      body: {
        get paragraphs() { return collection(host.paragraphs.map((_, i) => paragraph(i))); },
        get text() { return host.paragraphs.join('\n'); },
        load() {},
        getOoxml() { return { value: '' }; },
        getRange() { return {}; },
        insertFileFromBase64(base64, where) { host.replaced.push({ base64, where }); },
      },
      getSelection() {
        // The cursor stands at the end of the document.
        return {
          expandTo() { return { paragraphs: collection(host.paragraphs.map((_, i) => paragraph(i))) }; },
          insertOoxml(ooxml, where) { host.inserted.push({ ooxml, where }); },
          insertContentControl() {
            const control = { tag: '', title: '', text: '', insertText(text) { control.text = text; } };
            host.controls.push(control);
            return control;
          },
        };
      },
      get contentControls() {
        const items = host.controls;
        return { ...collection(items), getByTag: (tag) => collection(items.filter((c) => c.tag === tag)) };
      },
    },
    sync: async () => {},
  };

  window.Word = { run: async (callback) => callback(context), InsertLocation: { replace: 'Replace' }, RangeLocation: { start: 'Start' } };
  window.Office = {
    FileType: { Compressed: 'compressed' },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    onReady(callback) {
      if (callback) setTimeout(callback, 0);
      return Promise.resolve({ host: 'Word' });
    },
    // Every requirement set the pane asks for (WordApi 1.3 to 1.5), NestedAppAuth 1.1 included: sign-in goes through MSAL's nested app authentication.
    auth: {
      async getAuthContext() {
        if (!window.testAuthContext) throw new Error('getAuthContext is not supported');
        return window.testAuthContext;
      },
    },
    context: {
      requirements: { isSetSupported: () => true },
      ui: { openBrowserWindow(url) { host.opened.push(url); } },
      document: {
        getFileAsync(_type, _options, callback) {
          callback({ status: 'succeeded', value: {
            sliceCount: 1,
            getSliceAsync(_i, cb) { cb({ status: 'succeeded', value: { data: Array.from(docx) } }); },
            closeAsync(cb) { cb?.(); },
          } });
        },
      },
    },
  };
})();
