// Minifies the static text of Lit's css`…` and html`…` templates at build
// time: comments out, runs of white space folded to one space (and, in CSS,
// none around { } ; , > and at the ends, nor after a property's colon, nor
// before !important, nor around * and / inside calc(); no 0 before a decimal
// point, and no quotes around an attribute selector's value that is a name;
// other strings and url()s stay as written). The plugins also shorten the
// private custom properties (`--_space` → `--_a`: scripts/minify-private-properties.mjs). Expressions inside ${…} are kept as they are, apart from the
// templates nested in them, which are minified too. In HTML, white space is
// removed only next to a block's tag (between inline elements it shows), and before a
// tag's >, with a void element's slash (`<br />` → `<br>`); a one-word attribute value loses its quotes.

const TAGGED = /\b(css|html)`/g;

// What CSS minifying must leave as it is: strings (a colon or a run of spaces in one is text) and url(…).
// Comments are matched with them, so that an apostrophe in a comment starts no string.
const CSS_KEPT = /(\/\*[\s\S]*?\*\/)|'(?:\\[\s\S]|[^\\'])*'|"(?:\\[\s\S]|[^\\"])*"|\burl\([^)]*\)/g;

/** How many parentheses are open at `offset` in `code`. */
function depthAt(code, offset) {
  let depth = 0;
  for (let i = 0; i < offset; i++) depth += code[i] === '(' ? 1 : code[i] === ')' ? -1 : 0;
  return depth;
}

/** `calc(a * b / c)` → `calc(a*b/c)`: only + and - need their spaces there; outside calc(), `*` is a selector. */
function tightenCalc(code) {
  let out = '';
  let from = 0;
  for (let start = code.indexOf('calc(', from); start >= 0; start = code.indexOf('calc(', from)) {
    let depth = 0;
    let end = start + 4;
    do {
      if (code[end] === '(') depth++;
      else if (code[end] === ')') depth--;
      end++;
    } while (depth > 0 && end < code.length);
    out += code.slice(from, start) + code.slice(start, end).replace(/\s*([*/])\s*/g, '$1');
    from = end;
  }
  return out + code.slice(from);
}

function minifyCss(text, shortNames) {
  const kept = [];
  // Each kept piece waits as '' (which white space rules leave alone), and comes back in order at the end.
  const code = text.replace(CSS_KEPT, (match, comment) => {
    if (comment) return '';
    kept.push(match);
    return "''";
  });
  return (
    tightenCalc(code)
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};,>])\s*/g, '$1')
      // A colon followed by white space ends a property's name; in a selector nothing follows a colon but a name.
      .replace(/:\s+/g, ':')
      // Selector combinators and media queries need no spaces: `li + li` → `li+li`, `@media (…)` → `@media(…)`.
      // Only outside parentheses, where a + is a combinator (in calc() or min() it needs its spaces).
      .replace(/ ([+~]) /g, (match, combinator, offset, whole) => (depthAt(whole, offset) === 0 ? combinator : match))
      .replace(/@media \(/g, '@media(')
      .replace(/;}/g, '}')
      .replace(/ !important/g, '!important')
      // 0.5 is .5 wherever a number starts (a selector holds no number with a point).
      .replace(/(?<![\w.])0\.(\d)/g, '.$1')
      .replace(/--_[\w-]+/g, (name) => shortNames?.get(name) ?? name)
      .trim()
      .replace(/(=?)''(\]?)/g, (placeholder, equals, bracket) => {
        const string = kept.shift();
        const text = string.slice(1, -1);
        // An attribute selector's value that is a name needs no quotes: [aria-expanded=true].
        return equals && bracket && /^[a-zA-Z_][\w-]*$/.test(text) ? `=${text}]` : equals + string + bracket;
      })
  );
}

/** The elements that are blocks in the widget's styles: white space next to their tags shows nowhere. */
const BLOCK_TAG = /\s*(<\/?(?:div|p|ul|li|section|header|nav|h[1-6])\b[^>]*>)\s*/g;

/**
 * `texts` are one template's static parts, between its expressions: minified
 * together, since a tag may hold an expression (`<div ?hidden=${…}>`).
 * White space folds to one space, and goes next to a block's tag: there it is
 * at the start or the end of a line, or between blocks, where CSS drops it
 * (white-space: normal), but Lit would still clone it as a text node.
 * Between inline elements it shows, and stays.
 */
function minifyHtml(texts) {
  const SEPARATOR = '\u0000';
  return texts
    .join(SEPARATOR)
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/\s+/g, ' ')
    .replace(BLOCK_TAG, '$1')
    .replace(/<\/?[a-zA-Z][^>]*>/g, tightenTag)
    .split(SEPARATOR);
}

/** The HTML elements that have no end tag: their `/>` is only a space and a slash, which HTML ignores. */
const VOID_TAG = /^<(?:area|base|br|col|embed|hr|img|input|link|meta|source|track|wbr)\b/;

/**
 * No space before a tag's `>` (`<a @click=${f} >`, `</a >`), nor a void element's ` />` (`<br />` → `<br>`).
 * Only outside quotes, and never in SVG's `<path />`, which inside <svg> does close itself.
 * The slash goes with its space: after an unquoted binding, `${x}/>` would make the slash part of the value.
 */
function tightenTag(tag) {
  // An odd count of either quote: this `>` is inside an attribute's value, and the tag goes on after it.
  if ((tag.split('"').length - 1) % 2 || (tag.split("'").length - 1) % 2) return tag;
  return (
    tag
      .replace(VOID_TAG.test(tag) ? /\s*\/?>$/ : /\s+>$/, '>')
      // A static value that is one word needs no quotes (class="item" → class=item): HTML ends it at a space or >.
      .replace(/=(["'])([\w-]+)\1(?=[\s>])/g, '=$2')
  );
}

/** The index just past the end of the string or template literal that starts at `start`. */
function skipQuoted(code, start) {
  const quote = code[start];
  let i = start + 1;
  while (i < code.length) {
    const c = code[i];
    if (c === '\\') i += 2;
    else if (c === quote) return i + 1;
    else if (quote === '`' && c === '$' && code[i + 1] === '{') i = skipExpression(code, i + 2);
    else i++;
  }
  throw new Error('unterminated string in a template');
}

/** The index just past the `}` that closes the expression starting at `start`. */
function skipExpression(code, start) {
  let depth = 0;
  let i = start;
  while (i < code.length) {
    const c = code[i];
    if (c === "'" || c === '"' || c === '`') i = skipQuoted(code, i);
    else if (c === '{') {
      depth++;
      i++;
    } else if (c === '}') {
      if (depth === 0) return i + 1;
      depth--;
      i++;
    } else i++;
  }
  throw new Error('unterminated ${…} in a template');
}

/**
 * `shortNames`: private custom property → its short name (privateProperties);
 * `cssTexts`, if given, receives the text of every css`…` template, as written.
 */
export function minifyTemplates(code, shortNames, cssTexts) {
  let out = '';
  let from = 0;
  TAGGED.lastIndex = 0;
  for (let match = TAGGED.exec(code); match; match = TAGGED.exec(code)) {
    if (match.index < from) continue;
    const minifyStyles = (texts) => {
      cssTexts?.push(...texts);
      return texts.map((text) => minifyCss(text, shortNames));
    };
    const minify = match[1] === 'css' ? minifyStyles : minifyHtml;
    let i = match.index + match[0].length;
    out += code.slice(from, i);
    const texts = [''];
    const expressions = [];
    while (code[i] !== '`') {
      if (code[i] === '\\') {
        texts[texts.length - 1] += code.slice(i, i + 2);
        i += 2;
      } else if (code[i] === '$' && code[i + 1] === '{') {
        const end = skipExpression(code, i + 2);
        expressions.push(minifyTemplates(code.slice(i + 2, end - 1), shortNames, cssTexts));
        texts.push('');
        i = end;
      } else {
        texts[texts.length - 1] += code[i++];
      }
      if (i >= code.length) throw new Error('unterminated template');
    }
    const minified = minify(texts);
    out += minified.map((text, k) => (k < expressions.length ? `${text}\${${expressions[k]}}` : `${text}\``)).join('');
    from = i + 1;
    TAGGED.lastIndex = from;
  }
  return out + code.slice(from);
}

/** The Vite plugin: only for the build, only for the project's own sources. */
export function minifyTemplatesPlugin() {
  let shortNames;
  return {
    name: 'minify-templates',
    apply: 'build',
    enforce: 'pre',
    async transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id)) return null;
      // In Node only: this module is also loaded in the browser, by test/minify-templates.test.ts.
      shortNames ??= (await import('./minify-private-properties.mjs')).privateProperties();
      return { code: minifyTemplates(code, shortNames), map: null };
    },
  };
}

/**
 * The same for the test runner (@web/dev-server), before esbuild: the tests
 * render the templates as the module ships them, white space and all.
 */
export function minifyTemplatesTestPlugin() {
  let shortNames;
  return {
    name: 'minify-templates',
    async transform(context) {
      if (!/^\/src\/.*\.ts$/.test(context.path)) return undefined;
      // In Node only: this module is also loaded in the browser, by test/minify-templates.test.ts.
      shortNames ??= (await import('./minify-private-properties.mjs')).privateProperties();
      return { body: minifyTemplates(context.body, shortNames) };
    },
  };
}
