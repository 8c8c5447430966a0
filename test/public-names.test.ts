/**
 * Every public name of the element works, by the name the manifest gives it: on the sources, and in
 * the bundle pass on dist/jetro-alibaba-faq.js, whose build renames every property name that its
 * reserved list (scripts/reserved-names.mjs) does not keep. A name the list missed fails here.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import faqDocument from '../data/faq.yaml';
import type { JetroAlibabaFaq } from '../src/jetro-alibaba-faq.js';
import { renderFaq } from './helpers.js';

interface PublicNames {
  properties: string[];
  methods: string[];
  events: string[];
  cssParts: string[];
  cssProperties: string[];
  attributeTypes: Record<string, [property: string, type: string]>;
  /** The keys of the interface strings and of the events' details, from src/strings.ts and src/events.ts. */
  typeKeys: string[];
}

const names = () => executeServerCommand<PublicNames, undefined>('public-names');
const prop = (el: JetroAlibabaFaq, name: string) => (el as unknown as Record<string, unknown>)[name];

/** A value for an attribute of this type, other than the property's value now, and what the property then holds. */
function valueFor(type: string, now: unknown): [attribute: string, property: unknown] {
  if (type === 'boolean') return ['', true];
  if (type === 'number') return ['3', 3];
  const literals = [...type.matchAll(/'([^']*)'/g)].map((match) => match[1]).filter((literal) => literal !== now);
  // An optional string is an address (src, contact-url); the others take a word (a prefix, a language).
  const text = literals[0] ?? (type.includes('undefined') ? `${location.origin}/test/fixtures/small-faq.json` : 'x');
  return [text, text];
}

describe('the public names', () => {
  afterEach(() => document.head.querySelectorAll('script[type="application/ld+json"]').forEach((script) => script.remove()));

  it('sets each property from its attribute', async () => {
    const { attributeTypes } = await names();
    expect(Object.keys(attributeTypes).length).to.be.greaterThan(0);
    for (const [attribute, [property, type]] of Object.entries(attributeTypes)) {
      const el = await renderFaq();
      const [value, expected] = valueFor(type, prop(el, property));
      el.setAttribute(attribute, value);
      expect(prop(el, property), `${attribute} → .${property}`).to.equal(expected);
      el.remove();
    }
  });

  it('has each public property and method', async () => {
    const { properties, methods } = await names();
    const el = await renderFaq();
    for (const name of properties) expect(name in el, `.${name}`).to.equal(true);
    for (const name of methods) expect(typeof prop(el, name), `.${name}()`).to.equal('function');
    expect(methods).to.include('show');
  });

  it('sends each event with the detail keys that src/events.ts declares', async () => {
    const { events, typeKeys } = await names();
    const el = await renderFaq();
    const input = () => el.shadowRoot!.querySelector<HTMLInputElement>('input[type=search]')!;
    const triggers: Record<string, () => void> = {
      'jetro-faq-toggle': () => el.shadowRoot!.querySelector<HTMLButtonElement>('button.question')!.click(),
      'jetro-faq-search': () => {
        input().value = '会員';
        input().dispatchEvent(new InputEvent('input', { bubbles: true }));
      },
      'jetro-faq-error': () => (el.data = { title: 1 }),
      'jetro-faq-load': () => (el.data = structuredClone(faqDocument)),
    };
    for (const name of events) {
      expect(triggers, `a way to send ${name}`).to.have.property(name);
      const sent = oneEvent(el, name);
      triggers[name]();
      const { detail } = (await sent) as CustomEvent<object>;
      expect(Object.keys(detail).length, name).to.be.greaterThan(0);
      for (const key of Object.keys(detail)) expect(typeKeys, `${name}'s detail.${key}`).to.include(key);
    }
  });

  it('shows each CSS part and reads each custom property', async () => {
    const { cssParts, cssProperties } = await names();
    const el = await renderFaq();
    // A search that matches, and an open answer, show every part: the すべて開く button comes with
    // matches, an answer's copy-link button with the answer.
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[type=search]')!;
    input.value = '会員';
    input.dispatchEvent(new InputEvent('input', { bubbles: true }));
    el.shadowRoot!.querySelector<HTMLButtonElement>('button.question')!.click();
    await el.updateComplete;
    for (const part of cssParts) expect(el.shadowRoot!.querySelector(`[part~="${part}"]`), `part ${part}`).to.not.equal(null);
    const css = el
      .shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules])
      .map((rule) => rule.cssText)
      .join('\n');
    for (const name of cssProperties) expect(css, name).to.contain(`var(${name}`);
  });

  it("writes the JSON-LD with schema.org's names", async () => {
    await fixture(html`<jetro-alibaba-faq structured-data></jetro-alibaba-faq>`);
    const script = document.head.querySelector<HTMLScriptElement>('script[type="application/ld+json"]')!;
    const page = JSON.parse(script.text);
    expect(Object.keys(page).sort()).to.deep.equal(['@context', '@type', 'inLanguage', 'mainEntity', 'name']);
    expect(page['@type']).to.equal('FAQPage');
    expect(page.mainEntity).to.have.length(12);
    for (const question of page.mainEntity) {
      expect(Object.keys(question).sort()).to.deep.equal(['@type', 'acceptedAnswer', 'name']);
      expect(Object.keys(question.acceptedAnswer).sort()).to.deep.equal(['@type', 'text']);
      expect(question.acceptedAnswer.text).to.be.a('string').with.length.greaterThan(0);
    }
  });
});
