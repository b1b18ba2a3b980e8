// The command line's compromise (scripts/build-cli.mjs puts this module in its place): the same
// package, evaluated at its first call instead of when the command starts. Its start builds its
// lexicon, 0.6 s of CPU that a run over Chinese text, or `newsfacts --help`, never needs; the
// English place finder (lib/places/en.ts) calls it as it calls compromise itself.
import { createRequire } from 'node:module';

let nlp;
export default function lazyNlp(...args) {
  nlp ??= createRequire(import.meta.url)('compromise');
  return nlp(...args);
}
