/**
 * What the widget shows is the official text, word for word: every question,
 * answer and line of the contact block is compared with data/source.txt (the
 * FAQ PDF's text export), with the recorded corrections undone.
 */
import { expect } from '@open-wc/testing';
import document from '../data/faq.yaml';
import type { Correction, SourcePart } from '../src/content/model.js';
import { parseFaqDocument } from '../src/content/parse.js';
import type { JetroAlibabaFaq } from '../src/jetro-alibaba-faq.js';
import { TITLE_ID } from '../src/ids.js';
import { allQuestionButtons, renderFaq } from './helpers.js';

interface SourceItem {
  number: number;
  question: string;
  answer: string;
}

/** Lines without empty ones, spaces collapsed: paragraph spacing is layout, not wording. */
const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');

/** The export writes links as Markdown: the reader sees their text. */
const withoutLinkMarkup = (text: string) => text.replace(/\[([^\]]+)\]\([^)]*\)/g, '$1').replace(/<((?:https?:)[^>\s]+)>/g, '$1');

/** Turns the shown wording back into the source's, for the corrections made in one part of it. */
function undo(text: string, corrections: readonly Correction[], part: SourcePart, field: string): string {
  return corrections.filter((c) => c.field === field && c.in.includes(part)).reduce((t, c) => t.replaceAll(c.corrected, c.original), text);
}

async function readSource() {
  const text = await (await fetch(new URL('../data/source.txt', import.meta.url))).text();
  const all = text.split('\n').map((l) => l.trim());
  const tocStart = all.indexOf('目次');
  const bodyStart = all.indexOf('●応募について', tocStart + 2);
  // The table of contents, without its dot leaders and page numbers (PDF artefacts).
  const toc = all
    .slice(tocStart + 1, bodyStart)
    .filter(Boolean)
    .map((l) =>
      l
        .replace(/\.{3,}/, '')
        .replace(/\s+\d+$/, '')
        .trim(),
    );
  const contactStart = all.indexOf('【お問い合わせ】');
  const items: SourceItem[] = [];
  const categories: string[] = [];
  for (const line of all.slice(bodyStart, contactStart)) {
    const question = /^Q(\d+) (.+)$/.exec(line);
    if (!line) continue;
    if (line.startsWith('●')) categories.push(line.slice(1));
    else if (question) items.push({ number: Number(question[1]), question: question[2], answer: '' });
    else items.at(-1)!.answer += `${line}\n`;
  }
  return {
    header: all.slice(0, tocStart).filter(Boolean),
    toc,
    categories,
    items,
    contact: all.slice(contactStart).filter(Boolean),
  };
}

const shown = (el: JetroAlibabaFaq, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];

/** The text a reader sees: without what the interface adds for screen readers alone (.visually-hidden). */
function seenText(node: HTMLElement): string {
  const added = [...node.querySelectorAll<HTMLElement>('.visually-hidden')];
  for (const span of added) span.hidden = true;
  const text = node.innerText;
  for (const span of added) span.hidden = false;
  return text;
}

describe('content fidelity', () => {
  const content = parseFaqDocument(document);
  let el: JetroAlibabaFaq;
  let source: Awaited<ReturnType<typeof readSource>>;

  before(async () => {
    source = await readSource();
  });
  beforeEach(async () => {
    el = await renderFaq();
    el.expandAll();
    await el.updateComplete;
  });

  it('the source has the twelve questions this test expects', () => {
    expect(source.items.map((i) => i.number)).to.deep.equal([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });

  it('shows every question as the source words it', () => {
    const buttons = allQuestionButtons(el);
    expect(buttons).to.have.length(12);
    buttons.forEach((button, i) => {
      const item = content.items[i];
      const text = button.querySelector('.question-text')!.textContent;
      expect(button.querySelector('.label')!.textContent).to.equal(`Q${source.items[i].number}`);
      expect(undo(text, item.corrections, 'body', 'question'), `Q${i + 1}`).to.equal(source.items[i].question);
    });
  });

  it('shows every answer as the source words it', () => {
    shown(el, '.answer-body').forEach((body, i) => {
      const item = content.items[i];
      const paragraphs = [...body.querySelectorAll('p:not(.answer-tools)')].map((p) => seenText(p as HTMLElement)).join('\n');
      expect(lines(undo(paragraphs, item.corrections, 'body', 'answer')), `answer ${i + 1}`).to.equal(
        lines(withoutLinkMarkup(source.items[i].answer)),
      );
    });
  });

  it('groups the questions under the categories of the source', () => {
    const headings = shown(el, '.category > :is(h2, h3, h4, h5, h6)').map((h) => h.textContent.trim());
    expect(headings.map((h, i) => undo(h, content.categories[i].corrections, 'body', 'title'))).to.deep.equal(source.categories);
  });

  it('shows the title, the programme and the introduction of the source', () => {
    const header = shown(el, '.header')[0];
    const programme = header.querySelector<HTMLElement>('.programme')!.innerText.split('\n');
    const shownHeader = [
      ...programme.map((line) => undo(line, content.corrections, 'body', 'programme')),
      header.querySelector(`#${TITLE_ID}`)!.textContent,
      seenText(header.querySelector<HTMLElement>('.intro')!),
    ];
    expect(lines(shownHeader.join('\n'))).to.equal(lines(withoutLinkMarkup(source.header.join('\n'))));
  });

  it('lists the table of contents of the source, with its own wording', () => {
    const nav = shown(el, 'nav')[0];
    const entries = [...nav.querySelectorAll('.toc-category-title, .chunk li')].map((entry) => entry.textContent.replace(/\s+/g, ' ').trim());
    const categories = content.categories;
    const expected = source.toc.map((line) => line.replace(/^●/, ''));
    const undone = entries.map((entry) => {
      const category = categories.find((c) => c.title === entry);
      if (category) return undo(entry, category.corrections, 'toc', 'title');
      const item = content.items.find((i) => entry === `${i.label} ${i.question}`);
      return item ? undo(entry, item.corrections, 'toc', 'question') : entry;
    });
    expect(undone).to.deep.equal(expected);
  });

  it('shows the contact block of the source', () => {
    const contact = shown(el, '.contact')[0];
    expect(lines(contact.innerText)).to.equal(lines(source.contact.join('\n')));
  });
});
