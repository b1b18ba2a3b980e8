#!/usr/bin/env node
// `npm run eval`: scores `npm run extract` on the evaluation sets kept in ../shared/eval (present
// on the team's machines and in CI, not in a clone elsewhere): the real regional news with gold
// annotations, then the general-news place set (news-ner), and prints their summaries side by side.
// `npm run eval -- --quiet` prints the summaries alone; other arguments go to the regional scorer.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const evalDir = join(root, '..', 'shared', 'eval');
if (!existsSync(join(evalDir, 'score.mjs'))) {
  console.log(`No evaluation set at ${evalDir}, so there is nothing to score.`);
  console.log('`npm run eval` needs the team\'s evaluation folder beside this checkout: ../shared/eval with');
  console.log('score.mjs, texts/ (the articles) and gold/ (their hand-made annotations), and optionally');
  console.log('news-ner/ (people-daily-dev.bio and its score.mjs). A clone alone does not have it.');
  process.exit(0);
}
const quiet = process.argv.includes('--quiet');
const passOn = process.argv.slice(2).filter((a) => a !== '--quiet');

/** Runs one scorer, echoing its report (or only its last lines when quiet); returns its output. */
function score(title, args) {
  const run = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28 });
  const out = `${run.stdout ?? ''}${run.stderr ?? ''}`;
  console.log(`\n== ${title} ==`);
  console.log(quiet ? out.trim().split('\n').slice(-1).join('\n') : out.trim());
  return { status: run.status ?? 2, out };
}

const regional = score('regional news (Shandong, gold)', [
  join(evalDir, 'score.mjs'),
  '--texts', join(evalDir, 'texts'), '--gold', join(evalDir, 'gold'), '--project', root, ...passOn,
]);
const nerFile = join(evalDir, 'news-ner', 'people-daily-dev.bio');
const general = existsSync(nerFile)
  ? score('general news (news-ner, places only)', [join(evalDir, 'news-ner', 'score.mjs'), nerFile, '--project', root])
  : { status: 0, out: 'news-ner: not present' };

const last = (out, prefix) => out.split('\n').find((l) => l.startsWith(prefix)) ?? `${prefix} (no result)`;
console.log('\n== side by side ==');
console.log(`regional: ${last(regional.out, 'summary')}`);
console.log(`general:  ${last(general.out, 'LOC:')}`);
process.exit(regional.status || general.status);
