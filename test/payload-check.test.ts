import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { actionSchemaSources, actionSchemasJson } from '../domain/action-schemas';
import { checkPayload, type ActionSchemaName } from '../domain/payload-check';

/**
 * The workflow checks payloads without zod (domain/payload-check.ts) against JSON Schemas generated from
 * the zod schemas. These tests keep the two in step: the committed file is current, and both accept and
 * reject the same payloads and produce the same values.
 */
describe('zod-free payload checks', () => {
  it('the committed action-schemas.json matches the zod schemas (run `npm run generate:action-schemas`)', () => {
    expect(fs.readFileSync(path.join(__dirname, '..', 'domain', 'action-schemas.json'), 'utf8')).toBe(
      actionSchemasJson(),
    );
  });

  const samples: [ActionSchemaName, unknown][] = [
    ['Acknowledge', { by: 'sam' }],
    ['Acknowledge', { by: '  sam  ', message: '  Sorry!  ', extra: 1 }],
    ['Acknowledge', { by: '' }],
    ['Acknowledge', { by: '   ' }],
    ['Acknowledge', {}],
    ['Acknowledge', null],
    ['Acknowledge', 'sam'],
    ['Acknowledge', { by: 'x'.repeat(101) }],
    ['RecordFacts', { by: 'sam', whatHappened: 'Leak', rootCauseFamily: 'employee' }],
    ['RecordFacts', { by: 'sam', whatHappened: 'Leak', rootCauseFamily: 'weather' }],
    ['RecordFacts', { by: 'sam', whatHappened: 'Leak', rootCauseFamily: 'client', contributingFactors: ['a', ' b '] }],
    [
      'RecordFacts',
      {
        by: 'sam',
        whatHappened: 'Leak',
        rootCauseFamily: 'client',
        contributingFactors: Array.from({ length: 21 }, () => 'x'),
      },
    ],
    ['RecordFacts', { by: 'sam', whatHappened: 'Leak', rootCauseFamily: 'client', contributingFactors: 'a' }],
    ['ProposePlan', { by: 'sam', plan: 'Fix' }],
    ['ProposePlan', { by: 'sam', plan: 'Fix', needsResidentAgreement: false }],
    ['ProposePlan', { by: 'sam', plan: 'Fix', needsResidentAgreement: 'no' }],
    ['RecordAgreement', { by: 'app', agreed: true }],
    ['RecordAgreement', { by: 'app' }],
    ['Feedback', { satisfied: false, comment: 'still broken' }],
    ['Feedback', { satisfied: 1 }],
    ['ChangeSeverity', { by: 'cm', severity: 'critical', reason: 'second complaint' }],
    ['ChangeSeverity', { by: 'cm', severity: 'urgent', reason: 'x' }],
    ['AddNote', { by: 'cm', body: 'called', visibility: 'resident' }],
    ['AddNote', { by: 'cm', body: 'called', visibility: 'everyone' }],
    ['Cancel', { by: 'cm', reason: '  ' }],
    ['Assign', { by: 'cm', ownerId: 'dana' }],
    [
      'ResidentEvent',
      { kind: 'message_sent', summary: 'Hi', source: 'app', occurredAt: '2026-11-23T10:00:00Z', eventId: '12' },
    ],
    ['ResidentEvent', { kind: 'message_sent', summary: 'Hi', source: 'app', occurredAt: '2026-11-23T10:00:00+01:00' }],
    ['ResidentEvent', { kind: 'message_sent', summary: 'Hi', source: 'app', occurredAt: 'yesterday' }],
    ['ResidentEvent', { kind: 'smoke_signal', summary: 'Hi', source: 'app' }],
  ];

  it.each(samples)('%s %j: accepted and rejected exactly as zod does, with the same value', (name, payload) => {
    const zod = actionSchemaSources[name].safeParse(payload);
    const mine = checkPayload(name, payload);
    expect(mine.ok).toBe(zod.success);
    if (mine.ok && zod.success) expect(mine.value).toEqual(zod.data);
  });
});
