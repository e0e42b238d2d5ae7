import type { RecoveryCaseInput } from '../domain/case';
import { caseAsOpened } from '../domain/case-opening';
import type { createCaseStoreActivities } from './case-store';
import type { createDirectoryActivities } from './directory';
import type { createResidentLinkActivities } from './resident-links';

export interface Intake {
  input: RecoveryCaseInput;
  openedAt: string;
  /** The resident link's issue key (`<caseId>:link:<sequence>`). */
  linkKey: string;
}

/**
 * A case's intake as one read-model step (cases of `recoveryCaseV2`): the property's setup read, the case
 * recorded, the resident's link issued. One local activity instead of three saves two of a workflow task's
 * activity round trips on every opening; each part stays idempotent (the case row and its opened event by the
 * case id, the link by its key), so a retry of the whole is as harmless as a retry of any part.
 */
export function createIntakeActivities(parts: {
  directory: Pick<ReturnType<typeof createDirectoryActivities>, 'loadCaseSetup'>;
  store: Pick<ReturnType<typeof createCaseStoreActivities>, 'recordCaseOpened'>;
  links: Pick<ReturnType<typeof createResidentLinkActivities>, 'issueResidentLink'>;
}) {
  return {
    async recordIntake({ input, openedAt, linkKey }: Intake) {
      const { propertyId, category, severity, caseId, residentId } = input;
      const setup = await parts.directory.loadCaseSetup({ propertyId, category, severity });
      await parts.store.recordCaseOpened(caseAsOpened(input, openedAt, setup.ladder));
      // Last and alone, as the first type issued it: a link write still running when a retry starts (after another
      // part failed at once) could land after the retry's and keep the hash of a token nobody received.
      const link = await parts.links.issueResidentLink({ key: linkKey, caseId, householdId: residentId, propertyId });
      return { setup, link };
    },
  };
}
