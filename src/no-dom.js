// What `jetro-alibaba-faq` and `jetro-alibaba-faq/component` resolve to where there is no
// DOM to define an element in: in Node under the `browser` condition (edge and worker server
// bundles resolve it), and under `worker` (Cloudflare, Vercel Edge, web workers). There, Lit's
// browser build would throw `HTMLElement is not defined` on import. This module has the same
// export and defines nothing; the element is rendered on the client (see the README's
// Frameworks section). Under plain `node`, the real library loads with Lit's own Node build.

export class JetroAlibabaFaq {
  constructor() {
    throw new Error('<jetro-alibaba-faq> needs a browser: render it on the client only (see the README, Frameworks).');
  }
}
