// eslint-disable-next-line no-restricted-imports -- the one module that imports zod/mini
import * as z from 'zod/mini';

/**
 * Flowdesk's zod: `zod/mini`, whose functions tree-shake. Every module in src/ (the API layer's
 * schemas and the forms' schemas alike) takes `z` from here, never classic `zod`: classic does
 * not tree-shake, and since zod's core modules go into one chunk shared with the API layer, a
 * single classic import anywhere puts what classic needs from the core on every page (~8 kB gzip).
 * Mini loads no locale, so its messages would all be "Invalid input": English is registered here
 * as classic zod does it (only when no locale was configured), so parse errors and the forms'
 * default messages keep saying what was wrong ("expected number, received string"). Taking `z`
 * from this module puts the locale in place before any parse.
 */
if (!z.config().localeError) z.config(z.locales.en());

export { z };
