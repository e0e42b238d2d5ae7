import { z } from 'zod';
import { payloadSchemas } from './case-actions';

/** The zod schemas the workflow checks payloads against, as JSON Schema (input side: defaults optional). */
function strip(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(strip);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => key !== '$schema' && key !== 'description')
        .map(([key, inner]) => [key, strip(inner)]),
    );
  }
  return value;
}

export function actionSchemasJson(): string {
  const schemas = Object.fromEntries(
    Object.entries(payloadSchemas).map(([name, schema]) => [name, strip(z.toJSONSchema(schema, { io: 'input' }))]),
  );
  return JSON.stringify(schemas, null, 2) + '\n';
}
