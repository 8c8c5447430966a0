/**
 * The pure parts of the editor page: reading faq.yaml as the build does
 * (scripts/faq-yaml.ts) and listing what an edit changed (demo/editor/changes.ts).
 */
import { expect } from '@open-wc/testing';
import bundledSource from '../data/faq.yaml?raw';
import { listChanges } from '../demo/editor/changes.js';
import { FaqYamlError, readFaqYaml } from '../scripts/faq-yaml.js';

interface Item {
  number: number;
  category: string;
  question: string;
  keywords?: string[];
  answer: string;
  corrections?: unknown[];
}
interface Document {
  categories: { id: string; title: string; corrections?: unknown[] }[];
  items: Item[];
  contact: { title: string; body: string };
}

const bundled = () => readFaqYaml(bundledSource, 'data/faq.yaml').document as Document;
const item = (document: Document, number: number) => document.items.find((it) => it.number === number)!;

function problem(source: string): FaqYamlError {
  try {
    readFaqYaml(source, 'data/faq.yaml');
  } catch (error) {
    if (error instanceof FaqYamlError) return error;
    throw error;
  }
  throw new Error('the text passed');
}

describe('reading faq.yaml as the build does', () => {
  it('names the line and the question of a missing field', () => {
    const source = bundledSource.replace('    question: 採択基準について\n', '');
    const line = source.split('\n').indexOf('  - number: 5') + 1;
    const error = problem(source);
    expect(error.message).to.equal(`data/faq.yaml:${line} (Q5): items[4].question: is missing`);
    expect(error.location).to.include({ line, question: 5 });
  });

  it('names the line of the field that is wrong', () => {
    const source = bundledSource.replace('  - number: 9\n    category: others', '  - number: 9\n    category: elsewhere');
    const line = source.split('\n').indexOf('    category: elsewhere') + 1;
    expect(problem(source).message).to.match(new RegExp(`^data/faq\\.yaml:${line} \\(Q9\\): items\\[8\\]\\.category: "elsewhere" is not one of`));
  });

  it('takes JSON, since JSON is YAML', () => {
    const json = JSON.stringify(bundled());
    expect(readFaqYaml(json, 'data/faq.yaml').content.items).to.have.length(12);
  });

  it('refuses a text over 1 MB, as the widget refuses such a document', () => {
    expect(problem(`${bundledSource}\n# ${'x'.repeat(1_000_000)}`).message).to.equal('data/faq.yaml: the document is larger than 1 MB');
  });
});

describe('what an edit changed', () => {
  it('nothing, for the bundled content', () => {
    expect(listChanges(bundled(), bundled())).to.deep.equal([]);
  });

  it('a question, in its own words before and after, unrecorded', () => {
    const edited = bundled();
    item(edited, 4).question = 'プロモーションの内容は';
    expect(listChanges(bundled(), edited)).to.deep.equal([
      { label: 'Q4 質問', before: 'プロモーションはどのような内容か', after: 'プロモーションの内容は', unrecorded: true },
    ]);
  });

  it('a change that a new correction records is not flagged', () => {
    const edited = bundled();
    item(edited, 4).question = 'プロモーションはどんな内容か';
    item(edited, 4).corrections = [{ field: 'question', original: 'どのような', corrected: 'どんな', in: ['toc', 'body'], reason: '短く。' }];
    expect(listChanges(bundled(), edited)).to.deep.equal([
      { label: 'Q4 質問', before: 'プロモーションはどのような内容か', after: 'プロモーションはどんな内容か', unrecorded: false },
    ]);
  });

  it('a question recorded for the body only still differs from the table of contents', () => {
    const edited = bundled();
    item(edited, 4).question = 'プロモーションはどんな内容か';
    item(edited, 4).corrections = [{ field: 'question', original: 'どのような', corrected: 'どんな', in: ['body'], reason: '短く。' }];
    expect(listChanges(bundled(), edited)[0].unrecorded).to.equal(true);
  });

  it('category titles, moved and added questions, and the contact block', () => {
    const edited = bundled();
    edited.categories[1].title = 'そのほか';
    item(edited, 9).category = 'application';
    edited.items.push({ number: 13, category: 'others', question: '新しい質問', answer: '新しい回答' });
    edited.contact.body = edited.contact.body.replace('9時00分', '9時30分');
    const changes = listChanges(bundled(), edited);
    expect(changes.map((change) => [change.label, change.unrecorded])).to.deep.equal([
      ['分類「その他」の名前', true],
      ['Q9 の分類', true],
      ['Q13（追加）', true],
      ['お問い合わせ先 4 行目', true],
    ]);
    expect(changes[1]).to.include({ before: 'その他', after: '応募について' });
    expect(changes[2]).to.deep.equal({ label: 'Q13（追加）', after: '新しい質問\n\n新しい回答', unrecorded: true });
    expect(changes[3].after).to.match(/^Tel : .*9時30分～12時00分/);
  });

  it('keywords, one per line, not flagged: they are no part of the official wording', () => {
    const edited = bundled();
    item(edited, 10).keywords = ['解除', ...item(bundled(), 10).keywords!];
    item(edited, 3).keywords = undefined;
    const changes = listChanges(bundled(), edited);
    expect(changes.map((change) => [change.label, change.unrecorded])).to.deep.equal([
      ['Q3 キーワード（検索用）', false],
      ['Q10 キーワード（検索用）', false],
    ]);
    expect(changes[0].after, 'none left').to.equal(undefined);
    expect(changes[1].after).to.equal(['解除', ...item(bundled(), 10).keywords!].join('\n'));
  });

  it('the line of a keyword the validator refuses', () => {
    const source = bundledSource.replace('      - キャンセル\n', '      - キャンセル\n      - 7\n');
    const line = source.split('\n').indexOf('      - 7') + 1;
    expect(problem(source).message).to.equal(`data/faq.yaml:${line} (Q10): items[9].keywords[1]: must be text, not number 7`);
  });

  it('the contact block as a whole when lines were added', () => {
    const edited = bundled();
    edited.contact.body += '\nFax : 03-0000-0000';
    const changes = listChanges(bundled(), edited);
    expect(changes.map((change) => change.label)).to.deep.equal(['お問い合わせ先']);
    expect(changes[0].after).to.equal(edited.contact.body);
  });
});
