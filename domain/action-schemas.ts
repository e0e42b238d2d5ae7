import { z } from 'zod';
import * as Actions from './case-actions';

/** The zod schemas the workflow checks payloads against, as JSON Schema (input side: defaults optional). */
const sources = {
  Acknowledge: Actions.Acknowledge,
  RecordFacts: Actions.RecordFacts,
  ProposePlan: Actions.ProposePlan,
  RecordAgreement: Actions.RecordAgreement,
  Resolve: Actions.Resolve,
  Feedback: Actions.Feedback,
  WaitOnResident: Actions.WaitOnResident,
  Resume: Actions.Resume,
  Escalate: Actions.Escalate,
  Assign: Actions.Assign,
  ChangeSeverity: Actions.ChangeSeverity,
  AddNote: Actions.AddNote,
  Cancel: Actions.Cancel,
  ResidentMessage: Actions.ResidentMessage,
  ResidentEvent: Actions.ResidentEvent,
};

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
    Object.entries(sources).map(([name, schema]) => [name, strip(z.toJSONSchema(schema, { io: 'input' }))]),
  );
  return JSON.stringify(schemas, null, 2) + '\n';
}

export const actionSchemaSources = sources;
