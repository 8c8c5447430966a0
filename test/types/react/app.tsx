// Type test of `jetro-alibaba-faq/react` (scripts/type-tests.mjs): this file must compile under
// --strict, as an app written from the README would. Each `@ts-expect-error` line must fail to
// compile; if one stops failing, tsc reports its directive as unused and the test fails.
// (TypeScript exempts undeclared attribute names with a hyphen from JSX checks, so a misspelt
// kebab-case attribute cannot be caught in React: the misspelling tested is a property's.)
import { useState } from 'react';
import type { FaqToggleDetail, JetroAlibabaFaq } from 'jetro-alibaba-faq';
import type {} from 'jetro-alibaba-faq/react';

export function Faq() {
  const [last, setLast] = useState('');
  return (
    <>
      <jetro-alibaba-faq
        heading-level="3"
        contact-url="https://www.jetro.go.jp/form/"
        anchor-prefix="alibaba-"
        color-scheme="dark"
        structured-data
        lang="en"
        headingLevel={3}
        strings={{ searchLabel: '検索' }}
        data={{ items: [] }}
        onjetro-faq-toggle={(e) => {
          const detail: FaqToggleDetail = e.detail;
          setLast(`${detail.id} ${detail.open} ${detail.source}`);
        }}
        onjetro-faq-search={(e) => setLast(`${e.detail.query} ${e.detail.count}`)}
        onjetro-faq-error={(e) => setLast(`${e.detail.path} ${e.detail.code}`)}
        onjetro-faq-load={(e) => setLast(e.detail.source)}
        ref={(el: JetroAlibabaFaq | null) => el?.show('q1')}
        className="faq"
      >
        <a href="https://www.jetro.go.jp/">よくあるご質問</a>
      </jetro-alibaba-faq>
      <p>{last}</p>

      {/* A misspelt property. */}
      {/* @ts-expect-error headingLevl is not a property of <jetro-alibaba-faq> */}
      <jetro-alibaba-faq headingLevl={3} />
      {/* heading-level takes a number or its text. */}
      {/* @ts-expect-error "three" is not a heading level */}
      <jetro-alibaba-faq heading-level="three" />
      {/* @ts-expect-error the headingLevel property is a number, not a string */}
      <jetro-alibaba-faq headingLevel="3" />
      {/* @ts-expect-error color-scheme is light, dark or auto */}
      <jetro-alibaba-faq color-scheme="dim" />
      {/* @ts-expect-error the toggle event's detail has no `nope` */}
      <jetro-alibaba-faq onjetro-faq-toggle={(e) => setLast(e.detail.nope)} />
    </>
  );
}
