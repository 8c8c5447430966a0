/** The build's minifier of Lit templates (scripts/minify-templates.mjs), with no DOM. */
import { expect } from '@open-wc/testing';
import { minifyTemplates } from '../scripts/minify-templates.mjs';

describe('minifyTemplates', () => {
  it('folds white space in html templates to one space, never removing it', () => {
    expect(minifyTemplates('html`\n  <p>\n    <span>Q1</span> ${x}\n  </p>\n`')).to.equal('html` <p> <span>Q1</span> ${x} </p> `');
  });

  it('minifies nested templates inside expressions, and leaves other strings alone', () => {
    const source = "html`<ul>\n  ${items.map((i) => html`<li   class=${i.c}>  ${i.t}</li>`)}\n  ${'  keep  {  }  '}</ul>`";
    expect(minifyTemplates(source)).to.equal("html`<ul> ${items.map((i) => html`<li class=${i.c}> ${i.t}</li>`)} ${'  keep  {  }  '}</ul>`");
  });

  it('keeps braces and template literals inside expressions intact', () => {
    const source = 'html`<a @click=${() => { if (a) { b(`  x  `); } }}>  t  </a>`';
    expect(minifyTemplates(source)).to.equal('html`<a @click=${() => { if (a) { b(`  x  `); } }}> t </a>`');
  });

  it('strips comments and the spaces around punctuation in css, but keeps descendant combinators', () => {
    const source = 'css`\n  /* note */\n  .toc :is(h3, h4) > a:hover {\n    color: red;\n    margin: calc(1rem * 2);\n  }\n`';
    expect(minifyTemplates(source)).to.equal('css`.toc :is(h3,h4)>a:hover{color:red;margin:calc(1rem * 2)}`');
  });

  it('does not touch untagged template literals', () => {
    const source = 'const s = `  a   b  `; html`  x  `;';
    expect(minifyTemplates(source)).to.equal('const s = `  a   b  `; html` x `;');
  });
});
