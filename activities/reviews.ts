import type { Db } from '../lib/db';
import { monthlyReviewMessage, type MessageContent } from '../domain/messages';
import { startOfLocalMonth } from '../domain/business-time';
import { patternReport } from '../reports/patterns';
import { ESCALATION_ROLES, loadCalendar } from './directory';

/**
 * The monthly review (seed 000, "Review patterns monthly"): one property's figures for a calendar month in
 * its own time zone, stored once per property × month, and the message for its managers.
 */
export function createReviewActivities(db: Db) {
  return {
    async listReviewProperties(request: { propertyIds?: string[] }): Promise<string[]> {
      const rows = await db.property.findMany({
        where: request.propertyIds ? { id: { in: request.propertyIds } } : {},
        select: { id: true },
        orderBy: { id: 'asc' },
      });
      return rows.map((r) => r.id);
    },

    /** Idempotent: a rerun for the same property and month returns the stored review. */
    async composeMonthlyReview(request: {
      propertyId: string;
      month: string;
    }): Promise<{ reviewId: string; recipients: string[]; message: MessageContent }> {
      const [year, month] = request.month.split('-').map(Number) as [number, number];
      const [property, calendar] = await Promise.all([
        db.property.findUniqueOrThrow({ where: { id: request.propertyId } }),
        loadCalendar(db, request.propertyId),
      ]);
      const from = startOfLocalMonth(year, month, calendar.timeZone);
      const to = startOfLocalMonth(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, calendar.timeZone);
      const managers = await db.staffMember.findMany({
        where: { active: true, role: { in: [...ESCALATION_ROLES] }, propertyIds: { has: request.propertyId } },
        select: { id: true },
        orderBy: { id: 'asc' },
      });
      const existing = await db.monthlyReview.findUnique({
        where: { propertyId_month: { propertyId: request.propertyId, month: request.month } },
      });
      const report = existing
        ? (existing.report as unknown as Awaited<ReturnType<typeof patternReport>>)
        : await patternReport(db, { from, to, propertyIds: [request.propertyId], topHouseholds: 10 });
      const stored =
        existing ??
        (await db.monthlyReview.upsert({
          where: { propertyId_month: { propertyId: request.propertyId, month: request.month } },
          update: {},
          create: {
            propertyId: request.propertyId,
            month: request.month,
            report: report as object,
            recipients: managers.map((m) => m.id),
          },
        }));
      const top = <T>(rows: T[], key: (r: T) => string) => {
        const counts = new Map<string, number>();
        for (const r of rows) counts.set(key(r), (counts.get(key(r)) ?? 0) + (r as { cases: number }).cases);
        return [...counts]
          .sort((a, b) => b[1] - a[1])
          .slice(0, 3)
          .map(([name, n]) => `${name.replace(/_/g, ' ')} (${n})`);
      };
      const message = monthlyReviewMessage(property.name, request.month, {
        cases: report.totals.cases,
        open: report.totals.open,
        recoveryRate: report.totals.recoveryRate,
        breachRate: report.totals.breachRate.any,
        medianHoursToAcknowledge: report.totals.timeToAcknowledgeHours.median,
        repeatHouseholds: report.repeatHouseholds.count,
        topCategories: top(report.volume, (v) => v.category),
        rootCauses: top(
          report.volume.filter((v) => v.rootCauseFamily !== 'unrecorded'),
          (v) => v.rootCauseFamily,
        ),
      });
      return { reviewId: stored.id, recipients: stored.recipients, message };
    },
  };
}
