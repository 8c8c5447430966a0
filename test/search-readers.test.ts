/**
 * What readers type (issue #19): their own words, readings, variants,
 * sentences, Latin letters and typos, each as the element shows it: the
 * questions listed, the count that says whether they are exact or related, the
 * marks, and the no-results message when nothing at any step matches.
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import type { JetroAlibabaFaq } from '../src/jetro-alibaba-faq.js';
import { allQuestionButtons, renderFaq } from './helpers.js';

const root = (el: JetroAlibabaFaq) => el.shadowRoot!;
const searchBox = (el: JetroAlibabaFaq) => root(el).querySelector<HTMLInputElement>('input[type=search]')!;
const status = (el: JetroAlibabaFaq) => root(el).querySelector('.count[role=status]')!.textContent.trim();
/** The questions the accordion shows. */
const shown = (el: JetroAlibabaFaq) =>
  allQuestionButtons(el)
    .filter((button) => button.offsetParent !== null)
    .map((button) => button.id);

/** The query as an IME or a paste leaves it: the value, then one input event. */
async function search(el: JetroAlibabaFaq, query: string): Promise<void> {
  const input = searchBox(el);
  input.value = query;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

/** Every example of the issue, and the question the reader looks for. */
const EXAMPLES: [string, string][] = [
  // Their words for the text's words.
  ['キャンセル', 'q10'],
  ['やめたい', 'q10'],
  ['解約', 'q10'],
  ['取り消し', 'q10'],
  ['結果', 'q6'],
  ['合否', 'q6'],
  ['落選', 'q6'],
  ['費用', 'q2'],
  ['料金', 'q2'],
  ['審査基準', 'q5'],
  ['選考基準', 'q5'],
  ['併用', 'q7'],
  ['いつから', 'q3'],
  // Readings in hiragana.
  ['へんきん', 'q10'],
  ['ほじょきん', 'q9'],
  ['さいたく', 'q6'],
  ['かいいんばんごう', 'q1'],
  ['といあわせ', 'q1'],
  // Okurigana and spelling variants.
  ['お問合わせ', 'q1'],
  ['問い合せ', 'q9'],
  ['お申し込み', 'q7'],
  ['申込み可能', 'q2'],
  ['取消', 'q10'],
  ['払戻し', 'q10'],
  // Sentences.
  ['返金してもらえますか', 'q10'],
  ['会員番号がわかりません', 'q1'],
  ['登録内容を変更したい', 'q8'],
  ['自治体の補助金は使えますか', 'q9'],
  // Latin letters.
  ['refund', 'q10'],
  ['cancel', 'q10'],
  ['henkin', 'q10'],
  ['jetoro', 'q11'],
  ['cloudsign', 'q3'],
  ['goldsupplier', 'q2'],
  // Typos and long vowels.
  ['サプライヤ', 'q1'],
  ['ゴールドサプライヤ', 'q2'],
  ['プロモション', 'q4'],
  ['コンソーシャム', 'q12'],
  ['ジエトロ', 'q7'],
  ['ｷｬﾝｾﾙ', 'q10'],
];

describe('search: what readers type', () => {
  for (const [query, id] of EXAMPLES) {
    it(`${query} finds ${id.toUpperCase()}`, async () => {
      const el = await renderFaq();
      await search(el, query);
      expect(shown(el)).to.include(id);
    });
  }

  it('a synonym: 助成金 finds 補助金 (Q9), and marks it', async () => {
    const el = await renderFaq();
    await search(el, '助成金');
    expect(shown(el)).to.deep.equal(['q9']);
    expect([...root(el).querySelectorAll('button.question mark')].map((mark) => mark.textContent)).to.deep.equal(['補助金']);
  });

  it('an exact match counts as today; a sentence says it shows related questions, and marks its words', async () => {
    const el = await renderFaq();
    await search(el, '補助金');
    await waitUntil(() => status(el) === '12 件中 1 件', 'the exact count');
    await search(el, '自治体の補助金は使えますか');
    expect(shown(el)).to.deep.equal(['q9']);
    expect([...root(el).querySelectorAll('button.question mark')].map((mark) => mark.textContent)).to.deep.equal(['自治体', '補助金']);
    await waitUntil(() => status(el) === '一致する質問はありません。近い質問 1 件', 'the related count');
    expect(root(el).querySelector('.no-results'), 'no no-results message').to.equal(null);
  });

  it('says so in English', async () => {
    const el = await renderFaq(html`<jetro-alibaba-faq lang="en"></jetro-alibaba-faq>`);
    await search(el, 'コンソーシャム');
    await waitUntil(() => status(el) === 'No exact match; 1 related question', 'the related count');
  });

  it('a query that matches nothing at any step keeps the no-results message and the contact link', async () => {
    const el = await renderFaq();
    await search(el, '配送料はいくらですか');
    expect(shown(el)).to.deep.equal([]);
    await waitUntil(() => status(el).startsWith('12 件中 0 件'), 'the count');
    expect(root(el).querySelector('.no-results a')!.getAttribute('href')).to.match(/#contact$/);
  });

  it('keywords are searched but never shown, nor in the structured data', async () => {
    const el = await renderFaq(html`<jetro-alibaba-faq structured-data></jetro-alibaba-faq>`);
    await search(el, '解約');
    expect(shown(el)).to.deep.equal(['q10']);
    expect(root(el).textContent).not.to.include('解約');
    const jsonLd = [...document.querySelectorAll('script[type="application/ld+json"]'), ...root(el).querySelectorAll('script')];
    for (const script of jsonLd) expect(script.textContent).not.to.include('解約');
  });

  it('a hostile or huge query is searched without an exception', async () => {
    const el = await renderFaq();
    for (const query of [
      'あ'.repeat(10_000),
      `返金\u0000\u0007\u001B\u202E`,
      '\uD800返金\uDFFF',
      'x '.repeat(5_000),
      'ー',
      '<img src=x onerror=alert(1)>',
    ]) {
      await search(el, query);
      expect(root(el).querySelector('img'), query.slice(0, 20)).to.equal(null);
    }
    // And the search still works after them.
    await search(el, '返金');
    expect(shown(el)).to.deep.equal(['q10']);
  });
});
