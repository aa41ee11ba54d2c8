/**
 * The version of the JSON document `lkjip periksa --format json` prints, apart
 * from the schemas (output-schema) so that printing it builds none of them.
 */

/** The version of the JSON document; raised when a field changes meaning or goes. */
export const SCHEMA_VERSION = 1;
