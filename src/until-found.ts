/**
 * `hidden=${untilFound(closed)}`: hidden="until-found" while `closed`, no
 * attribute otherwise. The browser's find-in-page can then search a closed
 * answer and open it (it fires `beforematch`); engines without it hide the
 * answer as plain `hidden` does. A directive, because the value is a string
 * for an attribute that tools take for a boolean.
 */
import { nothing } from 'lit';
import { Directive, directive } from 'lit/directive.js';

class UntilFound extends Directive {
  render(closed: boolean) {
    return closed ? 'until-found' : nothing;
  }
}

export const untilFound = directive(UntilFound);
