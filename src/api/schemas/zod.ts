import * as z from 'zod/mini';

/**
 * The API layer's zod: `zod/mini`, whose functions tree-shake (classic `zod` is ~24 kB gzip on
 * every page; only the lazily loaded forms use it). Mini loads no locale, so its messages would
 * all be "Invalid input": English is registered here as classic zod does it (only when no locale
 * was configured), so parse errors keep saying what was wrong ("expected number, received
 * string"). Every src/api module takes `z` from here, so the locale is in place before any parse.
 */
if (!z.config().localeError) z.config(z.locales.en());

export { z };
