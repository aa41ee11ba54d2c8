/**
 * zod for the engine's schemas, set never to generate code: the pane's
 * Content-Security-Policy forbids eval, and zod's probe for it (`new Function`)
 * would be reported as a violation when the first object schema is built. Every
 * schema module imports `z` from here, so the setting comes before any schema.
 */
import { z } from "zod";

z.config({ jitless: true });

export { z };
