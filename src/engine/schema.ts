/**
 * zod for the engine's schemas, set never to generate code: the pane's
 * Content-Security-Policy forbids eval, and zod's probe for it (`new Function`)
 * would be reported as a violation when the first object schema is built. Every
 * schema module imports `z` from here, so the setting comes before any schema.
 * A schema that is not needed on every run is built by `lazy` on first use.
 */
import { z } from "zod";

z.config({ jitless: true });

export { z };

/** A value built on first use and kept: a schema that costs nothing until it is needed. */
export function lazy<T>(build: () => T): () => T {
  let built: T | undefined;
  let done = false;
  return () => {
    if (!done) {
      built = build();
      done = true;
    }
    return built as T;
  };
}
