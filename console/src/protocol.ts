import type { CaseDetail, Stage } from './api/client';

/** The recovery protocol in the words staff use (seed 002): what each stage asks of them. */
export const stageLabel: Record<Stage, string> = {
  intake: 'Intake',
  acknowledge: 'Acknowledge',
  gather_facts: 'Gather the facts',
  resolve: 'Resolve',
  follow_up: 'Follow up',
  closed: 'Closed',
};

export const stages = Object.keys(stageLabel) as Stage[];
export const severities = ['critical', 'high', 'medium', 'low'] as const;

export const rootCauseFamilies = [
  { value: 'organizational', label: 'Organizational', hint: 'process, procedure, staffing, technology' },
  { value: 'employee', label: 'Employee', hint: 'communication, knowledge, attitude, technical skill' },
  { value: 'client', label: 'Client', hint: 'the resident misunderstood or did not follow information' },
] as const;

/** The contributing factors of each family, offered as choices (free text stays possible). */
export const contributingFactors = [
  'process',
  'procedure',
  'staffing',
  'technology',
  'communication',
  'knowledge',
  'attitude',
  'technical skill',
  'information not followed',
];

export const words = (value: string) => value.replace(/_/g, ' ');

type Timeline = CaseDetail['timeline'];
const byOf = (payload: unknown) =>
  payload && typeof payload === 'object' && 'by' in payload ? String((payload as { by: unknown }).by ?? '') : '';

export function describeEntry(entry: Timeline[number]): string {
  const by = byOf(entry.payload);
  return `${words(entry.type)}${by ? ` — ${by}` : ''}`;
}

/** Everything that tells the resident something resets "resident not updated". */
const residentFacing = new Set([
  'case_opened',
  'acknowledged',
  'resolution_planned',
  'resident_update_sent',
  'follow_up_sent',
  'follow_up_reminder_sent',
]);

/** The owner was reminded that the resident heard nothing, and nothing went to the resident since. */
export function residentNotUpdated(timeline: Timeline): boolean {
  for (let i = timeline.length - 1; i >= 0; i--) {
    const type = timeline[i]!.type;
    if (type === 'resident_not_updated') return true;
    if (residentFacing.has(type)) return false;
  }
  return false;
}

export type PlanState = 'none' | 'pending' | 'agreed' | 'not_needed';

/** Where the resolution plan stands, read from the timeline (refusals and reopening send it back). */
export function planState(timeline: Timeline): PlanState {
  for (let i = timeline.length - 1; i >= 0; i--) {
    const { type, payload } = timeline[i]!;
    if (type === 'resident_agreed') return 'agreed';
    if (type === 'resident_refused' || type === 'reopened' || type === 'resolved') return 'none';
    if (type === 'resolution_planned') {
      const needs = (payload as { needsResidentAgreement?: boolean } | null)?.needsResidentAgreement;
      return needs === false ? 'not_needed' : 'pending';
    }
  }
  return 'none';
}

export interface Badge {
  key: string;
  label: string;
  tone: 'danger' | 'warn' | 'info';
}

export function badgesOf(
  c: { breached: boolean; escalationLevel: number; waitingOnResident: boolean },
  notUpdated: boolean,
): Badge[] {
  const badges: Badge[] = [];
  if (c.breached) badges.push({ key: 'breached', label: 'Breached', tone: 'danger' });
  if (c.escalationLevel > 0)
    badges.push({ key: 'escalated', label: `Escalated (level ${c.escalationLevel})`, tone: 'warn' });
  if (c.waitingOnResident) badges.push({ key: 'waiting', label: 'Waiting on resident', tone: 'info' });
  if (notUpdated) badges.push({ key: 'not-updated', label: 'Resident not updated', tone: 'warn' });
  return badges;
}

const timeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
export const when = (iso: string | null | undefined) => (iso ? timeFormat.format(new Date(iso)) : '—');

/** "in 3 h", "2 h overdue": how the due time reads at a glance. */
export function dueIn(iso: string | null | undefined, now = Date.now()): string {
  if (!iso) return 'no running timeframe';
  const minutes = Math.round((Date.parse(iso) - now) / 60_000);
  const span = (m: number) =>
    m >= 2 * 24 * 60 ? `${Math.round(m / 1440)} d` : m >= 90 ? `${Math.round(m / 60)} h` : `${m} min`;
  return minutes >= 0 ? `due in ${span(minutes)}` : `${span(-minutes)} overdue`;
}
