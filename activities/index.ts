import type { Client } from '@temporalio/client';
import type { Db } from '../lib/db';
import { createCaseStoreActivities } from './case-store';
import { createDirectoryActivities } from './directory';
import { createMessagingActivities } from './messaging';
import { createResidentLinkActivities } from './resident-links';
import { createReviewActivities } from './reviews';
import { createEventActivities } from './events';
import { createIntakeActivities } from './intake';
import type { OutboxDelivery } from './outbox-delivery';

/** Every activity the worker registers, grouped by the outside system each touches. */
/** `client` lets activities start and signal workflows (trigger rules opening cases); the worker passes it. */
/** `publicUrl` is where resident links point (`PUBLIC_URL`, default the API's own address). */
/** `delivery` is the worker's outbox delivery, woken when a message is stored (none: the next poll takes it). */
export function createActivities(deps: {
  db: Db;
  delivery?: Pick<OutboxDelivery, 'wake'>;
  client?: Client;
  publicUrl?: string;
}) {
  const store = createCaseStoreActivities(deps.db);
  const directory = createDirectoryActivities(deps.db);
  const links = createResidentLinkActivities(deps.db, deps.publicUrl ?? 'http://127.0.0.1:3000');
  return {
    ...store,
    ...directory,
    ...createMessagingActivities(deps.db, deps.delivery ?? { wake: () => {} }),
    ...createEventActivities(deps.db, deps.client),
    ...createReviewActivities(deps.db),
    ...links,
    ...createIntakeActivities({ directory, store, links }),
  };
}

export type Activities = ReturnType<typeof createActivities>;
