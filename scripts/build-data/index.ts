// `npm run build:data [-- --force] [--only STAGE] [OUT_DIR]`: builds the data the extension
// loads into public/gazetteer/, run by postinstall and before every build. The stages, in the
// order they run; a stage that reads another's files comes after it (pipeline.ts checks and runs
// them). The inputs that only the build reads are in ./inputs/; the data the extension reads as
// it is stays beside its code (lib/figures/vocabulary, lib/places/data, lib/page).
import { pathToFileURL } from 'node:url';
import { GAZETTEER_DIR } from '../../lib/gazetteer/node';
import { commonWordsStage } from './common-words';
import { gazetteerStage } from './gazetteer';
import { outlinesStage } from './outlines';
import { parseArgs, runPipeline, usage, type Stage } from './pipeline';
import { worldStage } from './world';

export const STAGES: readonly Stage[] = [
  gazetteerStage,
  worldStage,
  commonWordsStage,
  // names its units from the gazetteer's core.json
  outlinesStage,
];

/** Runs the command; returns the exit status (0 done, 1 a stage failed, 2 bad usage). */
export async function main(argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv, STAGES.map((s) => s.name));
  if (typeof args === 'string') {
    console.error(`build:data: ${args}\n${usage(STAGES)}`);
    return 2;
  }
  if (args.help) {
    console.log(usage(STAGES));
    return 0;
  }
  try {
    await runPipeline(STAGES, args.outDir ?? GAZETTEER_DIR, { force: args.force, only: args.only });
    return 0;
  } catch (e) {
    console.error(`build:data: ${(e as Error).stack ?? e}`);
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = await main(process.argv.slice(2));
