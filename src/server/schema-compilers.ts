import { AjvCompiler } from '@fastify/ajv-compiler';
import { SerializerSelector } from '@fastify/fast-json-stringify-compiler';

/**
 * Fastify's own validator and serializer compilers, remembered by schema: a second server in
 * the same process (tests start one per file, some one per test) reuses the compiled functions
 * instead of compiling every route's schemas again, which is most of what starting a server
 * costs. A compiled function depends only on its schema, the shared schemas and the options,
 * which are all in the key.
 */
type ValidatorFactory = ReturnType<typeof AjvCompiler>;
type SerializerFactory = ReturnType<typeof SerializerSelector>;

function remembered<Route extends { schema?: unknown }, Compiled>(
  compile: (route: Route) => Compiled,
  keyOf: (route: Route) => string,
  cache: Map<string, Compiled>,
): (route: Route) => Compiled {
  return (route) => {
    const key = keyOf(route);
    let compiled = cache.get(key);
    if (compiled === undefined) {
      compiled = compile(route);
      cache.set(key, compiled);
    }
    return compiled;
  };
}

const validatorPool = AjvCompiler();
type Validator = ReturnType<ReturnType<ValidatorFactory>>;
/** What Fastify passes a validator compiler (ajv-compiler's types call it the schema alone). */
type ValidatedPart = { schema?: unknown; httpPart?: string };
const validators = new Map<string, Map<string, Validator>>();

const buildValidator = ((
  externalSchemas: Parameters<ValidatorFactory>[0],
  options: Parameters<ValidatorFactory>[1],
) => {
  // The pool keeps one Ajv per set of shared schemas and options, under the same key.
  const poolKey = `${JSON.stringify(externalSchemas)}${JSON.stringify(options)}`;
  let cache = validators.get(poolKey);
  if (!cache) {
    cache = new Map();
    validators.set(poolKey, cache);
  }
  return remembered(
    validatorPool(externalSchemas, options) as unknown as (route: ValidatedPart) => Validator,
    (route) => `${route.httpPart}\0${JSON.stringify(route.schema)}`,
    cache,
  );
}) as unknown as ValidatorFactory;

const serializerFactory = SerializerSelector();
type Serializer = ReturnType<ReturnType<SerializerFactory>>;
const serializers = new Map<string, Map<string, Serializer>>();

const buildSerializer: SerializerFactory = (externalSchemas, options) => {
  const poolKey = `${JSON.stringify(externalSchemas)}${JSON.stringify(options)}`;
  let cache = serializers.get(poolKey);
  if (!cache) {
    cache = new Map();
    serializers.set(poolKey, cache);
  }
  return remembered(
    serializerFactory(externalSchemas, options),
    (route) => JSON.stringify(route.schema),
    cache,
  );
};

export const schemaCompilers = { buildValidator, buildSerializer };
