import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../prisma/generated/client';
import { redactUrl } from './config';
import { firstLine, StartupError } from './startup-error';

export type Db = PrismaClient;

export function createDb(databaseUrl: string, options: { max?: number } = {}): Db {
  const adapter = new PrismaPg({
    connectionString: databaseUrl,
    max: options.max ?? 10,
    connectionTimeoutMillis: 5_000,
  });
  return new PrismaClient({ adapter });
}

/** Connects and runs `SELECT 1`, or fails with one line saying where it looked and how to fix it. */
export async function connectDb(databaseUrl: string, source: string, options: { max?: number } = {}): Promise<Db> {
  const db = createDb(databaseUrl, options);
  try {
    await db.$queryRaw`SELECT 1`;
    return db;
  } catch (error) {
    await db.$disconnect().catch(() => {});
    throw new StartupError(
      `PostgreSQL is unreachable at ${redactUrl(databaseUrl)} (${source}): ${firstLine(error)}. ` +
        'Start PostgreSQL there or correct DATABASE_URL; unset DATABASE_URL and run `npm start` to use an embedded one.',
    );
  }
}

export async function databaseIsReachable(db: Db): Promise<boolean> {
  try {
    await db.$queryRaw`SELECT 1`;
    return true;
  } catch {
    return false;
  }
}
