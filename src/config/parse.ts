import { isScalar, LineCounter, parseDocument, visit } from 'yaml';
import { DomainError } from '../domain/errors.ts';
import type { WorkspaceSpec } from './spec.ts';
import { type Locate, validateSpec } from './validate.ts';

const nullish = /^(~|null|Null|NULL|)$/;

/** Deeper than any spec nests; a deeper one is refused before any walk over it can overflow the stack. */
const maxSpecDepth = 32;

/** A left-out field and a null one mean the same: the field's default. */
function withoutNulls(value: unknown, depth = 0): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (depth >= maxSpecDepth)
    throw new DomainError('validation', `the spec is nested deeper than ${maxSpecDepth} levels`);
  if (Array.isArray(value)) return value.map((item) => withoutNulls(item, depth + 1));
  const entries = Object.entries(value).filter(([, item]) => item !== null && item !== undefined);
  return Object.fromEntries(entries.map(([key, item]) => [key, withoutNulls(item, depth + 1)]));
}

/** A spec from a JSON body: nulls dropped, then validated. */
export function specFromJson(value: unknown): WorkspaceSpec {
  return validateSpec(withoutNulls(value));
}

/**
 * Parses a YAML spec and validates it; errors name the path and the line. Scalars are read
 * as text (YAML's failsafe schema) and typed by the spec's schema afterwards, so that
 * +34600111222 stays a phone number and extension 0101 keeps its zero.
 */
/**
 * The line of a field the server named (users[2].mobile) in the YAML text, for errors found
 * only when the plan is checked against the workspace: the server reads JSON paths, the
 * person reads their file.
 */
export function lineOfField(text: string, field: string): number | undefined {
  const path = [...field.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((match) =>
    match[2] === undefined ? match[1]! : Number(match[2]),
  );
  if (path.length === 0) return undefined;
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { schema: 'failsafe', lineCounter });
  for (let end = path.length; end > 0; end--) {
    const node = doc.getIn(path.slice(0, end), true) as { range?: number[] } | undefined;
    const start = node && typeof node === 'object' ? node.range?.[0] : undefined;
    if (start !== undefined) return lineCounter.linePos(start).line;
  }
  return undefined;
}

export function parseSpecYaml(text: string): WorkspaceSpec {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { schema: 'failsafe', lineCounter, prettyErrors: true, uniqueKeys: true });
  const [error] = doc.errors;
  if (error) {
    const line = error.linePos?.[0].line;
    const message = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    throw new DomainError('validation', `YAML syntax${line ? ` (line ${line})` : ''}: ${message}`);
  }
  visit(doc, {
    Scalar(_key, node) {
      if (node.type === 'PLAIN' && typeof node.value === 'string' && nullish.test(node.value))
        node.value = null;
    },
  });
  const locate: Locate = (path) => {
    for (let end = path.length; end > 0; end--) {
      const node = doc.getIn(path.slice(0, end), true);
      const start =
        isScalar(node) || (node && typeof node === 'object' && 'range' in node)
          ? (node as { range?: number[] }).range?.[0]
          : undefined;
      if (start !== undefined) return lineCounter.linePos(start).line;
    }
    return undefined;
  };
  return validateSpec(withoutNulls(doc.toJS()), locate);
}
