// The command line's arguments: what `newsfacts --help` prints and how each option is read and
// refused. The run itself is cli/extract.ts.
import { availableParallelism } from 'node:os';
import type { Lang } from '../lib/annotation';
import { parseDivisionCode } from '../lib/division-code';
import { isCalendarDate } from '../lib/figures/dates';
import { t } from '../lib/i18n';
import '../lib/i18n/ui';
import { FORMATS, isFormat, type Format } from './formats';

export const USAGE = `usage: newsfacts [options] INPUT...

INPUT is a file (.txt, .html, .htm; .jsonl holds one document per line), a directory (read
recursively for those four), a glob pattern ('news/**/*.html'), or - for JSON Lines on standard
input. A JSON Lines document is {"id", "text"} or {"id", "html"}, with optional "url", "date"
(YYYY-MM-DD, settles years) and "lang".

  --format ${FORMATS.join('|')}   output (default json: JSON Lines, one document per input, in input order)
  --out DIR           one output file per input under DIR instead of standard output
  -o, --output FILE   write standard output's stream to FILE
  --resume            skip the ids already in --output FILE (or the files already in --out DIR)
  --jobs N            worker threads (default: one fewer than the cores, at least 1)
  --lang zh|en|auto   the texts' language (default auto)
  --home-region CODE  the reader's home region, a division code (370303 or 370303000000)
  --date YYYY-MM-DD   the publication date of every input, over what its markup states
  --quiet             no summary line on standard error`;

export interface Options {
  lang: Lang | 'auto';
  format: Format;
  /** Division code of the reader's home region, for linking ambiguous place names. */
  homeRegion?: string;
  /** The inputs' publication date (YYYY-MM-DD), over what an HTML file's markup states. */
  date?: string;
  /** One output file per input under this directory. */
  outDir?: string;
  /** The file standard output's stream goes to. */
  output?: string;
  resume: boolean;
  jobs: number;
  quiet: boolean;
  inputs: string[];
}

/** Whether `value` is a real day written YYYY-MM-DD. */
export function isIsoDay(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return !!m && isCalendarDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

const WITH_VALUE = new Set(['--lang', '--format', '--home-region', '--date', '--out', '--output', '-o', '--jobs']);

/** Reads one option's value into `options`, or returns why it is refused. */
function setOption(options: Options, arg: string, value: string): string | undefined {
  switch (arg) {
    case '--date':
      if (!isIsoDay(value)) return `--date takes the publication date as YYYY-MM-DD (a real day, such as 2024-03-05), not ${value}`;
      options.date = value;
      return;
    case '--home-region': {
      // read as the options page reads it, and refused with its words
      const code = parseDivisionCode(value);
      if (!code) return `--home-region: ${t('options.homeRegionInvalid', 'en', { input: value })}`;
      options.homeRegion = code;
      return;
    }
    case '--lang':
      if (value !== 'zh' && value !== 'en' && value !== 'auto') return `--lang must be zh, en or auto, not ${value}`;
      options.lang = value;
      return;
    case '--format':
      if (!isFormat(value)) return `--format ${value} is not supported; formats: ${FORMATS.join(', ')}`;
      options.format = value;
      return;
    case '--jobs':
      if (!/^[1-9]\d*$/.test(value)) return `--jobs takes a number of workers (1 or more), not ${value}`;
      options.jobs = Number(value);
      return;
    case '--out':
      options.outDir = value;
      return;
    default:
      options.output = value;
  }
}

/**
 * Worker threads unless --jobs says otherwise: one core is left to this thread, which reads, parses,
 * orders and writes the documents, and each worker loads the place index and village packs anew. On
 * two cores, two workers ran a 10 MB corpus 0.64 MB/s against one thread's 0.81 (npm run bench).
 */
export const DEFAULT_JOBS = Math.max(1, availableParallelism() - 1);

/** Parses the arguments, or returns the message to print (USAGE itself for --help). */
export function parseArgs(argv: string[]): Options | string {
  const options: Options = { lang: 'auto', format: 'json', resume: false, jobs: DEFAULT_JOBS, quiet: false, inputs: [] };
  let onlyInputs = false;
  for (let k = 0; k < argv.length; k++) {
    const arg = argv[k];
    if (onlyInputs) options.inputs.push(arg);
    else if (WITH_VALUE.has(arg)) {
      const value = argv[++k];
      if (value === undefined) return `${arg} needs a value\n${USAGE}`;
      const refused = setOption(options, arg, value);
      if (refused) return refused;
    } else if (arg === '--help' || arg === '-h') return USAGE;
    else if (arg === '--resume') options.resume = true;
    else if (arg === '--quiet') options.quiet = true;
    else if (arg === '--') onlyInputs = true;
    else if (arg.startsWith('--')) return `unknown option ${arg}\n${USAGE}`;
    else options.inputs.push(arg);
  }
  if (options.inputs.length === 0) return `no input given\n${USAGE}`;
  if (options.outDir && options.output) return '--out DIR and --output FILE exclude each other: one file per input, or one stream';
  if (options.resume && !options.outDir && !options.output) return '--resume needs the output to resume: --output FILE or --out DIR';
  return options;
}
