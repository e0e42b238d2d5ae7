// Runs `prisma generate` after `npm install`. Generating the client never runs Prisma's schema engine, but
// the CLI insists on downloading it first; pointing it at any existing file skips that download, so this
// works offline too. (Migrations use the WebAssembly schema engine instead: see infra/migrations.ts.)
const { spawnSync } = require('node:child_process');
const path = require('node:path');

const env = { ...process.env };
if (!env.PRISMA_SCHEMA_ENGINE_BINARY) env.PRISMA_SCHEMA_ENGINE_BINARY = process.execPath;
const cli = path.join(path.dirname(require.resolve('prisma/package.json')), 'build', 'index.js');
const result = spawnSync(process.execPath, [cli, 'generate'], {
  stdio: 'inherit',
  env,
  cwd: path.join(__dirname, '..'),
});
process.exit(result.status ?? 1);
