/** Reading anchors out of URLs, and the accordion's arrow keys, with no DOM. */
import { expect } from '@open-wc/testing';
import { ANCHOR_PREFIX, anchorFromHash, hashFor } from '../src/anchors.js';
import { nextIndex } from '../src/roving-focus.js';

describe('anchorFromHash', () => {
  it('reads the widget anchor', () => {
    expect(anchorFromHash('#q7')).to.equal('q7');
    expect(anchorFromHash('#contact')).to.equal('contact');
  });

  it('reads an anchor behind its prefix, and only then', () => {
    expect(anchorFromHash('#alibaba-q7', 'alibaba-')).to.equal('q7');
    expect(anchorFromHash('#q7', 'alibaba-')).to.equal(null);
    expect(anchorFromHash('#other-q7', 'alibaba-')).to.equal(null);
    expect(anchorFromHash('#b-q7', 'a-'), 'another prefix of the same length').to.equal(null);
  });

  it('decodes percent-encoding', () => {
    expect(anchorFromHash('#%71%37')).to.equal('q7');
  });

  for (const hash of ['', '#', '#%E3', '#<script>', '#q7"><img src=x>', '#javascript:alert(1)', '# q7', 'q7']) {
    it(`ignores ${JSON.stringify(hash)}`, () => {
      expect(anchorFromHash(hash)).to.equal(null);
    });
  }

  it('writes the fragment back with the prefix', () => {
    expect(hashFor('q7')).to.equal('#q7');
    expect(hashFor('q7', 'alibaba-')).to.equal('#alibaba-q7');
  });
});

describe('nextIndex', () => {
  it('moves down and up, wrapping at the ends', () => {
    expect(nextIndex('ArrowDown', 0, 12)).to.equal(1);
    expect(nextIndex('ArrowDown', 11, 12)).to.equal(0);
    expect(nextIndex('ArrowUp', 0, 12)).to.equal(11);
    expect(nextIndex('ArrowUp', 5, 12)).to.equal(4);
  });

  it('goes to the first and the last with Home and End', () => {
    expect(nextIndex('Home', 7, 12)).to.equal(0);
    expect(nextIndex('End', 2, 12)).to.equal(11);
  });

  it('leaves other keys alone', () => {
    expect(nextIndex('Enter', 3, 12)).to.equal(null);
    expect(nextIndex('ArrowLeft', 3, 12)).to.equal(null);
    expect(nextIndex('ArrowDown', 0, 0)).to.equal(null);
  });
});

describe('what anchors.ts accepts, at its edges', () => {
  it('reads only a fragment: text that is no fragment names nothing, even when it would after its first character', () => {
    for (const text of ['xq7', '/q7', '?q7']) expect(anchorFromHash(text), text).to.equal(null);
  });

  it('takes an anchor prefix of up to 32 letters, digits, "-" and "_", and nothing else', () => {
    for (const prefix of ['', 'a', 'alibaba-', 'A_b-9', 'x'.repeat(32)]) expect(ANCHOR_PREFIX.test(prefix), JSON.stringify(prefix)).to.equal(true);
    for (const prefix of ['x'.repeat(33), 'a b', 'a#', 'é', '<b>', '-/']) expect(ANCHOR_PREFIX.test(prefix), JSON.stringify(prefix)).to.equal(false);
  });
});
