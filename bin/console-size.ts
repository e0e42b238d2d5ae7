// `npm run console:size`: the JavaScript a browser downloads on the console's first load (the entry
// script and what it imports statically), gzipped. Lazy chunks (the portfolio's charts) load later.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { dist } from '../console/build.cjs';

export const FIRST_LOAD_BUDGET = 250 * 1024;

export function firstLoadScripts(root = dist): string[] {
  const html = fs.readFileSync(path.join(root, 'index.html'), 'utf8');
  const entries = [...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="\/console\/([^"]+\.js)"/g)].map((m) => m[1]!);
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = fs.readFileSync(path.join(root, file), 'utf8');
    // Static imports only (`import … from "./x.js"`); `import("./x.js")` is a lazy chunk.
    for (const m of code.matchAll(/(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?["']\.\/([^"']+\.js)["']/g))
      visit(path.join(path.dirname(file), m[1]!));
  };
  entries.forEach(visit);
  return [...seen];
}

export function firstLoadGzipBytes(root = dist): { files: { file: string; gzip: number }[]; total: number } {
  const files = firstLoadScripts(root).map((file) => ({
    file,
    gzip: zlib.gzipSync(fs.readFileSync(path.join(root, file)), { level: 9 }).length,
  }));
  return { files, total: files.reduce((n, f) => n + f.gzip, 0) };
}

if (require.main === module) {
  const { files, total } = firstLoadGzipBytes();
  for (const f of files) console.log(`  ${f.file}  ${(f.gzip / 1024).toFixed(1)} KB gzipped`);
  console.log(
    `first load: ${(total / 1024).toFixed(1)} KB of gzipped JavaScript (budget ${FIRST_LOAD_BUDGET / 1024} KB)`,
  );
  if (total > FIRST_LOAD_BUDGET) process.exit(1);
}
