/**
 * The demo's options panel: each control sets an attribute or a custom
 * property of the widget, and the embed snippet follows. Text only: the
 * snippet is written with textContent.
 */
import type { JetroAlibabaFaq } from '../src/jetro-alibaba-faq.js';

const faq = document.querySelector<JetroAlibabaFaq>('#faq')!;
const form = document.querySelector<HTMLFormElement>('#options')!;
const snippet = document.querySelector<HTMLElement>('#snippet')!;
const log = document.querySelector<HTMLOListElement>('#event-log')!;

/** Attributes whose default needs no mention in the snippet. */
const DEFAULTS: Record<string, string> = { 'heading-level': '2', 'color-scheme': 'auto', lang: '', 'anchor-prefix': '', 'contact-url': '' };

function apply(): void {
  const attributes: string[] = [];
  const properties: string[] = [];
  for (const control of form.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[name]')) {
    const { name } = control;
    const value = control.value.trim();
    if (name.startsWith('--')) {
      const unit = control.dataset.unit ?? '';
      const initial = (control as HTMLInputElement).defaultValue ?? '';
      if (value && value !== initial) {
        faq.style.setProperty(name, value + unit);
        properties.push(`  ${name}: ${value}${unit};`);
      } else faq.style.removeProperty(name);
      continue;
    }
    if (value && value !== DEFAULTS[name]) {
      faq.setAttribute(name, value);
      attributes.push(` ${name}="${value.replace(/"/g, '&quot;')}"`);
    } else faq.removeAttribute(name);
  }
  const style = properties.length ? `\n\n<style>\n jetro-alibaba-faq {\n${properties.join('\n')}\n }\n</style>` : '';
  snippet.textContent = `<script type="module" src="https://example.jetro.go.jp/assets/jetro-alibaba-faq.js"
        integrity="sha384-…（npm run build が表示）" crossorigin="anonymous"></script>

<jetro-alibaba-faq${attributes.join('')}>（dist/jetro-alibaba-faq.fallback.html の 1 行をここに / the one line of the fallback HTML here）</jetro-alibaba-faq>${style}`;
}

form.addEventListener('input', apply);
form.addEventListener('change', apply);
form.addEventListener('reset', () => setTimeout(apply));
apply();

document.querySelector('#copy-snippet')!.addEventListener('click', () => {
  const status = document.querySelector('#snippet-status')!;
  navigator.clipboard.writeText(snippet.textContent ?? '').then(
    () => (status.textContent = 'コピーしました'),
    () => (status.textContent = 'コピーできませんでした。コードを選択してコピーしてください。'),
  );
});

/** The last few events of the main widget, as a host page's analytics would see them. */
for (const type of ['jetro-faq-toggle', 'jetro-faq-search', 'jetro-faq-error', 'jetro-faq-load'] as const) {
  faq.addEventListener(type, (event) => {
    const item = document.createElement('li');
    item.textContent = `${type} ${JSON.stringify(event.detail)}`;
    log.prepend(item);
    while (log.children.length > 6) log.lastElementChild!.remove();
  });
}
