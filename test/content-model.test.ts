/** The data file and the validator, with no DOM. */
import { expect } from '@open-wc/testing';
import document from '../data/faq.yaml';
import { isLink, plainText } from '../src/content/model.js';
import { FaqDataError, parseFaqDocument } from '../src/content/parse.js';
import { parseRichText } from '../src/content/rich-text.js';

const valid = () => structuredClone(document) as Record<string, any>;

function rejection(input: unknown): FaqDataError {
  try {
    parseFaqDocument(input);
  } catch (error) {
    expect(error).to.be.instanceOf(FaqDataError);
    return error as FaqDataError;
  }
  throw new Error('the document was accepted');
}

describe('data/faq.yaml', () => {
  const content = parseFaqDocument(document);

  it('has the three categories in the document order, with Q1–Q8, Q9–Q10 and Q11–Q12', () => {
    expect(content.categories.map((c) => c.title)).to.deep.equal(['応募について', 'その他', 'JETRO関連']);
    expect(content.categories.map((c) => c.items.map((i) => i.id))).to.deep.equal([
      ['q1', 'q2', 'q3', 'q4', 'q5', 'q6', 'q7', 'q8'],
      ['q9', 'q10'],
      ['q11', 'q12'],
    ]);
  });

  it('turns addresses into links of the right kind', () => {
    const hrefs = [...content.items.map((i) => i.answer), content.contact.body, content.intro]
      .flat(3)
      .filter(isLink)
      .map((run) => run.href);
    expect(hrefs).to.have.members([
      'mailto:wp_customer@alibaba-inc.jp',
      'https://www.jetro.go.jp/services/',
      'https://www.jetro.go.jp/consortium/',
      'mailto:cse-pt-apply@jetro.go.jp',
      'tel:+81-3-3582-8333',
      '#contact',
    ]);
  });

  it('records every correction with the original wording', () => {
    const all = [...content.corrections, ...content.categories.flatMap((c) => c.corrections), ...content.items.flatMap((i) => i.corrections)];
    expect(all.map((c) => `${c.original}→${c.corrected}`)).to.include.members([
      'ジェットロ→ジェトロ',
      'どのすれば→どうすれば',
      'ジェトロ関連→JETRO関連',
    ]);
    expect(content.items.map((i) => i.question).join()).not.to.match(/ジェットロ|どのすれば/);
  });
});

describe('parseRichText', () => {
  it('keeps line breaks inside a paragraph and splits paragraphs on blank lines', () => {
    expect(parseRichText('一行目\n二行目\n\n次の段落')).to.deep.equal([[[{ text: '一行目' }], [{ text: '二行目' }]], [[{ text: '次の段落' }]]]);
  });

  it('makes links of [label](url), <url>, bare URLs and bare e-mail addresses', () => {
    expect(parseRichText('「[フォーム](https://example.jp/f)」 <https://a.jp/> https://b.jp/x。(x@y.jp)')).to.deep.equal([
      [
        [
          { text: '「' },
          { text: 'フォーム', href: 'https://example.jp/f' },
          { text: '」 ' },
          { text: 'https://a.jp/', href: 'https://a.jp/' },
          { text: ' ' },
          { text: 'https://b.jp/x', href: 'https://b.jp/x' },
          { text: '。(' },
          { text: 'x@y.jp', href: 'mailto:x@y.jp' },
          { text: ')' },
        ],
      ],
    ]);
  });

  it('leaves angle brackets that hold no address as text', () => {
    expect(parseRichText('<Alibaba.com 活用支援プログラム>')).to.deep.equal([[[{ text: '<Alibaba.com 活用支援プログラム>' }]]]);
  });

  it('reads a text of 20,000 letters or brackets at once', () => {
    // These took seconds each (the address and [label] patterns retried from every character of a run).
    for (const text of ['a'.repeat(20_000), '['.repeat(20_000), `${'a'.repeat(19_990)} a@b.jp`]) {
      const started = performance.now();
      parseRichText(text);
      expect(performance.now() - started, `${text.slice(0, 3)}…`).to.be.below(500);
    }
  });
});

describe('parseFaqDocument rejects', () => {
  it('a document that is not an object', () => {
    expect(rejection('text').message).to.match(/must be an object/);
    expect(rejection(null).path).to.equal('');
  });

  it('a missing field, naming the item', () => {
    const doc = valid();
    delete doc.items[3].answer;
    const error = rejection(doc);
    expect(error.path).to.equal('items[3].answer');
    expect(error.reason).to.equal('is missing');
  });

  it('a field of the wrong type', () => {
    const doc = valid();
    doc.items[0].question = 42;
    expect(rejection(doc).message).to.equal('items[0].question: must be text, not number 42');
  });

  it('an empty question', () => {
    const doc = valid();
    doc.items[5].question = '   ';
    expect(rejection(doc).path).to.equal('items[5].question');
  });

  it('a misspelt field name', () => {
    const doc = valid();
    doc.items[2].quesiton = doc.items[2].question;
    expect(rejection(doc).path).to.equal('items[2].quesiton');
  });

  for (const href of ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:x', '#', 'not a url']) {
    it(`a link to ${href}`, () => {
      const doc = valid();
      doc.items[1].answer = `詳しくは[こちら](${href})`;
      expect(rejection(doc).path).to.equal('items[1].answer');
    });
  }

  it('a link to an anchor the widget does not have', () => {
    const doc = valid();
    doc.items[1].answer = '[Q99](#q99)';
    expect(rejection(doc).message).to.match(/items\[1\]\.answer: the link "#q99" leads to no question/);
  });

  it('two questions with one number', () => {
    const doc = valid();
    doc.items[4].number = 3;
    expect(rejection(doc).path).to.equal('items[4].number');
  });

  it('two categories with one id', () => {
    const doc = valid();
    doc.categories[1].id = 'application';
    expect(rejection(doc).path).to.equal('categories[1].id');
  });

  it('an item in a category that does not exist', () => {
    const doc = valid();
    doc.items[0].category = 'nowhere';
    expect(rejection(doc).path).to.equal('items[0].category');
  });

  it('control characters and bidi overrides', () => {
    const doc = valid();
    doc.items[0].question = 'abc\u0007';
    expect(rejection(doc).message).to.match(/U\+0007/);
    doc.items[0].question = 'abc\u202Egpj.exe';
    expect(rejection(doc).message).to.match(/U\+202E/);
  });

  it('a correction whose corrected wording is not in the text', () => {
    const doc = valid();
    doc.items[7].question = '公募サイトから登録した内容を変更したい';
    expect(rejection(doc).path).to.equal('items[7].corrections[0].corrected');
  });

  it('a list with a hole in it (only a script can make one: JSON cannot), refused at the hole', () => {
    for (const list of ['programme', 'categories', 'items'] as const) {
      const doc = valid();
      doc[list] = [doc[list][0], , ...doc[list].slice(1)]; // eslint-disable-line no-sparse-arrays
      const error = rejection(doc);
      expect(error.path, list).to.equal(`${list}[1]`);
    }
  });

  it('an id or a field name with spaces around it, which the schema refuses too', () => {
    const doc = valid();
    doc.categories[0].id = ' application';
    expect(rejection(doc).path).to.equal('categories[0].id');
    const another = valid();
    another.items[0].category = 'application ';
    expect(rejection(another).path).to.equal('items[0].category');
    const third = valid();
    third.items[7].corrections[0].field = ' question';
    expect(rejection(third).path).to.equal('items[7].corrections[0].field');
  });

  it('a text over 20,000 characters, counted as the schema counts them (code points)', () => {
    const doc = valid();
    doc.items[0].question = '😀'.repeat(20_000);
    expect(parseFaqDocument(doc).items[0].question).to.have.length(40_000);
    doc.items[0].question += 'あ';
    expect(rejection(doc).message).to.equal('items[0].question: is longer than 20000 characters');
  });

  it('a category id that would take a question anchor', () => {
    const doc = valid();
    doc.categories[0].id = 'q1';
    expect(rejection(doc).path).to.equal('categories[0].id');
  });
});

describe('parseFaqDocument refuses every bidi control', () => {
  // The overrides (U+202A–U+202E) and the isolates (U+2066–U+2069), as data/faq.schema.json does.
  const controls = [0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069];
  // Their neighbours are no controls: a check too wide would refuse good text.
  const neighbours = [0x2029, 0x202f, 0x2065, 0x206a];
  const name = (code: number) => `U+${code.toString(16).toUpperCase()}`;
  const withCharacter = (code: number) => {
    const doc = valid();
    doc.items[0].question = `invoice${String.fromCodePoint(code)}fdp.exe`;
    return doc;
  };

  for (const code of controls) {
    it(`refuses ${name(code)}`, () => expect(rejection(withCharacter(code)).message).to.contain(name(code)));
  }
  it(`accepts ${neighbours.map(name).join(', ')}`, () => {
    for (const code of neighbours) expect(() => parseFaqDocument(withCharacter(code)), name(code)).not.to.throw();
  });
});

describe('the content model', () => {
  it('gives a rich text’s words without its markup: runs joined, lines by a line break, paragraphs by a blank line', () => {
    const text = parseRichText('一行目と[リンク](https://www.jetro.go.jp/)\n二行目\n\n二段落目 <https://example.jp/>');
    expect(plainText(text)).to.equal('一行目とリンク\n二行目\n\n二段落目 https://example.jp/');
  });

  it('lets content link to the table of contents and the contact block', () => {
    const doc = valid();
    doc.items[0].answer = '[目次](#toc)と[お問い合わせ](#contact)';
    expect(() => parseFaqDocument(doc)).not.to.throw();
  });
});
