/**
 * The routes' validators and serializers compiled at build time, by key (schema-compilers.ts),
 * each made when first asked for. None here: this module is what runs from source; the bundle
 * gets the generated one in its place (scripts/bundle.mjs, from schema-sources.ts).
 */
export const precompiledSchemas: ReadonlyMap<string, () => unknown> | undefined = undefined;
