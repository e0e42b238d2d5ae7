import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { PrismaPg } from '@prisma/adapter-pg';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import type { MigrationList, SchemaEngine } from '@prisma/schema-engine-wasm';
import pg from 'pg';

/**
 * Prisma migrations without the Prisma CLI's native engine (which it downloads from Prisma's own site):
 * the same schema engine, compiled to WebAssembly and published on npm, driven through the `pg` driver
 * adapter. Migrations keep Prisma's usual `prisma/migrations/<timestamp>_<name>/migration.sql` layout and
 * `_prisma_migrations` table, so `prisma migrate deploy` keeps working wherever the CLI can fetch its engine.
 */
const projectRoot = path.resolve(__dirname, '..');
export const schemaPath = path.join(projectRoot, 'prisma', 'schema.prisma');
export const migrationsDir = path.join(projectRoot, 'prisma', 'migrations');
const LOCKFILE = 'migration_lock.toml';
const noFilters = { externalTables: [], externalEnums: [] };
/** Any constant shared by every process that migrates this database. */
const MIGRATION_LOCK_ID = 72_120_261;

type WasmModule = typeof import('@prisma/schema-engine-wasm');
type WasmExports = Record<string, unknown>;
/** Node's WebAssembly global (its type ships with the DOM lib, which this project does not load). */
const wasmRuntime = (
  globalThis as unknown as {
    WebAssembly: { instantiate(bytes: Buffer, imports: object): Promise<{ instance: { exports: WasmExports } }> };
  }
).WebAssembly;
let wasmModule: Promise<WasmModule> | undefined;

/** Instantiates the WebAssembly engine by hand, so Node needs no `--experimental-wasm-modules` flag. */
function loadWasm(): Promise<WasmModule> {
  wasmModule ??= (async () => {
    const dir = path.dirname(require.resolve('@prisma/schema-engine-wasm'));
    const bindings = (await import(pathToFileURL(path.join(dir, 'schema_engine_bg.js')).href)) as WasmModule & {
      __wbg_set_wasm(exports: WasmExports): void;
    };
    const bytes = fs.readFileSync(path.join(dir, 'schema_engine_bg.wasm'));
    const { instance } = await wasmRuntime.instantiate(bytes, { './schema_engine_bg.js': bindings });
    bindings.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return bindings;
  })();
  return wasmModule;
}

/** Discrete connection fields: the adapter's shadow database must not be overridden by a connection string. */
function poolConfig(databaseUrl: string): pg.PoolConfig {
  const url = new URL(databaseUrl);
  return {
    host: url.hostname,
    port: url.port ? Number(url.port) : 5432,
    user: decodeURIComponent(url.username) || undefined,
    password: decodeURIComponent(url.password) || undefined,
    database: decodeURIComponent(url.pathname.slice(1)),
    ssl: url.searchParams.get('sslmode') === 'require' ? { rejectUnauthorized: false } : undefined,
  };
}

/**
 * The engine computes new migrations by replaying the existing ones on a throw-away "shadow" database.
 * PrismaPg's own shadow database is dropped while its pool still holds a connection (so the drop fails
 * and the database is left behind); this one closes the pool first and drops it for sure.
 */
class MigrationAdapterFactory extends PrismaPg {
  constructor(private readonly fields: pg.PoolConfig) {
    super(fields);
  }

  override async connect() {
    return wholeScripts(await super.connect());
  }

  override async connectToShadowDb() {
    const name = `service_recovery_shadow_${randomUUID().replace(/-/g, '')}`;
    await adminQuery(this.fields, `CREATE DATABASE "${name}"`);
    const adapter = wholeScripts(await new PrismaPg({ ...this.fields, database: name }).connect());
    const release = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      await release();
      await adminQuery(this.fields, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    };
    return adapter;
  }
}

/**
 * Runs a migration script as ONE query (PostgreSQL's simple-query protocol takes many statements, all or none), as
 * Prisma's native engine does. PrismaPg splits a script at every ";", which cuts a function body (PL/pgSQL) apart.
 */
function wholeScripts<T extends { executeScript(script: string): Promise<void> }>(adapter: T): T {
  const inner = adapter as unknown as { client: pg.Pool; onError(error: unknown): never };
  adapter.executeScript = async (script: string) => {
    try {
      await inner.client.query(script);
    } catch (error) {
      inner.onError(error);
    }
  };
  return adapter;
}

async function adminQuery(fields: pg.PoolConfig, sql: string): Promise<void> {
  const client = new pg.Client(fields);
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function openEngine(databaseUrl: string): Promise<SchemaEngine> {
  const { SchemaEngine } = await loadWasm();
  const adapter = bindMigrationAwareSqlAdapterFactory(new MigrationAdapterFactory(poolConfig(databaseUrl)));
  const datamodel = fs.readFileSync(schemaPath, 'utf8');
  return SchemaEngine.new({ datamodels: [[schemaPath, datamodel]] }, () => {}, adapter);
}

export function readMigrations(): MigrationList {
  const dirs = fs.existsSync(migrationsDir)
    ? fs
        .readdirSync(migrationsDir, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort()
    : [];
  const lockfilePath = path.join(migrationsDir, LOCKFILE);
  return {
    baseDir: migrationsDir,
    lockfile: { path: LOCKFILE, content: fs.existsSync(lockfilePath) ? fs.readFileSync(lockfilePath, 'utf8') : null },
    shadowDbInitScript: '',
    migrationDirectories: dirs.map((dir) => {
      const file = path.join(migrationsDir, dir, 'migration.sql');
      return {
        path: dir,
        migrationFile: {
          path: 'migration.sql',
          content: fs.existsSync(file)
            ? { tag: 'ok' as const, value: fs.readFileSync(file, 'utf8') }
            : { tag: 'error' as const, value: `${file} is missing` },
        },
      };
    }),
  };
}

/**
 * Applies every migration not applied yet; safe to call from several processes at once (they queue on an
 * advisory lock) and on every start (a database that is up to date is left alone).
 */
export async function applyMigrations(databaseUrl: string): Promise<string[]> {
  const lock = new pg.Client(poolConfig(databaseUrl));
  await lock.connect();
  try {
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_ID]);
    const engine = await openEngine(databaseUrl);
    try {
      const { appliedMigrationNames } = await engine.applyMigrations({
        migrationsList: readMigrations(),
        filters: noFilters,
      });
      return appliedMigrationNames;
    } finally {
      engine.free();
    }
  } finally {
    await lock.end();
  }
}

/**
 * The SQL that would take the migrations folder to `schema.prisma` (computed by replaying the migrations on
 * a throw-away shadow database), or undefined when they already match.
 */
export async function pendingSchemaChange(databaseUrl: string): Promise<string | undefined> {
  readCatalogCharAsText();
  ensureLockfile();
  // The engine's createMigration has no shadow-database support in its WebAssembly build, but diff does.
  const engine = await openEngine(databaseUrl);
  try {
    const { stdout } = await engine.diff({
      from: { tag: 'migrations', ...readMigrations() },
      to: { tag: 'schemaDatamodel', files: [{ path: schemaPath, content: fs.readFileSync(schemaPath, 'utf8') }] },
      script: true,
      exitCode: null,
      filters: noFilters,
    });
    const script = stdout ?? '';
    return script.split('\n').some((line) => line.trim() !== '' && !line.startsWith('--')) ? script : undefined;
  } finally {
    engine.free();
  }
}

/** Writes `prisma/migrations/<timestamp>_<name>/migration.sql`; undefined when the schema has no change. */
export async function createMigration(databaseUrl: string, name: string): Promise<string | undefined> {
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`migration name "${name}" must be snake_case letters, digits and _`);
  const script = await pendingSchemaChange(databaseUrl);
  if (!script) return undefined;
  const timestamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
  const dir = path.join(migrationsDir, `${timestamp}_${name}`);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'migration.sql'), script);
  return dir;
}

function ensureLockfile(): void {
  const lockfile = path.join(migrationsDir, LOCKFILE);
  if (fs.existsSync(lockfile)) return;
  fs.mkdirSync(migrationsDir, { recursive: true });
  fs.writeFileSync(
    lockfile,
    '# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "postgresql"\n',
  );
}

/**
 * Describing a database reads catalog columns of PostgreSQL's one-byte `"char"` type (pg_class.relkind…),
 * which @prisma/adapter-pg 7.10 rejects as unsupported. The adapter maps type ids through pg's shared
 * `types.builtins` table at call time; pointing its XML entry (a text type the project never uses) at
 * `"char"` makes those columns read as text. Only schema diffing does this (the `db:migration` tool and the drift
 * test, processes of their own).
 */
function readCatalogCharAsText(): void {
  const CHAR_OID = 18;
  (pg.types.builtins as Record<string, number>).XML = CHAR_OID;
}
