/**
 * The editor page for content owners (demo/editor.html), loaded as they open
 * it, in a frame: edits go through its CodeMirror view as typing would, and
 * every check reads what the page shows (the problem list, the preview
 * widget's text, the change list) or hands out (the downloaded files).
 */
import { expect, waitUntil as waitUntilDefault } from '@open-wc/testing';
import { EditorView } from '@codemirror/view';
import { executeServerCommand } from '@web/test-runner-commands';
import bundledSource from '../data/faq.yaml?raw';
import '../src/jetro-alibaba-faq.js';
import type { JetroAlibabaFaq } from '../src/jetro-alibaba-faq.js';

/**
 * Waits as long as a slow engine on a busy machine may need for the page's
 * 400 ms pause, the check and the preview's render (open-wc's default is 1 s).
 */
const waitUntil = (condition: () => unknown, message: string, { timeout = 5000 } = {}) => waitUntilDefault(condition, message, { timeout });

const DRAFT_KEY = 'jetro-alibaba-faq:editor-draft';
const Q5_QUESTION = '    question: 採択基準について\n';
const Q10_ANSWER = 'JETROによる採択決定及びアリババとの電子契約（クラウドサイン）締結後には、返金はいたしかねます。あらかじめご了承ください。';
const NEW_Q10_ANSWER = '掲載を中止された場合も、電子契約の締結後には返金はいたしかねます。';

let frame: HTMLIFrameElement;
const page = () => frame.contentDocument!;
const byId = <T extends HTMLElement = HTMLElement>(id: string) => page().getElementById(id) as T;
const view = () => EditorView.findFromDOM(page().querySelector<HTMLElement>('.cm-editor')!)!;
const text = () => view().state.doc.toString();
const preview = () => byId<JetroAlibabaFaq>('preview');
/** Everything the preview widget shows as text, its closed answers included. */
const previewText = () => preview().shadowRoot!.textContent;
const problemButtons = () => [...page().querySelectorAll<HTMLButtonElement>('#problems button')];
const isShown = (el: HTMLElement) => !el.hidden && el.getBoundingClientRect().height > 0;

/** Opens the page afresh, with no draft: the last frame keeps its draft as it goes, so it goes first. */
async function openEditor(): Promise<void> {
  frame?.remove();
  localStorage.removeItem(DRAFT_KEY);
  frame = document.createElement('iframe');
  frame.style.cssText = 'width: 1200px; height: 800px';
  frame.src = '/demo/editor.html';
  document.body.append(frame);
  await waitUntil(
    () => page()?.querySelector('.cm-editor') && byId('check-status').textContent.startsWith('誤りはありません'),
    'the editor is ready',
    {
      timeout: 10000,
    },
  );
}

/** Replaces `from` with `to` in the editor, as typing or pasting would. */
function edit(from: string, to: string): void {
  const at = text().indexOf(from);
  if (at < 0) throw new Error(`"${from}" is not in the editor`);
  view().dispatch({ changes: { from: at, to: at + from.length, insert: to } });
}

/** The line (from 1) of the first line of the editor's text that contains `part`. */
const lineOf = (part: string) => text().slice(0, text().indexOf(part)).split('\n').length;

/** Clicks a download button and returns the file the page hands to the browser, without saving it anywhere. */
async function downloadFrom(buttonId: string): Promise<{ name: string; text: string; url: string }> {
  const anchor = (frame.contentWindow as Window & typeof globalThis).HTMLAnchorElement.prototype;
  let file: { name: string; url: string } | undefined;
  // Shadows HTMLElement's click() for links only, for the time of one click.
  Object.defineProperty(anchor, 'click', {
    configurable: true,
    value(this: HTMLAnchorElement) {
      file = { name: this.download, url: this.href };
    },
  });
  try {
    byId<HTMLButtonElement>(buttonId).click();
  } finally {
    delete (anchor as Partial<HTMLAnchorElement>).click;
  }
  if (!file) throw new Error(`${buttonId} handed out no file`);
  return { ...file, text: await (await fetch(file.url)).text() };
}

describe('the editor page', function () {
  // Each test loads the whole page with CodeMirror in a frame, some twice: more than the usual 10 s on a busy machine.
  this.timeout(30000);
  beforeEach(openEditor);
  after(() => {
    frame?.remove();
    localStorage.removeItem(DRAFT_KEY);
  });

  it('starts with data/faq.yaml, no problem, no change and the bundled FAQ in the preview', async () => {
    expect(text()).to.equal(bundledSource);
    expect(problemButtons()).to.have.length(0);
    expect(byId('changes-summary').textContent).to.include('変更はありません');
    await waitUntil(() => previewText().includes(Q10_ANSWER), 'the preview shows the FAQ');
  });

  it('a broken field: the build’s message names the line and the question, and the preview keeps the last good content and says so', async () => {
    const line = lineOf('  - number: 5');
    edit(Q5_QUESTION, '');
    await waitUntil(() => problemButtons().length === 1, 'a problem is listed');
    expect(problemButtons()[0].textContent).to.equal(`data/faq.yaml:${line} (Q5): items[4].question: is missing`);
    // The same message as npm run build gives for this text.
    const build = await executeServerCommand<{ error?: string }, { source: string }>('faq-yaml-build', { source: text() });
    expect(build.error).to.equal(problemButtons()[0].textContent);
    expect(isShown(byId('preview-status')), 'the preview says it is behind').to.equal(true);
    expect(previewText()).to.include('採択基準について');
    expect(byId<HTMLButtonElement>('download-yaml').disabled).to.equal(true);

    problemButtons()[0].click();
    const cursor = view().state.selection.main.head;
    expect(view().state.doc.lineAt(cursor).number, 'the cursor is on the line of the problem').to.equal(line);
    // The editor draws only the lines in view: the marker shows once the click has scrolled there.
    await waitUntil(() => page().querySelectorAll('.cm-gutter-lint .cm-lint-marker-error').length === 1, 'the gutter marks the line');
  });

  it('a YAML syntax error names its line, as the build does', async () => {
    edit('title: よくあるご質問', 'title: [よくあるご質問');
    await waitUntil(() => problemButtons().length === 1, 'a problem is listed');
    expect(problemButtons()[0].textContent).to.match(/^data\/faq\.yaml:\d+: not valid YAML: /);
    const build = await executeServerCommand<{ error?: string }, { source: string }>('faq-yaml-build', { source: text() });
    expect(build.error).to.equal(problemButtons()[0].textContent);
    expect(previewText()).to.include('よくあるご質問');
  });

  it('fixed: the preview shows the new text and no longer says it is behind', async () => {
    edit(Q5_QUESTION, '');
    await waitUntil(() => problemButtons().length === 1, 'a problem is listed');
    edit('  - number: 5\n', '  - number: 5\n    question: 採択の基準について（改訂）\n');
    await waitUntil(() => previewText().includes('採択の基準について（改訂）'), 'the preview shows the new question');
    expect(problemButtons()).to.have.length(0);
    expect(isShown(byId('preview-status'))).to.equal(false);
    expect(byId<HTMLButtonElement>('download-yaml').disabled).to.equal(false);
  });

  it('one answer changed: the change list shows exactly that answer, before and after, as not recorded', async () => {
    edit(Q10_ANSWER, NEW_Q10_ANSWER);
    await waitUntil(() => previewText().includes(NEW_Q10_ANSWER), 'the preview shows the new answer');
    const changes = [...page().querySelectorAll('#changes > li')];
    expect(changes).to.have.length(1);
    const [heading] = changes[0].getElementsByTagName('h3');
    expect(heading.firstChild!.textContent).to.equal('Q10 回答');
    expect(heading.querySelector('.flag'), 'flagged as a change of the official wording').not.to.equal(null);
    expect([...changes[0].querySelectorAll('dd')].map((dd) => dd.textContent)).to.deep.equal([Q10_ANSWER, NEW_Q10_ANSWER]);
  });

  it('keywords: a change is listed, not flagged, and a blank keyword is refused at its line', async () => {
    edit('    keywords:\n      - キャンセル\n', '    keywords:\n      - 解除\n      - キャンセル\n');
    await waitUntil(() => page().querySelectorAll('#changes > li').length === 1, 'the change list shows the keyword change');
    const [change] = page().querySelectorAll('#changes > li');
    expect(change.querySelector('h3')!.firstChild!.textContent).to.equal('Q10 キーワード（検索用）');
    expect(change.querySelector('.flag'), 'keywords are no part of the official wording').to.equal(null);
    expect(change.querySelectorAll('dd')[1].textContent).to.match(/^解除\nキャンセル\n/);
    edit('      - 解除\n', "      - ' '\n");
    const line = lineOf("      - ' '");
    await waitUntil(() => problemButtons().length === 1, 'the problem is listed');
    expect(problemButtons()[0].textContent).to.equal(`data/faq.yaml:${line} (Q10): items[9].keywords[0]: must not be empty`);
  });

  it('a change recorded under corrections is listed without the flag', async () => {
    edit('アリババとの電子契約', 'アリババ社との電子契約');
    edit(
      '  - number: 11\n',
      `    corrections:
      - field: answer
        original: アリババとの
        corrected: アリババ社との
        in: [body]
        reason: 社名を明確にした。

  - number: 11\n`,
    );
    await waitUntil(() => previewText().includes('アリババ社との電子契約'), 'the preview shows the corrected answer');
    const changes = [...page().querySelectorAll('#changes > li')];
    expect(changes.map((change) => change.querySelector('h3')!.firstChild!.textContent)).to.deep.equal(['Q10 回答']);
    expect(changes[0].querySelector('.flag')).to.equal(null);
  });

  it('round trip: the downloaded faq.yaml passes the build and gives the preview’s content; faq.json loads through src', async () => {
    edit(Q10_ANSWER, NEW_Q10_ANSWER);
    await waitUntil(() => previewText().includes(NEW_Q10_ANSWER), 'the preview shows the new answer');

    const yaml = await downloadFrom('download-yaml');
    expect(yaml.name).to.equal('faq.yaml');
    expect(yaml.text).to.equal(text());
    const build = await executeServerCommand<{ document?: unknown; error?: string }, { source: string }>('faq-yaml-build', { source: yaml.text });
    expect(build.error).to.equal(undefined);
    // The build leaves the corrections out of the module: so does the comparison.
    const shown = JSON.parse(JSON.stringify(preview().data, (key, value: unknown) => (key === 'corrections' ? undefined : value)));
    expect(build.document).to.deep.equal(shown);
    expect((build.document as { items: { number: number; answer: string }[] }).items.find((item) => item.number === 10)!.answer).to.equal(
      NEW_Q10_ANSWER,
    );

    const json = await downloadFrom('download-json');
    expect(json.name).to.equal('faq.json');
    const hosted = URL.createObjectURL(new Blob([json.text], { type: 'application/json' }));
    const widget = document.createElement('jetro-alibaba-faq');
    const loaded = new Promise((resolve, reject) => {
      widget.addEventListener('jetro-faq-load', resolve);
      widget.addEventListener('jetro-faq-error', (event) => reject(new Error(event.detail.reason)));
    });
    widget.src = hosted;
    document.body.append(widget);
    try {
      await loaded;
      await widget.updateComplete;
      expect(widget.shadowRoot!.textContent).to.include(NEW_Q10_ANSWER);
    } finally {
      widget.remove();
      URL.revokeObjectURL(hosted);
    }
  });

  it('copies the fallback HTML of the edit and the embed code for the hosted faq.json', async () => {
    edit(Q10_ANSWER, NEW_Q10_ANSWER);
    await waitUntil(() => previewText().includes(NEW_Q10_ANSWER), 'the preview shows the new answer');
    // The clipboard stops at the browser's edge: record what the page hands it.
    const copied: string[] = [];
    Object.defineProperty(frame.contentWindow!.navigator, 'clipboard', {
      configurable: true,
      value: { writeText: (value: string) => (copied.push(value), Promise.resolve()) },
    });
    byId('copy-fallback').click();
    await waitUntil(() => byId('copy-status').textContent.includes('コピーしました'), 'the page says it copied');
    expect(copied[0]).to.include('<details id="q10">').and.include(NEW_Q10_ANSWER).and.not.include(Q10_ANSWER);

    const url = byId<HTMLInputElement>('json-url');
    url.value = 'https://example.jetro.go.jp/faq/faq.json';
    url.dispatchEvent(new Event('input', { bubbles: true }));
    byId('copy-snippet').click();
    await waitUntil(() => copied.length === 2, 'the embed code is copied');
    expect(copied[1]).to.include('<script type="module"');
    // The element holds the same fallback HTML, tags closed up to it, and nothing for the owner to replace by hand.
    expect(copied[1]).to.include(
      `<jetro-alibaba-faq src="https://example.jetro.go.jp/faq/faq.json"\n  >${copied[0].trimEnd()}</jetro-alibaba-faq\n>`,
    );
    expect(copied[1]).not.to.include('<!--');
  });

  it('IME: nothing is checked while a composition is under way, and the text is checked when it ends', async () => {
    const content = view().contentDOM;
    const Composition = (frame.contentWindow as Window & typeof globalThis).CompositionEvent;
    content.dispatchEvent(new Composition('compositionstart', { bubbles: true, data: '' }));
    edit(Q5_QUESTION, '');
    // Nothing can be awaited for something that must not happen: wait well past the page's pause (400 ms).
    await new Promise((resolve) => setTimeout(resolve, 1200));
    expect(problemButtons(), 'no check while composing').to.have.length(0);
    expect(byId('check-status').textContent).to.match(/^誤りはありません/);

    content.dispatchEvent(new Composition('compositionend', { bubbles: true, data: '' }));
    await waitUntil(() => problemButtons().length === 1, 'checked once the composition ends');
    expect(problemButtons()[0].textContent).to.include('(Q5): items[4].question: is missing');
  });

  it('a pasted JSON document is accepted', async () => {
    const build = await executeServerCommand<{ document: { items: { number: number; answer: string }[] } }, { source: string }>('faq-yaml-build', {
      source: text(),
    });
    const document = build.document;
    document.items.find((item) => item.number === 10)!.answer = NEW_Q10_ANSWER;
    view().dispatch({ changes: { from: 0, to: view().state.doc.length, insert: JSON.stringify(document, null, 2) } });
    await waitUntil(() => previewText().includes(NEW_Q10_ANSWER), 'the preview shows the JSON document');
    expect(problemButtons()).to.have.length(0);
    expect(byId('check-status').textContent).to.include('JSON');
  });

  it('a file over 1 MB is not opened, and the edit stays', async () => {
    edit(Q10_ANSWER, NEW_Q10_ANSWER);
    const before = text();
    const input = byId<HTMLInputElement>('open-file');
    const files = new DataTransfer();
    files.items.add(new File([`title: ${'あ'.repeat(400_000)}`], 'big.yaml', { type: 'text/yaml' }));
    input.files = files.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await waitUntil(() => byId('file-status').textContent.includes('1 MB'), 'the page says why');
    expect(text()).to.equal(before);
  });

  it('asks before leaving with unsaved edits, and the draft survives a reload', async () => {
    const leave = () => {
      const event = new (frame.contentWindow as Window & typeof globalThis).Event('beforeunload', { cancelable: true });
      frame.contentWindow!.dispatchEvent(event);
      return event.defaultPrevented;
    };
    expect(leave(), 'nothing to lose yet').to.equal(false);
    edit(Q10_ANSWER, NEW_Q10_ANSWER);
    expect(leave(), 'asks with an unsaved edit').to.equal(true);

    const before = page();
    frame.contentWindow!.location.reload();
    await waitUntil(
      () => page() !== before && page()?.readyState === 'complete' && page().querySelector('.cm-editor') && text().includes(NEW_Q10_ANSWER),
      'the draft is back',
      {
        timeout: 10000,
      },
    );
    expect(isShown(byId('draft-status'))).to.equal(true);
    await waitUntil(() => previewText().includes(NEW_Q10_ANSWER), 'the preview shows the draft');

    await downloadFrom('download-yaml');
    expect(leave(), 'nothing to lose once faq.yaml is saved').to.equal(false);
  });
});
