import { Client, Connection } from '@temporalio/client';
import { NativeConnection } from '@temporalio/worker';
import { temporal } from '@temporalio/proto';
import { caseSearchAttributes } from '../definitions/search-attributes';
import type { Config } from './config';
import { firstLine, StartupError } from './startup-error';

/** Connects to Temporal, or fails with one line saying where it looked and how to fix it. */
export async function connectTemporal(address: string, source: string, config: Config): Promise<Connection> {
  try {
    const connection = await Connection.connect({ address, connectTimeout: config.CONNECT_TIMEOUT_SECONDS * 1000 });
    await connection.workflowService.getSystemInfo({});
    return connection;
  } catch (error) {
    throw unreachable(address, source, error);
  }
}

/** The worker's own connection (the Rust core's), with the same one-line failure. */
export async function connectWorkerTransport(address: string, source: string): Promise<NativeConnection> {
  try {
    return await NativeConnection.connect({ address });
  } catch (error) {
    throw unreachable(address, source, error);
  }
}

function unreachable(address: string, source: string, error: unknown): StartupError {
  return new StartupError(
    `Temporal is unreachable at ${address} (${source}): ${firstLine(error)}. ` +
      'Start a Temporal server there or correct TEMPORAL_ADDRESS; unset TEMPORAL_ADDRESS and run `npm start` to use an embedded dev server.',
  );
}

export function createClient(connection: Connection, config: Config): Client {
  return new Client({ connection, namespace: config.TEMPORAL_NAMESPACE });
}

export async function temporalIsReachable(connection: Connection): Promise<boolean> {
  try {
    await connection.withDeadline(Date.now() + 2_000, () => connection.workflowService.getSystemInfo({}));
    return true;
  } catch {
    return false;
  }
}

/**
 * Registers the project's search attributes on a cluster that lacks them (the embedded dev server already
 * has them from its start flags). Idempotent: present attributes are left alone.
 */
const GRPC_UNIMPLEMENTED = 12;

export async function ensureSearchAttributes(connection: Connection, namespace: string): Promise<string[]> {
  let present: Record<string, unknown> = {};
  try {
    present = (await connection.operatorService.listSearchAttributes({ namespace })).customAttributes ?? {};
  } catch (error) {
    // Temporal's time-skipping test server can add search attributes but not list them.
    if ((error as { code?: number }).code !== GRPC_UNIMPLEMENTED) throw error;
  }
  const missing = caseSearchAttributes.filter((key) => !(key.name in present));
  if (missing.length === 0) return [];
  const IndexedValueType = temporal.api.enums.v1.IndexedValueType;
  const types: Record<string, temporal.api.enums.v1.IndexedValueType> = {
    KEYWORD: IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD,
    INT: IndexedValueType.INDEXED_VALUE_TYPE_INT,
    BOOL: IndexedValueType.INDEXED_VALUE_TYPE_BOOL,
  };
  await connection.operatorService.addSearchAttributes({
    namespace,
    searchAttributes: Object.fromEntries(missing.map((key) => [key.name, types[key.type]!])),
  });
  return missing.map((key) => key.name);
}
