/**
 * `hidden=${untilFound(closed)}`: hidden="until-found" while `closed`, no
 * attribute otherwise. The browser's find-in-page can then search a closed
 * answer and open it (it fires `beforematch`); engines without it hide the
 * answer as plain `hidden` does. A plain function, not a directive: a directive
 * class costs bytes. It is typed as a directive's result because lit-analyzer
 * takes `hidden` for a boolean attribute and does not check directives.
 */
import { nothing } from 'lit';
import type { DirectiveResult } from 'lit/directive.js';

export const untilFound = (closed: boolean) => (closed ? 'until-found' : nothing) as unknown as DirectiveResult;
