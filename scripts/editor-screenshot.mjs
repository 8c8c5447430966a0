// The README's screenshot of the editor page (docs/editor.png): the built
// page (`npx vite build --mode demo` first), served from dist-demo/ as any
// static server would, with Q10's answer changed and opened in the preview.
// Run: node scripts/editor-screenshot.mjs; then, to keep the file small,
// pngquant --quality 60-85 --strip --force --output docs/editor.png docs/editor.png
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname } from 'node:path';
import { chromium } from 'playwright-core';

const OLD = 'JETROによる採択決定及びアリババとの電子契約（クラウドサイン）締結後には、返金はいたしかねます。あらかじめご了承ください。';
const NEW = '掲載を中止された場合も、電子契約の締結後には返金はいたしかねます。あらかじめご了承ください。';
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

const server = createServer((req, res) => {
  try {
    const path = new URL(req.url, 'http://localhost').pathname;
    res.writeHead(200, { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(readFileSync(`dist-demo${path}`));
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
await page.goto(`http://127.0.0.1:${server.address().port}/demo/editor.html`);
await page.waitForSelector('.cm-content');
await page.click('.cm-content');
// Paste the whole text with the new answer, then walk down to it.
await page.keyboard.press('Control+a');
await page.keyboard.insertText(readFileSync('data/faq.yaml', 'utf8').replace(OLD, NEW));
await page.keyboard.press('Control+Home');
for (let i = 0; i < 40 && !(await page.locator('.cm-line', { hasText: NEW }).count()); i++) await page.keyboard.press('PageDown');
await page.locator('.cm-line', { hasText: NEW }).click();
await page.waitForFunction((text) => document.querySelector('#preview').shadowRoot.textContent.includes(text), NEW);
const q10 = page.locator('#preview').locator('button#q10');
await q10.click();
await q10.scrollIntoViewIfNeeded();
await page.evaluate(() => document.querySelector('h1').scrollIntoView());
await page.mouse.move(0, 0);
await page.screenshot({ path: 'docs/editor.png' });
await browser.close();
server.close();
