/**
 * The FAQ that ships inside the module: `data/faq.yaml`, which the build has
 * already validated (vite.config.ts) and turns into a plain object here.
 */
import document from '../../data/faq.yaml';
import { parseFaqDocument } from './parse.js';

export const bundledContent = parseFaqDocument(document);
