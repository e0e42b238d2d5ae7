/**
 * Checks a staff action or resident event against its JSON Schema, by the name of the update or signal
 * that carries it. The schemas are generated from the zod schemas in case-actions.ts (`npm run
 * generate:action-schemas`; a test fails when the file is stale), and the checked value has the type of
 * the zod schema's output. The workflow uses this instead of zod because a workflow's modules are evaluated
 * once per cached workflow: zod there cost about 2 MiB and many milliseconds for every open case. Covers the
 * subset the generated schemas use: objects (properties, required; unknown keys dropped), strings (trimmed,
 * like zod's `.trim()`; minLength, maxLength, enum, pattern), booleans, arrays of strings (maxItems), and
 * defaults.
 */
import type { Payload, PayloadName } from './case-actions';
import schemas from './action-schemas.json';

interface JsonSchema {
  type?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: string[];
  minLength?: number;
  maxLength?: number;
  maxItems?: number;
  pattern?: string;
  default?: unknown;
}

export type CheckResult<T> = { ok: true; value: T } | { ok: false; problems: string[] };

/** The schemas by payload name; test/payload-check.test.ts keeps the file in step with the zod schemas. */
const byName: Record<PayloadName, JsonSchema> = schemas;

/** Checks a payload against the schema its name gives; the value's type is that schema's output. */
export function checkPayload<N extends PayloadName>(name: N, value: unknown): CheckResult<Payload<N>> {
  const problems: string[] = [];
  const result = check(byName[name], value, 'input', problems);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: result as Payload<N> };
}

function check(schema: JsonSchema, value: unknown, path: string, problems: string[]): unknown {
  switch (schema.type) {
    case 'object': {
      if (typeof value !== 'object' || value === null || Array.isArray(value))
        return void problems.push(`${path}: expected an object`);
      const input = value as Record<string, unknown>;
      const out: Record<string, unknown> = {};
      for (const [key, property] of Object.entries(schema.properties ?? {})) {
        const at = path === 'input' ? key : `${path}.${key}`;
        if (input[key] === undefined) {
          // Defaults are JSON; a copy by JSON because the workflow sandbox has no structuredClone.
          if (property.default !== undefined) out[key] = JSON.parse(JSON.stringify(property.default));
          else if (schema.required?.includes(key)) problems.push(`${at}: required`);
          continue;
        }
        out[key] = check(property, input[key], at, problems);
      }
      return out;
    }
    case 'string': {
      if (typeof value !== 'string') return void problems.push(`${path}: expected a string`);
      const text = value.trim();
      if (schema.enum && !schema.enum.includes(text))
        problems.push(`${path}: must be one of ${schema.enum.join(', ')}`);
      if (schema.minLength !== undefined && text.length < schema.minLength) problems.push(`${path}: must not be empty`);
      if (schema.maxLength !== undefined && text.length > schema.maxLength)
        problems.push(`${path}: must be at most ${schema.maxLength} characters`);
      if (schema.pattern !== undefined && !new RegExp(schema.pattern).test(text))
        problems.push(`${path}: has the wrong format`);
      return text;
    }
    case 'boolean':
      if (typeof value !== 'boolean') problems.push(`${path}: expected true or false`);
      return value;
    case 'array': {
      if (!Array.isArray(value)) return void problems.push(`${path}: expected a list`);
      if (schema.maxItems !== undefined && value.length > schema.maxItems)
        problems.push(`${path}: at most ${schema.maxItems} items`);
      return value.map((item, i) => check(schema.items ?? {}, item, `${path}[${i}]`, problems));
    }
    default:
      return value;
  }
}
