/** The search's mechanisms one by one, with no DOM: folding, romaji, a sentence's words, each step, and the index. */
import { expect } from '@open-wc/testing';
import document from '../data/faq.yaml';
import { parseFaqDocument } from '../src/content/parse.js';
import { normalize } from '../src/search/normalize.js';
import { romajiToKana } from '../src/search/romaji.js';
import { expandTerm, SearchIndex } from '../src/search/search-index.js';
import { bigrams, similar, withEvery, withMost, type Entry } from '../src/search/steps.js';
import { contentWords } from '../src/search/words.js';

describe('folding', () => {
  const same: [string, string][] = [
    ['サプライヤ', 'サプライヤー'],
    ['ジエトロ', 'ジェトロ'],
    ['プロモション', 'プロモーション'],
    ['ｷｬﾝｾﾙ', 'きゃんせる'],
    ['きやんせる', 'キャンセル'],
    ['ゕ月', 'ヵ月'],
    ['ゴールド・サプライヤー', 'ゴールドサプライヤー'],
  ];
  for (const [a, b] of same) {
    it(`${a} = ${b}`, () => expect(normalize(a)).to.equal(normalize(b)));
  }
  it('leaves the long-vowel mark out and small kana full size', () => {
    expect(normalize('ゴールドサプライヤー')).to.equal('ごるどさぷらいや');
  });
});

describe('romaji', () => {
  const kana: [string, string][] = [
    ['henkin', 'へんきん'],
    ['hojokin', 'ほじよきん'],
    ['kaiinbangou', 'かいいんばんごう'],
    ['jetoro', 'じえとろ'],
    ['shinsa', 'しんさ'],
    ['chuushi', 'ちゆうし'],
    ['tsuika', 'ついか'],
    ['futatsu', 'ふたつ'],
    ['kyanseru', 'きやんせる'],
    ['konnichiha', 'こんにちは'],
    ['gakkou', 'がつこう'],
    ['tetsuduki', 'てつづき'],
    ['doyoubi', 'どようび'],
    ['wakaranai', 'わからない'],
    // を as Hepburn writes the particle.
    ['wo', 'お'],
    ['refund', 'refund'],
    ['cancel', 'cancel'],
    ['jetro', 'jetro'],
  ];
  for (const [latin, expected] of kana) {
    it(`${latin} → ${expected === latin ? 'not romaji' : expected}`, () => expect(romajiToKana(latin)).to.equal(expected));
  }
  it('a romaji term also matches its kana, folded as the text is', () => {
    expect(expandTerm('henkin')).to.include(normalize('へんきん'));
    expect(expandTerm('kyanseru')).to.include(normalize('キャンセル'));
  });
  it('so does a word whose end the IME has not turned into kana yet', () => {
    expect(expandTerm(normalize('へんきn'))).to.include(normalize('へんきん'));
  });
});

describe('readings and English words in the synonym groups', () => {
  it('a reading in kana or romaji matches the word in kanji: へんきん, henkin → 返金', () => {
    expect(expandTerm(normalize('へんきん'))).to.include('返金');
    expect(expandTerm('henkin')).to.include('返金');
    expect(expandTerm(normalize('でんしけいやく'))).to.include('電子契約');
  });
  it('an English word matches the word of the text: refund → 返金, criteria → 基準', () => {
    expect(expandTerm('refund')).to.include('返金');
    expect(expandTerm('criteria')).to.include('基準');
  });
  it('a synonym in each half of a term: さいたくきじゅん → 採択基準, kaiinbangou → 会員番号', () => {
    expect(expandTerm(normalize('さいたくきじゅん'))).to.include('採択基準');
    expect(expandTerm('kaiinbangou')).to.include('会員番号');
  });
  it('a term full of synonyms has a bounded number of forms', () => {
    expect(expandTerm(normalize('申込問合せ返金採択基準内容支援'.repeat(5))).length).to.be.at.most(16 + 8);
  });
});

describe('synonyms inside a term', () => {
  it('お申し込み also matches お申込み; 申込み可能, 申込可能', () => {
    expect(expandTerm(normalize('お申し込み'))).to.include(normalize('お申込み'));
    expect(expandTerm(normalize('申込み可能'))).to.include(normalize('申込可能'));
  });
  it('審査基準 also matches 選考基準 (審査 and 選考 are the selection, 採択 its outcome)', () => {
    expect(expandTerm(normalize('審査基準'))).to.include(normalize('選考基準'));
    expect(expandTerm(normalize('審査'))).not.to.include(normalize('採択'));
  });
  it('助成金 matches 補助金 and back', () => {
    expect(expandTerm(normalize('助成金'))).to.include(normalize('補助金'));
    expect(expandTerm(normalize('補助金'))).to.include(normalize('助成金'));
  });
});

describe("a sentence's content words (Intl.Segmenter)", () => {
  const cases: [string, string[]][] = [
    ['返金してもらえますか', ['返金']],
    ['会員番号がわかりません', ['会員', '番号']],
    ['登録内容を変更したい', ['登録', '内容', '変更']],
    ['自治体の補助金は使えますか', ['自治体', '補助金']],
    ['キャンセルしたい', ['キャンセル']],
    ['コンソーシアムとは何ですか', ['コンソーシアム']],
    ['アリババの株価', ['アリババ', '株価']],
    ['Gold Supplierでなくても申し込めますか', ['gold', 'supplier']],
  ];
  for (const [sentence, words] of cases) {
    it(`${sentence} → ${words.join(' ')}`, () => expect(contentWords(sentence)).to.deep.equal(words.map(normalize)));
  }
  it('leaves particles, endings and okurigana out: a sentence in hiragana alone has no words', () => {
    expect(contentWords('どうすればよいですか')).to.deep.equal([]);
  });
  it('leaves out the words that ask rather than say what about: 方法, 教えて', () => {
    expect(contentWords('選考方法')).to.deep.equal(['選考']);
    expect(contentWords('基準を教えてください')).to.deep.equal(['基準']);
  });
  it('takes a run of katakana whole, with its dot, and leaves one katakana alone to the segmenter (ヶ in 何ヶ月)', () => {
    expect(contentWords('アリ・ババの会員')).to.deep.equal(['アリ・ババ', '会員'].map(normalize));
    const words = contentWords('審査は何ヶ月かかりますか')!;
    expect(words).to.include(normalize('審査'));
    expect(words).not.to.include(normalize('ヶ'));
  });
  it("keeps the same words in every engine: Firefox's segmenter says 番号, 他の and 支援 are no words in these", () => {
    expect(contentWords('会員番号 忘れた')).to.include.members(['会員', '番号'].map(normalize));
    expect(contentWords('他のジェトロ事業にも参加しているけど大丈夫？')).to.include.members(['他の', 'ジェトロ', '事業', '参加'].map(normalize));
    expect(contentWords('別の支援プログラムと同時に応募できますか')).to.include.members(['支援', 'プログラム', '応募'].map(normalize));
  });
  it('has no word for one letter, nor for the long-vowel mark alone', () => {
    expect(contentWords('へんきn ー')).to.deep.equal([]);
  });
});

describe('the steps', () => {
  const entries: Entry[] = [
    { id: 'a', text: normalize('会員番号がわからない') },
    { id: 'b', text: normalize('自治体の補助金') },
    { id: 'c', text: normalize('新輸出大国コンソーシアム') },
  ];
  const terms = (...words: string[]) => words.map((word) => expandTerm(normalize(word)));
  const ids = (found: Entry[]) => found.map((entry) => entry.id);

  it('withEvery: every term', () => {
    expect(ids(withEvery(entries, terms('会員', '番号')))).to.deep.equal(['a']);
    expect(ids(withEvery(entries, terms('会員', '補助金')))).to.deep.equal([]);
  });
  it('withMost: more than half of three terms or more, never with two', () => {
    expect(ids(withMost(entries, terms('会員', '番号', 'わかり')))).to.deep.equal(['a']);
    expect(ids(withMost(entries, terms('会員', '補助金')))).to.deep.equal([]);
    expect(ids(withMost(entries, terms('会員', '補助金', '株価')))).to.deep.equal([]);
  });
  it('bigrams: the pairs of a word, or the word of one character', () => {
    expect(bigrams('こんそ')).to.deep.equal(['こん', 'んそ']);
    expect(bigrams('県')).to.deep.equal(['県']);
  });
  it('similar: a typo of a word, not a word it shares a few pairs with', () => {
    expect(ids(similar(entries, terms('コンソーシャム')))).to.deep.equal(['c']);
    expect(ids(similar(entries, terms('アリババ', '株価')))).to.deep.equal([]);
    expect(ids(similar(entries, terms('こん')))).to.deep.equal([]);
  });
  it('similar: by any form of a term, as a reading in kanji', () => {
    // じちたいの補助 has too few of the text's pairs; its form 自治体の補助 has them all.
    expect(ids(similar(entries, [['じちたいの補助', '自治体の補助']]))).to.deep.equal(['b']);
    expect(ids(similar(entries, [['じちたいの補助']]))).to.deep.equal([]);
  });
});

describe('SearchIndex: the steps in order', () => {
  const index = new SearchIndex(parseFaqDocument(document));
  const result = (query: string) => {
    const { ids, related } = index.search(query);
    return { ids: [...ids], related: !!related };
  };

  it('strict first: exact, not related', () => {
    expect(result('補助金')).to.deep.equal({ ids: ['q9'], related: false });
  });
  it('searches the keywords: 解約 (Q10), refund, henkin', () => {
    expect(result('解約').ids).to.deep.equal(['q10']);
    expect(result('refund').ids).to.deep.equal(['q10']);
    expect(result('henkin').ids).to.deep.equal(['q10']);
  });
  it('a sentence: related, by its content words', () => {
    expect(result('返金してもらえますか')).to.deep.equal({ ids: ['q10'], related: true });
  });
  it('most of the words', () => {
    expect(result('会員 番号 株価')).to.deep.equal({ ids: ['q1'], related: true });
  });
  it('a verb by its kanji, without its okurigana, only when the words as they are find nothing', () => {
    // 問い合わせる: Q1 has お問い合わせ先; 始まり: Q3 has 開始日.
    expect(result('アリババに問い合わせるには')).to.deep.equal({ ids: ['q1'], related: true });
    expect(result('プロモーションが始まりました')).to.deep.equal({ ids: ['q3'], related: true });
  });
  it('a reading, in kana or romaji, finds the word in kanji', () => {
    expect(result('けいやく').ids).to.deep.equal(['q3', 'q10']);
    expect(result('henkou')).to.deep.equal({ ids: ['q8'], related: false });
  });
  it('English words find the words of the text', () => {
    expect(result('criteria').ids).to.deep.equal(['q5']);
    expect(result('subsidy').ids).to.deep.equal(['q9']);
  });
  it('a typo: related, by character pairs', () => {
    expect(result('コンソーシャム')).to.deep.equal({ ids: ['q12'], related: true });
  });
  it('nothing at any step', () => {
    expect(result('配送料はいくらですか')).to.deep.equal({ ids: [], related: false });
  });
  it('a query with spaces keeps working: every term', () => {
    expect(result('返金 クラウドサイン').ids).to.deep.equal(['q10']);
  });

  it('hostile and huge queries: no exception, and no long task', () => {
    const hostile = [
      'あ'.repeat(10_000),
      'x '.repeat(5_000),
      '\u0000\u0001\u001F\u007F\u202E',
      '\uD800'.repeat(10_000),
      '\uDFFF返金\uD800',
      'ー'.repeat(100),
    ];
    for (const query of hostile) {
      const started = performance.now();
      expect(() => index.search(query)).not.to.throw();
      // Not a timing assertion on the search's speed (bench/ measures that): a guard against a query that would hang the page.
      expect(performance.now() - started, JSON.stringify(query.slice(0, 10))).to.be.below(1000);
    }
  });
});
