// What `jetro-alibaba-faq` and `jetro-alibaba-faq/component` resolve to in a React Server
// Component (Next.js resolves the `react-server` condition there). A server component never
// runs in the browser, so an import there would build and then render an empty tag: the
// element would never load. Failing the build says what to do instead.
throw new Error(
  'jetro-alibaba-faq: imported in a React Server Component, where the element can never load. ' +
    "Import 'jetro-alibaba-faq' in a file that starts with 'use client', and render the tag there with its fallback: " +
    "dangerouslySetInnerHTML={{ __html: fallbackHtml }}, fallbackHtml from 'jetro-alibaba-faq/fallback' (README, Frameworks, Next.js).",
);
