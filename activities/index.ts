import type { Db } from '../lib/db';
import { createCaseStoreActivities } from './case-store';
import { createDirectoryActivities } from './directory';
import { createMessagingActivities } from './messaging';
import { logTransport, type MessageTransport } from './transports';

/** Every activity the worker registers, grouped by the outside system each touches. */
export function createActivities(deps: { db: Db; transport?: MessageTransport }) {
  return {
    ...createCaseStoreActivities(deps.db),
    ...createDirectoryActivities(deps.db),
    ...createMessagingActivities(deps.db, deps.transport ?? logTransport()),
  };
}

export type Activities = ReturnType<typeof createActivities>;
