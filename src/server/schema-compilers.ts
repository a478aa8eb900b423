import { AjvCompiler } from '@fastify/ajv-compiler';
import { SerializerSelector } from '@fastify/fast-json-stringify-compiler';

/**
 * Fastify's own validator and serializer compilers, with two changes that make starting a
 * server cheap (issue 16 goal 3: compiling every route's schemas was a third of a start):
 *
 * - **Remembered by schema:** a second server in the same process (tests start one per file)
 *   reuses the compiled functions. A compiled function depends only on its schema, the shared
 *   schemas and the options, which are all in the key.
 * - **Compiled when first used:** a route's validator or serializer is compiled on its first
 *   request, or before that by `warmUpSchemas()`, which a server calls once it is listening
 *   so that the compiling happens in the first idle moments instead of before the first
 *   answer (and a bad schema still shows up within seconds of a start, not days later).
 */
type ValidatorFactory = ReturnType<typeof AjvCompiler>;
type SerializerFactory = ReturnType<typeof SerializerSelector>;

/** Compilations not done yet, oldest first. */
const pending = new Set<() => unknown>();

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

/** `compile` runs once, on the first call of the function returned, or when warming up. */
function onFirstUse<F extends (...args: never[]) => unknown>(compile: () => F): () => F {
  let compiled: F | undefined;
  const get = () => {
    if (compiled === undefined) {
      pending.delete(get);
      compiled = compile();
    }
    return compiled;
  };
  pending.add(get);
  return get;
}

type AjvValidator = ((data: unknown) => unknown) & { errors?: unknown };

/** A validator that compiles on its first call; Fastify reads `errors` from the function it called. */
function lazyValidator(compile: () => AjvValidator): AjvValidator {
  const get = onFirstUse(compile);
  const validate: AjvValidator = (data) => {
    const compiled = get();
    const valid = compiled(data);
    validate.errors = compiled.errors;
    return valid;
  };
  return validate;
}

const validatorPool = AjvCompiler();
type Validator = ReturnType<ReturnType<ValidatorFactory>>;
/** What Fastify passes a validator compiler (ajv-compiler's types call it the schema alone). */
type ValidatedPart = { schema?: unknown; httpPart?: string };
const validators = new Map<string, Map<string, Validator>>();

/** A number for each shared schema and options object: what a pool's key is made of. */
const objectIds = new WeakMap<object, number>();
const optionKeys = new WeakMap<object, string>();
let nextId = 0;
const idOf = (object: object): number => {
  const known = objectIds.get(object);
  if (known !== undefined) return known;
  objectIds.set(object, nextId);
  return nextId++;
};

/**
 * Which shared schemas and options a route is compiled with. Fastify asks for a validator
 * compiler once per route with a fresh copy of the same shared schemas: keyed by the schemas'
 * identity (they are module constants, the same objects in every server of a process), not by
 * their JSON, which for the history entries' union is large.
 */
function poolKeyOf(externalSchemas: object, options: object): string {
  let optionsKey = optionKeys.get(options);
  if (optionsKey === undefined) {
    optionsKey = JSON.stringify(options);
    optionKeys.set(options, optionsKey);
  }
  return `${Object.values(externalSchemas).map(idOf).join(',')}\0${optionsKey}`;
}

const buildValidator = ((
  externalSchemas: Parameters<ValidatorFactory>[0],
  options: Parameters<ValidatorFactory>[1],
) => {
  const poolKey = poolKeyOf(externalSchemas as object, options as object);
  let cache = validators.get(poolKey);
  if (!cache) {
    cache = new Map();
    validators.set(poolKey, cache);
  }
  // The pool makes one Ajv per set of shared schemas and options, compiling its meta-schema and
  // checking the shared schemas against it: not before a route's validator is first compiled,
  // so a server answers its first requests (a probe's /readyz) without (issue 16 goal 3).
  let compile: ((route: ValidatedPart) => Validator) | undefined;
  const compiler = () => {
    compile ??= validatorPool(externalSchemas, options) as unknown as (route: ValidatedPart) => Validator;
    return compile;
  };
  return remembered(
    (route: ValidatedPart) =>
      lazyValidator(() => compiler()(route) as unknown as AjvValidator) as unknown as Validator,
    (route) => `${route.httpPart}\0${JSON.stringify(route.schema)}`,
    cache,
  );
}) as unknown as ValidatorFactory;

/**
 * A schema marked `x-serialize: json` is written with JSON.stringify instead of a compiled
 * serializer: fast-json-stringify tells a union's members apart by validating each in turn,
 * which for a history page (a hundred entries, over a hundred entry types) cost a hundred
 * times JSON.stringify. What carries the mark is built to its schema by construction (a
 * history's entries: src/api/history.ts), so nothing is left to strip.
 */
function markedAsJson(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(markedAsJson);
  if (schema === null || typeof schema !== 'object') return schema;
  const { $id } = schema as { $id?: unknown };
  // A shared schema keeps its id, so that the routes' references to it still resolve.
  if ((schema as Record<string, unknown>)['x-serialize'] === 'json') return $id === undefined ? {} : { $id };
  return Object.fromEntries(Object.entries(schema).map(([key, value]) => [key, markedAsJson(value)]));
}

const serializerFactory = SerializerSelector();
type Serializer = ReturnType<ReturnType<SerializerFactory>>;
type SerializedRoute = Parameters<ReturnType<SerializerFactory>>[0];
const serializers = new Map<string, Map<string, Serializer>>();

const buildSerializer: SerializerFactory = (externalSchemas, options) => {
  const poolKey = poolKeyOf(externalSchemas as object, (options ?? {}) as object);
  let cache = serializers.get(poolKey);
  if (!cache) {
    cache = new Map();
    serializers.set(poolKey, cache);
  }
  let compile: ReturnType<SerializerFactory> | undefined;
  const compiler = () => {
    compile ??= serializerFactory(markedAsJson(externalSchemas) as Parameters<SerializerFactory>[0], options);
    return compile;
  };
  return remembered(
    (route: SerializedRoute) => {
      const get = onFirstUse(() =>
        compiler()({ ...route, schema: markedAsJson(route.schema) } as SerializedRoute),
      );
      return ((data: unknown) => get()(data)) as Serializer;
    },
    (route) => JSON.stringify(route.schema),
    cache,
  );
};

export const schemaCompilers = { buildValidator, buildSerializer };

/**
 * Compiles what no request has needed yet, a few schemas per turn of the event loop so that
 * requests arriving meanwhile are not held up. Resolves when none is left.
 */
export async function warmUpSchemas(perTurn = 8, after = 300): Promise<void> {
  // Not before the first requests after listening (a probe's /readyz, a console's first page)
  // have been answered: they would wait behind the batches (issue 16 goal 3).
  await new Promise((resolve) => setTimeout(resolve, after).unref());
  while (pending.size > 0) {
    let done = 0;
    for (const compile of pending) {
      compile();
      done += 1;
      if (done === perTurn) break;
    }
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/** How many compilations are still waiting (for tests and benches). */
export const pendingSchemas = () => pending.size;
