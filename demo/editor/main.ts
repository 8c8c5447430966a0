/**
 * The editor page (demo/editor.html): the wiring between the YAML editor
 * (CodeMirror), the build's own check (scripts/faq-yaml.ts), the widget as
 * preview, the change list (changes.ts) and the outputs. Everything it shows
 * from the content is text: textContent, never HTML.
 */
import { yaml } from '@codemirror/lang-yaml';
import { lintGutter, setDiagnostics, type Diagnostic } from '@codemirror/lint';
import { basicSetup, EditorView } from 'codemirror';
import bundledSource from '../../data/faq.yaml?raw';
import { fallbackHtml } from '../../scripts/fallback-html.js';
import { FaqYamlError, faqJson, readFaqYaml, type FaqYaml } from '../../scripts/faq-yaml.js';
import { copyText } from '../../src/copy-text.js';
import { MAX_DOCUMENT_BYTES } from '../../src/content/fetch-document.js';
import '../../src/jetro-alibaba-faq.js';
import type { JetroAlibabaFaq } from '../../src/jetro-alibaba-faq.js';
import { listChanges, type Change } from './changes.js';
import { clearDraft, loadDraft, saveDraft } from './drafts.js';
import { download, embedSnippet } from './outputs.js';

/** The name messages give the text: the build's, so that both say `data/faq.yaml:87 (Q5): …`. */
const FILE = 'data/faq.yaml';
/** How long typing must pause before the text is checked and the preview follows. */
const PAUSE_MS = 400;

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const preview = $<JetroAlibabaFaq>('preview');
const problems = $<HTMLOListElement>('problems');
const checkStatus = $('check-status');
const outputButtons = ['download-yaml', 'download-json', 'copy-fallback', 'copy-snippet'].map((id) => $<HTMLButtonElement>(id));

const bundled = readFaqYaml(bundledSource, FILE).document;

/** The text last handed out as faq.yaml (or the bundled one): leaving with anything else asks first. */
let savedText = bundledSource;
/** The result of the last check that passed: what the preview shows and the outputs write. */
let lastGood: FaqYaml | undefined;
let current: FaqYaml | FaqYamlError | undefined;
let timer: ReturnType<typeof setTimeout> | undefined;
/** An IME is composing: its text is not the owner's yet, so nothing is checked until it ends. */
let composing = false;

const draft = loadDraft(localStorage);
const restored = draft && draft.text !== bundledSource ? draft : undefined;
if (restored) {
  savedText = restored.saved ? restored.text : bundledSource;
  $('draft-message').textContent = restored.saved
    ? '前回の編集内容を復元しました（faq.yaml として保存済み）。 / Your last edit is back.'
    : '保存していない前回の下書きを復元しました。 / Your unsaved draft is back.';
  $('draft-status').hidden = false;
}

const view = new EditorView({
  parent: $('source'),
  doc: restored?.text ?? bundledSource,
  extensions: [
    basicSetup,
    yaml(),
    lintGutter(),
    EditorView.lineWrapping,
    // tabindex: focusable already (contenteditable), but said outright, so that checkers such as axe see the scrolling area can be reached by keyboard.
    EditorView.contentAttributes.of({ 'aria-label': 'FAQ の内容（YAML） / FAQ content (YAML)', lang: 'ja', tabindex: '0' }),
    EditorView.updateListener.of((update) => {
      if (update.docChanged) schedule();
    }),
  ],
});
view.contentDOM.addEventListener('compositionstart', () => {
  composing = true;
  clearTimeout(timer);
});
view.contentDOM.addEventListener('compositionend', () => {
  composing = false;
  schedule();
});

function schedule(): void {
  clearTimeout(timer);
  if (composing || view.composing) return;
  checkStatus.textContent = '確認中… / Checking…';
  timer = setTimeout(check, PAUSE_MS);
}

/** Checks the text as the build would, and shows the outcome everywhere. */
function check(): void {
  clearTimeout(timer);
  timer = undefined;
  const text = view.state.doc.toString();
  try {
    current = readFaqYaml(text, FILE);
  } catch (error) {
    if (!(error instanceof FaqYamlError)) throw error;
    current = error;
  }
  if (!saveDraft(localStorage, { text, saved: text === savedText })) {
    $('file-status').textContent =
      '下書きをこのブラウザに保存できませんでした。faq.yaml を保存してください。 / The draft could not be kept in this browser.';
  }
  const problem = current instanceof FaqYamlError ? current : undefined;
  showProblem(problem);
  if (!problem) {
    lastGood = current as FaqYaml;
    preview.data = lastGood.document;
    showChanges(listChanges(bundled, lastGood.document));
    showSnippet();
  }
  $('preview-status').hidden = !problem;
  $('output-status').hidden = !problem;
  for (const button of outputButtons) button.disabled = Boolean(problem);
}

function showProblem(problem: FaqYamlError | undefined): void {
  problems.replaceChildren();
  view.dispatch(setDiagnostics(view.state, problem ? diagnostics(problem) : []));
  if (!problem) {
    const json = /^\s*[{[]/.test(view.state.doc.toString()) ? '（JSON として読みました。JSON も受け付けます。）' : '';
    checkStatus.textContent = `誤りはありません。${json} / No problems.`;
    return;
  }
  checkStatus.textContent = 'ビルドで止まる誤りがあります。クリックするとその行へ移動します。 / The build would stop here; click to go to the line.';
  const item = document.createElement('li');
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = problem.message;
  const { offset } = problem.location;
  if (offset === undefined) button.disabled = true;
  else button.addEventListener('click', () => goTo(offset));
  item.append(button);
  problems.append(item);
}

function diagnostics(problem: FaqYamlError): Diagnostic[] {
  const { offset } = problem.location;
  if (offset === undefined) return [];
  const from = Math.min(offset, view.state.doc.length);
  return [{ from, to: view.state.doc.lineAt(from).to, severity: 'error', message: problem.message }];
}

function goTo(offset: number): void {
  view.dispatch({ selection: { anchor: offset }, effects: EditorView.scrollIntoView(offset, { y: 'center' }) });
  view.focus();
}

function showChanges(changes: readonly Change[]): void {
  const unrecorded = changes.filter((change) => change.unrecorded).length;
  $('changes-summary').textContent = changes.length
    ? `公開中の内容から ${changes.length} 件の変更${unrecorded ? `（うち訂正の記録なし ${unrecorded} 件）` : ''}。 / ${changes.length} change(s).`
    : '公開中の内容から変更はありません。 / No changes.';
  $('changes').replaceChildren(...changes.map(changeItem));
}

function changeItem(change: Change): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'change';
  const heading = document.createElement('h3');
  heading.textContent = change.label;
  if (change.unrecorded) {
    const flag = document.createElement('strong');
    flag.className = 'flag';
    flag.textContent = '訂正の記録なし / not recorded under corrections';
    heading.append(' ', flag);
  }
  const list = document.createElement('dl');
  for (const [term, text] of [
    ['前 / Before', change.before ?? '（なし / none）'],
    ['後 / After', change.after ?? '（削除 / removed）'],
  ]) {
    const dt = document.createElement('dt');
    dt.textContent = term;
    const dd = document.createElement('dd');
    dd.textContent = text;
    list.append(dt, dd);
  }
  item.append(heading, list);
  return item;
}

/** The outputs use the text as it is now, even when typing has not paused yet. */
function valid(): FaqYaml | undefined {
  if (timer !== undefined || current === undefined) check();
  return current instanceof FaqYamlError ? undefined : current;
}

/** The embed code of the last edit that passed, with its fallback HTML, for the address typed. */
function showSnippet(): void {
  if (lastGood) $('snippet').textContent = embedSnippet($<HTMLInputElement>('json-url').value, fallbackHtml(lastGood.content));
}

const copyStatus = $('copy-status');
async function copy(text: string, what: string): Promise<void> {
  copyStatus.textContent = (await copyText(text, document.body))
    ? `${what}をコピーしました。 / Copied.`
    : `${what}をコピーできませんでした。 / Could not copy.`;
}

$('download-yaml').addEventListener('click', () => {
  if (!valid()) return;
  const text = view.state.doc.toString();
  download('faq.yaml', text, 'text/yaml;charset=utf-8');
  savedText = text;
  saveDraft(localStorage, { text, saved: true });
});
$('download-json').addEventListener('click', () => {
  const result = valid();
  if (result) download('faq.json', faqJson(result.document), 'application/json');
});
$('copy-fallback').addEventListener('click', () => {
  const result = valid();
  if (result) void copy(fallbackHtml(result.content), '代替 HTML ');
});
$('copy-snippet').addEventListener('click', () => {
  // valid() shows the snippet of the text as it is now.
  if (valid()) void copy($('snippet').textContent, '埋め込みコード');
});
$('json-url').addEventListener('input', showSnippet);

$('discard-draft').addEventListener('click', () => {
  // One transaction: Ctrl+Z in the editor brings the draft back.
  view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: bundledSource } });
  savedText = bundledSource;
  clearDraft(localStorage);
  $('draft-status').hidden = true;
  check();
});

/** Opens a faq.yaml (or a faq.json) from disk in place of the text, unless it is too large or not text. */
async function openFile(input: HTMLInputElement): Promise<void> {
  const file = input.files?.[0];
  input.value = '';
  if (!file) return;
  const status = $('file-status');
  if (file.size > MAX_DOCUMENT_BYTES) {
    status.textContent = `${file.name} は 1 MB を超えているため開きませんでした（${(file.size / 1_000_000).toFixed(1)} MB）。編集中の内容はそのままです。 / Over 1 MB: not opened.`;
    return;
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer());
  } catch {
    status.textContent = `${file.name} は UTF-8 のテキストではないため開きませんでした。編集中の内容はそのままです。 / Not UTF-8 text: not opened.`;
    return;
  }
  // Undoable, like any edit: the text it replaces is one Ctrl+Z away.
  view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
  status.textContent = `${file.name} を開きました。 / Opened.`;
}
const fileInput = $<HTMLInputElement>('open-file');
fileInput.addEventListener('change', () => void openFile(fileInput));

function keepDraft(): string {
  const text = view.state.doc.toString();
  saveDraft(localStorage, { text, saved: text === savedText });
  return text;
}
// Phones may discard a tab in the background without beforeunload: keep the draft whenever the page is hidden.
addEventListener('pagehide', keepDraft);
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'hidden') keepDraft();
});
addEventListener('beforeunload', (event) => {
  if (keepDraft() === savedText) return;
  event.preventDefault();
  // The older way, which WebKit still wants before it asks.
  event.returnValue = '';
});

check();
