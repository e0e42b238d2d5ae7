import type { Db } from '../lib/db';
import { createCaseStoreActivities } from './case-store';

/** Every activity the worker registers, grouped by the outside system each touches. */
export function createActivities(deps: { db: Db }) {
  return {
    ...createCaseStoreActivities(deps.db),
  };
}

export type Activities = ReturnType<typeof createActivities>;
