/** What the editor hands out besides the files: the code a host page embeds. */

const ATTRIBUTE_ESCAPES: Record<string, string> = { '&': '&amp;', '"': '&quot;', '<': '&lt;' };

/**
 * The script tag and the element that loads the content from `jsonUrl` (the downloaded faq.json, hosted),
 * with `fallback` (the same edit's fallback HTML) inside it, as the README's "Embedding" writes it: the tags
 * close up to it, so that a CMS that turns line breaks into <p> and <br> (wpautop, Markdown) adds none
 * inside the element. A placeholder to replace by hand would be shown as text where a host strips comments.
 */
export function embedSnippet(jsonUrl: string, fallback: string): string {
  const src = jsonUrl.trim().replace(/[&"<]/g, (c) => ATTRIBUTE_ESCAPES[c]) || 'faq.json';
  return `<script type="module" src="https://example.jetro.go.jp/assets/jetro-alibaba-faq.js"
        integrity="sha384-…（npm run build が表示）" crossorigin="anonymous"></script>

<jetro-alibaba-faq src="${src}"
  >${fallback.trimEnd()}</jetro-alibaba-faq
>`;
}

/** Hands `text` to the browser as a file to save. */
export function download(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers start reading the file after click() returns: give them time before letting it go.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
