/** The search's Japanese normalization, synonyms and highlighting, with no DOM. */
import { expect } from '@open-wc/testing';
import document from '../data/faq.yaml';
import { parseFaqDocument } from '../src/content/parse.js';
import { highlight } from '../src/search/highlight.js';
import { normalize, normalizeWithMap, queryTerms } from '../src/search/normalize.js';
import { expandTerm, SearchIndex } from '../src/search/search-index.js';
import { LIST_COST, ListedEntries, UNLIST_COST } from '../src/search/listed-entries.js';

describe('normalize', () => {
  const same: [string, string, string][] = [
    ['full-width and half-width letters', 'ＪＥＴＲＯ', 'jetro'],
    ['full-width digits', '８月', '8月'],
    ['half-width katakana', 'ﾌﾟﾛﾓｰｼｮﾝ', 'プロモーション'],
    ['Latin case', 'Alibaba.COM', 'alibaba.com'],
    ['katakana and hiragana', 'プロモーション', 'ぷろもーしょん'],
    ['half-width voiced katakana', 'ｶﾞｲﾄﾞ', 'がいど'],
  ];
  for (const [name, a, b] of same) {
    it(`matches ${name}: ${a} = ${b}`, () => {
      expect(normalize(a)).to.equal(normalize(b));
    });
  }

  it('keeps the map back to the original for every character', () => {
    const map = normalizeWithMap('Aｶﾞb');
    expect(map.text).to.equal('aがb');
    expect(map.starts).to.deep.equal([0, 1, 3]);
    expect(map.ends).to.deep.equal([1, 3, 4]);
  });

  it('normalizes a character with its marks together, as the fast path does', () => {
    // ﾜﾞ is ヷ under NFKC, which has no hiragana form; one mark after a ligature covers all it becomes.
    const map = normalizeWithMap('ﾜﾞｲﾝ ﬁ\u0301');
    expect(map.text).to.equal(normalize('ﾜﾞｲﾝ ﬁ\u0301'));
    expect(map.starts).to.deep.equal([0, 2, 3, 4, 5, 5]);
    expect(map.ends).to.deep.equal([2, 3, 4, 5, 7, 7]);
  });

  it('agrees with the fast path', () => {
    const text = 'ＪＥＴＲＯのｻｰﾋﾞｽは　以下をご参照ください。Alibaba.com';
    expect(normalizeWithMap(text).text).to.equal(normalize(text));
  });
});

describe('queryTerms', () => {
  it('splits on half-width and full-width spaces', () => {
    expect(queryTerms('補助金　自治体  JETRO')).to.deep.equal(['補助金', '自治体', 'jetro']);
  });
  it('has no terms for a blank query', () => {
    expect(queryTerms(' 　 ')).to.deep.equal([]);
  });
});

describe('synonyms', () => {
  it('JETRO matches ジェトロ and the source’s ジェットロ', () => {
    expect(expandTerm(normalize('JETRO')).forms).to.include.members([normalize('ジェトロ'), normalize('ジェットロ')]);
    expect(expandTerm(normalize('ジェトロ')).forms).to.include('jetro');
  });
  it('アリババ matches Alibaba.com', () => {
    expect(expandTerm(normalize('アリババ')).forms).to.include('alibaba');
  });
  it('a word in no group matches only itself', () => {
    expect(expandTerm('返品').forms).to.deep.equal(['返品']);
  });
});

describe('SearchIndex', () => {
  const index = new SearchIndex(parseFaqDocument(document));
  const ids = (query: string) => [...index.search(query).ids];

  it('finds questions by their question or their answer', () => {
    expect(ids('補助金')).to.deep.equal(['q9']);
    expect(ids('クラウドサイン')).to.include.members(['q3', 'q10']);
  });
  it('needs every term to match', () => {
    expect(ids('返金 クラウドサイン')).to.deep.equal(['q10']);
  });
  it('understands another script and width', () => {
    expect(ids('ｸﾗｳﾄﾞｻｲﾝ')).to.include.members(['q3', 'q10']);
    expect(ids('くらうどさいん')).to.include.members(['q3', 'q10']);
  });
  it('finds ジェトロ where the text says JETRO', () => {
    expect(ids('ジェトロ')).to.include.members(['q3', 'q7', 'q9', 'q10', 'q11']);
  });
  it('matches everything for an empty query', () => {
    expect(ids('')).to.have.length(12);
  });
  it('finds nothing for a word the FAQ lacks', () => {
    expect(ids('配送料')).to.deep.equal([]);
  });
});

describe('highlight', () => {
  it('marks the original characters a normalized match came from', () => {
    const text = 'ＪＥＴＲＯのｻｰﾋﾞｽ';
    const terms = queryTerms('jetro サービス').map(expandTerm);
    expect(highlight(text, normalizeWithMap(text), terms)).to.deep.equal([
      { text: 'ＪＥＴＲＯ', marked: true },
      { text: 'の', marked: false },
      { text: 'ｻｰﾋﾞｽ', marked: true },
    ]);
  });
  it('merges overlapping matches', () => {
    const text = 'アリババ株式会社';
    const terms = queryTerms('アリババ 株式').map(expandTerm);
    expect(highlight(text, normalizeWithMap(text), terms)).to.deep.equal([
      { text: 'アリババ株式', marked: true },
      { text: '会社', marked: false },
    ]);
  });
});

describe('ListedEntries', () => {
  const ids = ['q1', 'q2', 'q3', 'q4', 'q5'];
  const terms = queryTerms('jetro').map(expandTerm);
  const none = queryTerms('').map(expandTerm);
  const result = (...shown: string[]) => ({ terms, ids: new Set(shown) });
  const listedOf = (entries: ListedEntries) => ids.filter((id) => entries.has(id));

  it('shows a search at once when there is no limit', () => {
    const entries = new ListedEntries();
    const target = result('q2', 'q4');
    entries.step(ids, target, terms, Infinity);
    expect(listedOf(entries)).to.deep.equal(['q2', 'q4']);
    expect(entries.listsAll(target, terms)).to.equal(true);
    expect(entries.listsAll(result('q2', 'q4'), terms), 'another search').to.equal(false);
  });

  it('shows and hides within the budget of a step, the first questions in order', () => {
    const entries = new ListedEntries();
    entries.step(ids, result('q1', 'q2'), terms, Infinity);
    const target = result('q3', 'q4', 'q5');
    // Hiding q1 and q2, then showing q3, fits; showing q4 would not.
    entries.step(ids, target, terms, 2 * UNLIST_COST + LIST_COST);
    expect(listedOf(entries)).to.deep.equal(['q3']);
    expect(entries.listsAll(target, terms)).to.equal(false);
    entries.step(ids, target, terms, 2 * LIST_COST);
    expect(listedOf(entries)).to.deep.equal(['q3', 'q4', 'q5']);
    expect(entries.listsAll(target, terms)).to.equal(true);
  });

  it('counts a question marked anew as shown, and keeps the marks of a hidden one', () => {
    const entries = new ListedEntries();
    entries.step(ids, result(...ids), none, Infinity);
    const target = result('q1', 'q2', 'q3');
    entries.step(ids, target, terms, 2 * LIST_COST);
    // q1 and q2 are marked; q3 and the hiding of q4 and q5 wait for the next step.
    expect(listedOf(entries)).to.deep.equal(ids);
    expect(ids.map((id) => entries.marks(id))).to.deep.equal([terms, terms, none, none, none]);
    entries.step(ids, target, terms, Infinity);
    expect(listedOf(entries)).to.deep.equal(['q1', 'q2', 'q3']);
    expect(
      ids.map((id) => entries.marks(id)),
      'q4 and q5 keep theirs',
    ).to.deep.equal([terms, terms, terms, none, none]);
    expect(entries.listsAll(target, terms)).to.equal(true);
  });

  it('changes its version when, and only when, what it shows changes', () => {
    const entries = new ListedEntries();
    const target = result('q1', 'q2');
    entries.step(ids, target, terms, Infinity);
    const version = entries.version;
    entries.step(ids, target, terms, Infinity);
    expect(entries.version).to.equal(version);
    entries.step(ids, result('q1'), terms, 0);
    expect(entries.version, 'nothing fits in no budget').to.equal(version);
    entries.step(ids, result('q1'), terms, UNLIST_COST);
    expect(entries.version).to.not.equal(version);
  });
});
