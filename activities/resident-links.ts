import type { Db } from '../lib/db';
import { hashResidentToken, newResidentToken, residentLinkUrl } from '../lib/resident-links';

/**
 * Issues a case's resident link. The token leaves only in the answer (the workflow keeps it, to put it in
 * messages); the table keeps its hash. Keyed per issue: a retry after a lost answer replaces the hash, so
 * the token nobody received stops working.
 */
export function createResidentLinkActivities(db: Db, publicUrl: string) {
  return {
    async issueResidentLink(request: {
      key: string;
      caseId: string;
      householdId: string;
      propertyId: string;
    }): Promise<{ token: string; url: string }> {
      const token = newResidentToken();
      const tokenHash = hashResidentToken(token);
      await db.residentLink.upsert({
        where: { key: request.key },
        create: {
          key: request.key,
          tokenHash,
          caseId: request.caseId,
          householdId: request.householdId,
          propertyId: request.propertyId,
        },
        update: { tokenHash },
      });
      return { token, url: residentLinkUrl(publicUrl, token) };
    },
  };
}
