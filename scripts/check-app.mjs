// The checks of scripts/framework-apps.mjs on one running app, as a reader's browser meets it:
// 1. with JavaScript off, the server's HTML holds the 12 questions and the contact block;
// 2. with it on, at #q7: the element upgrades, with the app's props (heading level 3, the
//    search label the recipe sets), Q7 open; a click on Q1 reaches the app's handler, which
//    renders "q1 true" into an <output>; no console error and no hydration warning.
// `faq` is dist/faq.json of the packed package: the questions and contact as the build wrote them.
export const SEARCH_LABEL = 'FAQ を検索';

export async function checkApp(browser, url, faq) {
  const problems = [];
  const noJs = await browser.newContext({ javaScriptEnabled: false });
  const page = await noJs.newPage();
  await page.goto(url);
  const text = await page.evaluate(() => document.body.innerText.replace(/\s+/g, ''));
  const squash = (s) => s.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/\s+/g, '');
  const missing = faq.items.filter((item) => !text.includes(squash(item.question))).map((item) => `Q${item.number}`);
  if (missing.length) problems.push(`without JavaScript, the server HTML lacks ${missing.length} of 12 questions: ${missing.join(' ')}`);
  for (const line of faq.contact.body.split('\n'))
    if (!text.includes(squash(line))) problems.push(`without JavaScript, the contact block lacks "${line}"`);
  await noJs.close();

  const context = await browser.newContext();
  // The browser asks for /favicon.ico by itself, when it likes; the apps have no icon, and that 404 is no error of theirs.
  await context.route('**/favicon.ico', (route) => route.fulfill({ status: 204 }));
  const live = await context.newPage();
  const errors = [];
  live.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  live.on('console', (message) => {
    if (message.type() === 'error' || /hydrat/i.test(message.text()))
      errors.push(`console ${message.type()}: ${message.text()} (${message.location().url})`);
  });
  await live.goto(`${url}#q7`);
  try {
    await live.waitForFunction(
      () => document.querySelector('jetro-alibaba-faq')?.shadowRoot?.querySelectorAll('button.question').length === 12,
      null,
      {
        timeout: 15_000,
      },
    );
  } catch {
    problems.push('the element did not upgrade to 12 questions', ...errors);
    await context.close();
    return problems;
  }
  const seen = await live.evaluate(() => {
    const root = document.querySelector('jetro-alibaba-faq')?.shadowRoot;
    return {
      title: root?.getElementById('_title')?.tagName,
      label: root?.querySelector('label')?.textContent?.trim(),
      q7: root?.getElementById('q7')?.getAttribute('aria-expanded'),
      elements: document.querySelectorAll('jetro-alibaba-faq').length,
    };
  });
  if (seen.elements !== 1) problems.push(`the page has ${seen.elements} <jetro-alibaba-faq> elements`);
  if (seen.title !== 'H3') problems.push(`heading-level="3" did not reach the element: its title is ${seen.title}`);
  if (seen.label !== SEARCH_LABEL) problems.push(`the strings prop did not reach the element: the search label is "${seen.label}"`);
  if (seen.q7 !== 'true') problems.push('#q7 on load did not open Q7');
  await live.locator('jetro-alibaba-faq button.question').first().click({ timeout: 10_000 });
  try {
    await live.waitForFunction(() => document.querySelector('output')?.textContent === 'q1 true', null, { timeout: 10_000 });
  } catch {
    problems.push(`the app's jetro-faq-toggle handler did not render "q1 true" (the <output> says "${await live.locator('output').textContent()}")`);
  }
  problems.push(...errors);
  await context.close();
  return problems;
}
