import { createHash } from 'node:crypto';
import { AjvCompiler } from '@fastify/ajv-compiler';
import { SerializerSelector } from '@fastify/fast-json-stringify-compiler';
import { precompiledSchemas } from './precompiled-schemas.ts';

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
 * - **Compiled at build time, in the bundle:** `npm run build` generates every route's code
 *   (schema-sources.ts) into the bundle (precompiled-schemas.ts), found here by what it was
 *   compiled from. Compiling them was two thirds of a bundled node's start CPU (1.45 of 2.2 s,
 *   session 13); a route none was generated for is compiled as above.
 */
type ValidatorFactory = ReturnType<typeof AjvCompiler>;
type SerializerFactory = ReturnType<typeof SerializerSelector>;

/** Compilations not done yet, oldest first. */
const pending = new Set<() => unknown>();

function remembered<Route extends { schema?: unknown }, Compiled>(
  compile: (route: Route, key: string) => Compiled,
  keyOf: (route: Route) => string,
  cache: Map<string, Compiled>,
): (route: Route) => Compiled {
  return (route) => {
    const key = keyOf(route);
    let compiled = cache.get(key);
    if (compiled === undefined) {
      compiled = compile(route, key);
      cache.set(key, compiled);
    }
    return compiled;
  };
}

/** What a build compiles (schema-sources.ts): the compilers' inputs, as they are compiled. */
export interface SchemaCompilation {
  kind: 'validator' | 'serializer';
  /** The compiled code's key (compiledKey). */
  key: string;
  /** Compilations with the same pool share their shared schemas and options (and an Ajv). */
  pool: string;
  externalSchemas: unknown;
  options: unknown;
  route: unknown;
}

/** Every compilation asked for while a build records them (recordCompilations). */
let recorded: Map<string, SchemaCompilation> | undefined;

/** For the build: from now on, every compilation asked for is recorded in the map returned. */
export function recordCompilations(): Map<string, SchemaCompilation> {
  recorded ??= new Map();
  return recorded;
}

/** A shared schema's content, hashed once per object (each server has its own copies). */
const contentHashes = new WeakMap<object, string>();
const contentHashOf = (schema: object): string => {
  let hash = contentHashes.get(schema);
  if (hash === undefined) {
    hash = createHash('sha256').update(JSON.stringify(schema)).digest('base64url');
    contentHashes.set(schema, hash);
  }
  return hash;
};

/**
 * The key of a compiled function: everything it was compiled from (its pool: the shared schemas
 * by content and the options; the route's part and schema), so that a precompiled function is
 * used only for exactly what it was generated from, in whichever process.
 */
function compiledKey(kind: SchemaCompilation['kind'], poolKey: string, routeKey: string) {
  return createHash('sha256').update(`${kind}\0${poolKey}\0${routeKey}`).digest('base64url');
}

/**
 * The maker of the precompiled function for a compilation (run from the bundle), or undefined
 * (run from source, or a route the build did not see). Records the compilation while a build
 * records.
 */
function precompiled<F>(compilation: () => SchemaCompilation): (() => F) | undefined {
  if (precompiledSchemas === undefined && recorded === undefined) return undefined;
  const asked = compilation();
  recorded?.set(asked.key, asked);
  return precompiledSchemas?.get(asked.key) as (() => F) | undefined;
}

/** `make` runs once, on the first call of the function returned (not warmed up: it is cheap). */
function madeWhenFirstUsed<F>(make: () => F): () => F {
  let made: F | undefined;
  return () => {
    made ??= make();
    return made;
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
  return validatorOf(onFirstUse(compile));
}

/** Validates with the function `get` returns, and shows its errors as its own. */
function validatorOf(get: () => AjvValidator): AjvValidator {
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

/** The options' JSON, once per options object. */
const optionKeys = new WeakMap<object, string>();

/**
 * Which shared schemas and options a route is compiled with: the shared schemas by content.
 * Fastify copies them into each server (`addSchema` clones), so keyed by identity a second
 * server in the process compiled every schema again, and each test file's server did (3,380
 * compilations left after 20 servers, session 14). Each copy is hashed once (two a server).
 */
function poolKeyOf(externalSchemas: object, options: object): string {
  let optionsKey = optionKeys.get(options);
  if (optionsKey === undefined) {
    optionsKey = JSON.stringify(options);
    optionKeys.set(options, optionsKey);
  }
  const shared = Object.entries(externalSchemas).map(
    ([id, schema]) => `${id}=${contentHashOf(schema as object)}`,
  );
  return `${shared.join(',')}\0${optionsKey}`;
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
    (route: ValidatedPart, key) => {
      const make = precompiled<AjvValidator>(() => ({
        kind: 'validator',
        key: compiledKey('validator', poolKey, key),
        pool: poolKey,
        externalSchemas,
        options,
        route,
      }));
      if (make !== undefined) return validatorOf(madeWhenFirstUsed(make)) as unknown as Validator;
      return lazyValidator(() => compiler()(route) as unknown as AjvValidator) as unknown as Validator;
    },
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
type SerializedCompiler = ReturnType<SerializerFactory>;
type SerializedRoute = Parameters<SerializedCompiler>[0];
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
    (route: SerializedRoute, key) => {
      const make = precompiled<ReturnType<SerializedCompiler>>(() => ({
        kind: 'serializer',
        key: compiledKey('serializer', poolKey, key),
        pool: poolKey,
        externalSchemas: markedAsJson(externalSchemas),
        options,
        route: { ...route, schema: markedAsJson(route.schema) },
      }));
      const get =
        make === undefined
          ? onFirstUse(() => compiler()({ ...route, schema: markedAsJson(route.schema) } as SerializedRoute))
          : madeWhenFirstUsed(make);
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
