/** The search's Japanese normalization, synonyms and highlighting, with no DOM. */
import { expect } from '@open-wc/testing';
import document from '../data/faq.yaml';
import { parseFaqDocument } from '../src/content/parse.js';
import { highlight } from '../src/search/highlight.js';
import { normalize, normalizeWithMap, queryTerms } from '../src/search/normalize.js';
import { expandTerm, SearchIndex } from '../src/search/search-index.js';

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
    expect(expandTerm(normalize('JETRO'))).to.include.members([normalize('ジェトロ'), normalize('ジェットロ')]);
    expect(expandTerm(normalize('ジェトロ'))).to.include('jetro');
  });
  it('アリババ matches Alibaba.com', () => {
    expect(expandTerm(normalize('アリババ'))).to.include('alibaba');
  });
  it('a word in no group matches only itself', () => {
    expect(expandTerm('返品')).to.deep.equal(['返品']);
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
  it('without terms, the text in one plain piece', () => {
    const text = 'アリババ株式会社';
    expect(highlight(text, normalizeWithMap(text), [])).to.deep.equal([{ text, marked: false }]);
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
