#!/usr/bin/env node
// `npm run eval`: scores `npm run extract` on the real news texts and gold annotations kept in
// ../shared/eval (present on the team's machines and in CI, not in a clone elsewhere).
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const evalDir = join(root, '..', 'shared', 'eval');
if (!existsSync(join(evalDir, 'score.mjs'))) {
  console.log(`no evaluation set at ${evalDir}; nothing to score`);
  process.exit(0);
}
const run = spawnSync(
  process.execPath,
  [join(evalDir, 'score.mjs'), '--texts', join(evalDir, 'texts'), '--gold', join(evalDir, 'gold'), '--project', root, ...process.argv.slice(2)],
  { stdio: 'inherit' },
);
process.exit(run.status ?? 2);
