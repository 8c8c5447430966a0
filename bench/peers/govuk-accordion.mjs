// What a host bundles to use GOV.UK Frontend's accordion alone: the component,
// started on every accordion of the page, as GOV.UK's docs advise
// ("import only the JavaScript you need"). The benchmark bundles it with Vite.
import { Accordion, createAll } from 'govuk-frontend';

createAll(Accordion);
