// Builds the staff console (console/dist) when its sources changed since the last build. Runs after
// `npm install` (postinstall) and before the API starts, so neither command needs a separate build step.
// Offline and quick: Vite bundles local files only; an unchanged tree costs one hash of the sources.
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');

const root = __dirname;
const dist = path.join(root, 'dist');
const stampFile = path.join(dist, '.source-hash');
/** What the bundle is made of: the console's sources and config, and the domain modules it imports. */
const inputs = [
  'index.html',
  'vite.config.mts',
  'src',
  '../domain/messages.ts',
  '../domain/case.ts',
  '../package-lock.json',
];

function files(entry) {
  const full = path.join(root, entry);
  if (!fs.existsSync(full)) return [];
  if (!fs.statSync(full).isDirectory()) return [full];
  return fs
    .readdirSync(full)
    .sort()
    .flatMap((name) => files(path.join(entry, name)));
}

function sourceHash() {
  const hash = crypto.createHash('sha256');
  for (const file of inputs.flatMap(files))
    hash.update(path.relative(root, file)).update('\0').update(fs.readFileSync(file));
  return hash.digest('hex');
}

function isFresh(hash = sourceHash()) {
  return (
    fs.existsSync(path.join(dist, 'index.html')) &&
    fs.existsSync(stampFile) &&
    fs.readFileSync(stampFile, 'utf8') === hash
  );
}

/** Builds unless fresh; resolves to 'fresh', 'built' or 'no-sources' (e.g. the Docker dependency layer). */
async function ensureBuilt({ log = () => {} } = {}) {
  if (!fs.existsSync(path.join(root, 'src'))) return 'no-sources';
  const hash = sourceHash();
  if (isFresh(hash)) return 'fresh';
  const started = Date.now();
  const { build } = await import('vite');
  await build({ configFile: path.join(root, 'vite.config.mts'), logLevel: 'warn' });
  fs.writeFileSync(stampFile, hash);
  log(`built the staff console in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return 'built';
}

module.exports = { ensureBuilt, isFresh, dist };

if (require.main === module) {
  ensureBuilt({ log: (line) => console.log(`console: ${line}`) }).then(
    (result) => {
      if (result === 'fresh') console.log('console: up to date');
      if (result === 'no-sources') console.log('console: no sources here yet; built when the API starts');
    },
    (error) => {
      console.error('console: the build failed:', error);
      process.exit(1);
    },
  );
}
