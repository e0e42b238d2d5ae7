// `npm run setup:temporal`: finds, builds or downloads the Temporal CLI once, so the first `npm start` is quick.
import { loadConfig } from '../lib/config';
import { exitOnStartupError } from '../lib/startup-error';
import { locateTemporalCli } from '../infra/temporal-server';

async function main() {
  const config = loadConfig();
  const cli = await locateTemporalCli({
    explicitPath: config.TEMPORAL_CLI_PATH,
    log: (line) => console.log(`setup: ${line}`),
  });
  console.log(`setup: the Temporal CLI is ${cli}`);
}

main().catch(exitOnStartupError);
