import type { Client } from '@temporalio/client';
import type { Db } from '../lib/db';
import { createCaseStoreActivities } from './case-store';
import { createDirectoryActivities } from './directory';
import { createMessagingActivities } from './messaging';
import { createReviewActivities } from './reviews';
import { createSignalActivities } from './signals';
import { logTransport, type MessageTransport } from './transports';

/** Every activity the worker registers, grouped by the outside system each touches. */
/** `client` lets activities start and signal workflows (trigger rules opening cases); the worker passes it. */
export function createActivities(deps: { db: Db; transport?: MessageTransport; client?: Client }) {
  return {
    ...createCaseStoreActivities(deps.db),
    ...createDirectoryActivities(deps.db),
    ...createMessagingActivities(deps.db, deps.transport ?? logTransport()),
    ...createSignalActivities(deps.db, deps.client),
    ...createReviewActivities(deps.db),
  };
}

export type Activities = ReturnType<typeof createActivities>;
