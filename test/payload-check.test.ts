import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { actionSchemasJson } from '../domain/action-schemas';
import { payloadSchemas, type PayloadName } from '../domain/case-actions';
import { checkPayload } from '../domain/payload-check';
import { staffActionNames } from '../domain/staff-actions';

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

  it('names the staff actions’ updates as running cases’ histories know them, each with its own schema', () => {
    // Renaming one would strand every open case's history: these names are fixed.
    expect(staffActionNames).toEqual([
      'acknowledge',
      'recordFacts',
      'proposePlan',
      'recordAgreement',
      'resolve',
      'recordFeedback',
      'waitOnResident',
      'resume',
      'escalate',
      'assign',
      'changeSeverity',
      'addNote',
      'cancelCase',
    ]);
    const json = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'domain', 'action-schemas.json'), 'utf8'));
    expect(Object.keys(json)).toEqual([...staffActionNames, 'residentMessage', 'residentEvent']);
  });

  const samples: [PayloadName, unknown][] = [
    ['acknowledge', { by: 'sam' }],
    ['acknowledge', { by: '  sam  ', message: '  Sorry!  ', extra: 1 }],
    ['acknowledge', { by: '' }],
    ['acknowledge', { by: '   ' }],
    ['acknowledge', {}],
    ['acknowledge', null],
    ['acknowledge', 'sam'],
    ['acknowledge', { by: 'x'.repeat(101) }],
    ['recordFacts', { by: 'sam', whatHappened: 'Leak', rootCauseFamily: 'employee' }],
    ['recordFacts', { by: 'sam', whatHappened: 'Leak', rootCauseFamily: 'weather' }],
    ['recordFacts', { by: 'sam', whatHappened: 'Leak', rootCauseFamily: 'client', contributingFactors: ['a', ' b '] }],
    [
      'recordFacts',
      {
        by: 'sam',
        whatHappened: 'Leak',
        rootCauseFamily: 'client',
        contributingFactors: Array.from({ length: 21 }, () => 'x'),
      },
    ],
    ['recordFacts', { by: 'sam', whatHappened: 'Leak', rootCauseFamily: 'client', contributingFactors: 'a' }],
    ['proposePlan', { by: 'sam', plan: 'Fix' }],
    ['proposePlan', { by: 'sam', plan: 'Fix', needsResidentAgreement: false }],
    ['proposePlan', { by: 'sam', plan: 'Fix', needsResidentAgreement: 'no' }],
    ['recordAgreement', { by: 'app', agreed: true }],
    ['recordAgreement', { by: 'app' }],
    ['recordFeedback', { satisfied: false, comment: 'still broken' }],
    ['recordFeedback', { satisfied: 1 }],
    ['changeSeverity', { by: 'cm', severity: 'critical', reason: 'second complaint' }],
    ['changeSeverity', { by: 'cm', severity: 'urgent', reason: 'x' }],
    ['addNote', { by: 'cm', body: 'called', visibility: 'resident' }],
    ['addNote', { by: 'cm', body: 'called', visibility: 'everyone' }],
    ['cancelCase', { by: 'cm', reason: '  ' }],
    ['assign', { by: 'cm', ownerId: 'dana' }],
    [
      'residentEvent',
      { kind: 'message_sent', summary: 'Hi', source: 'app', occurredAt: '2026-11-23T10:00:00Z', eventId: '12' },
    ],
    ['residentEvent', { kind: 'message_sent', summary: 'Hi', source: 'app', occurredAt: '2026-11-23T10:00:00+01:00' }],
    ['residentEvent', { kind: 'message_sent', summary: 'Hi', source: 'app', occurredAt: 'yesterday' }],
    ['residentEvent', { kind: 'smoke_signal', summary: 'Hi', source: 'app' }],
  ];

  it.each(samples)('%s %j: accepted and rejected exactly as zod does, with the same value', (name, payload) => {
    const zod = payloadSchemas[name].safeParse(payload);
    const mine = checkPayload(name, payload);
    expect(mine.ok).toBe(zod.success);
    if (mine.ok && zod.success) expect(mine.value).toEqual(zod.data);
  });
});
