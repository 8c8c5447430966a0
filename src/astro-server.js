// What `jetro-alibaba-faq` and `jetro-alibaba-faq/component` resolve to on Astro's server
// (Astro adds the `astro` condition; `node` is its server's). An import in a page's
// frontmatter runs only there, so the page would build and show an empty tag: the element
// would never reach the browser. Failing the build says what to do instead.
throw new Error(
  "jetro-alibaba-faq: imported in Astro's server code (a page's frontmatter, or a component rendered on the server), " +
    "where the element can never load. Import 'jetro-alibaba-faq' in a <script> of the page, and put the fallback in the tag: " +
    "<jetro-alibaba-faq set:html={fallbackHtml} />, fallbackHtml from 'jetro-alibaba-faq/fallback' (README, Frameworks, Astro).",
);
