/** The build's minifier of Lit templates (scripts/minify-templates.mjs), with no DOM. */
import { expect } from '@open-wc/testing';
import { minifyTemplates } from '../scripts/minify-templates.mjs';

describe('minifyTemplates', () => {
  it('folds white space in html templates to one space, and removes it only next to the tag of a block', () => {
    expect(minifyTemplates('html`\n  <p>\n    <span>Q1</span> ${x}\n  </p>\n`')).to.equal('html`<p><span>Q1</span> ${x}</p>`');
    // A tag that holds an expression is a tag too; between inline elements and expressions the space stays.
    expect(minifyTemplates('html`<div class="item" ?hidden=${a}>\n  ${b}\n  ${c}\n</div>\n<a> x </a> <label>l</label> <input />`')).to.equal(
      'html`<div class=item ?hidden=${a}>${b} ${c}</div><a> x </a> <label>l</label> <input>`',
    );
    expect(minifyTemplates('html`<span class="visually-hidden"> ${t}</span> <path d=""></path>`'), 'no block: the spaces stay').to.equal(
      'html`<span class=visually-hidden> ${t}</span> <path d=""></path>`',
    );
  });

  it("drops the space before a tag's >, and a void element's />, but not an SVG element's nor one inside quotes", () => {
    expect(minifyTemplates('html`<a href=${x} @click=${y} >t</a > <br /> <input .value=${v} />`')).to.equal(
      'html`<a href=${x} @click=${y}>t</a> <br> <input .value=${v}>`',
    );
    expect(minifyTemplates('html`<svg><path d="M0" /></svg><a title="a >" >x</a><p>a > b</p>`')).to.equal(
      'html`<svg><path d=M0 /></svg><a title="a >" >x</a><p>a > b</p>`',
    );
  });

  it('drops the quotes of a static one-word attribute value, and keeps those of several words, of an empty value and of a binding', () => {
    expect(minifyTemplates('html`<p class="item" part="a-b" title="" lang="ja"><b class="a b" id="x${y}">z</b></p>`')).to.equal(
      'html`<p class=item part=a-b title="" lang=ja><b class="a b" id="x${y}">z</b></p>`',
    );
  });

  it('minifies nested templates inside expressions, and leaves other strings alone', () => {
    const source = "html`<ul>\n  ${items.map((i) => html`<li   class=${i.c}>  ${i.t}</li>`)}\n  ${'  keep  {  }  '}</ul>`";
    expect(minifyTemplates(source)).to.equal("html`<ul>${items.map((i) => html`<li class=${i.c}>${i.t}</li>`)} ${'  keep  {  }  '}</ul>`");
  });

  it('keeps braces and template literals inside expressions intact', () => {
    const source = 'html`<a @click=${() => { if (a) { b(`  x  `); } }}>  t  </a>`';
    expect(minifyTemplates(source)).to.equal('html`<a @click=${() => { if (a) { b(`  x  `); } }}> t </a>`');
  });

  it('strips comments and the spaces around punctuation in css, but keeps descendant combinators', () => {
    const source = 'css`\n  /* note */\n  .toc :is(h3, h4) > a:hover {\n    color: red;\n    margin: calc(1rem * 2);\n  }\n`';
    expect(minifyTemplates(source)).to.equal('css`.toc :is(h3,h4)>a:hover{color:red;margin:calc(1rem*2)}`');
  });

  it('leaves css strings and url()s as written, and an apostrophe in a comment starts none', () => {
    const source =
      "css`\n  /* the widget's own */\n  a::after {\n    content: ' (see:  ' attr(href) ', 0.5 * 2) ';\n    background: url(img/0.5.png);\n  }\n`";
    expect(minifyTemplates(source)).to.equal("css`a::after{content:' (see:  ' attr(href) ', 0.5 * 2) ';background:url(img/0.5.png)}`");
  });

  it("drops the quotes around an attribute selector's value when it is a name, and keeps them otherwise", () => {
    const source = "css`\n  a[href^='http']:not([data-x='a b'], [data-y=\"2x\"]) .q[aria-expanded=\"true\"] {\n    content: '=x';\n  }\n`";
    expect(minifyTemplates(source)).to.equal("css`a[href^=http]:not([data-x='a b'],[data-y=\"2x\"]) .q[aria-expanded=true]{content:'=x'}`");
  });

  it('drops the 0 before a decimal point, and the space before !important', () => {
    const source =
      'css`\n  @media (min-resolution: 0.5dppx) {\n    .a {\n      margin: calc(var(--s) * 0.75) -0.25em 10.5px 0;\n      opacity: 0.5 !important;\n    }\n  }\n`';
    expect(minifyTemplates(source)).to.equal(
      'css`@media(min-resolution:.5dppx){.a{margin:calc(var(--s)*.75) -.25em 10.5px 0;opacity:.5!important}}`',
    );
  });

  it('drops the spaces around * and / in calc(), not around + and -, nor a descendant * outside it', () => {
    const source = 'css`.a * {width: calc((100% - var(--s) * 2) / 3 + 1px);}`';
    expect(minifyTemplates(source)).to.equal('css`.a *{width:calc((100% - var(--s)*2)/3 + 1px)}`');
  });

  it('drops the spaces around the + and ~ combinators and after @media, and keeps those of a + inside calc() and :is()', () => {
    const source = 'css`@media (width > 30em) {li + li, .a ~ .b :is(.c + .d) {margin: calc(1px + 2px);}}`';
    expect(minifyTemplates(source)).to.equal('css`@media(width>30em){li+li,.a~.b :is(.c + .d){margin:calc(1px + 2px)}}`');
  });

  it('gives the private custom properties their short names, and leaves the public ones', () => {
    const source = 'css`:host{--_space: var(--jetro-faq-spacing, 1rem)} .a{margin: var(--_space)}`';
    expect(minifyTemplates(source, new Map([['--_space', '--_a']]))).to.equal('css`:host{--_a:var(--jetro-faq-spacing,1rem)}.a{margin:var(--_a)}`');
  });

  it('does not touch untagged template literals', () => {
    const source = 'const s = `  a   b  `; html`  x  `;';
    expect(minifyTemplates(source)).to.equal('const s = `  a   b  `; html` x `;');
  });

  it('is what the tests render too: the test runner serves the sources with their templates minified', async () => {
    const served = await (await fetch('/src/render/sections.ts')).text();
    expect(served).to.contain('<header class=header part=header><p class=programme>');
  });
});
