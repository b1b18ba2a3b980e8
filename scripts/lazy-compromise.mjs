// compromise, evaluated at its first call instead of when the code that imports it starts: its
// start builds its lexicon, about 0.3 s of CPU (0.6 s in Node from its source files) that every
// start of the extension's service worker paid, and every start of the command line, whether or
// not a text had English in it. The English place finder (lib/places/en.ts) imports compromise
// as usual; the builds put this module in its place: the extension's (wxt.config.ts, a Vite
// plugin) and the command line's (scripts/build-cli.mjs, an esbuild plugin). The package is
// bundled whole into a function the first call runs: a service worker cannot import() later,
// so a chunk loaded on demand is no option there. Tests and tsx run compromise as it is.
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));

const MODULE_ID = '\0newsfacts-lazy-compromise';

/** The module's code: compromise bundled by esbuild inside a function, and a default export that runs it once. */
function lazyCompromiseSource() {
  const [bundle] = buildSync({
    stdin: { contents: "export { default } from 'compromise';", resolveDir: root },
    bundle: true,
    format: 'iife',
    globalName: 'compromiseModule',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    write: false,
    logLevel: 'warning',
  }).outputFiles;
  return `let nlp;
function evaluate() {
${bundle.text}
return compromiseModule.default;
}
export default function lazyNlp(...args) {
  nlp ??= evaluate();
  return nlp(...args);
}
`;
}

/** The Vite plugin of the extension's build. */
export function lazyCompromiseVite() {
  return {
    name: 'newsfacts-lazy-compromise',
    enforce: 'pre',
    resolveId: (source) => (source === 'compromise' ? MODULE_ID : undefined),
    load: (id) => (id === MODULE_ID ? lazyCompromiseSource() : undefined),
  };
}

/** The esbuild plugin of the command line's build. */
export function lazyCompromiseEsbuild() {
  return {
    name: 'newsfacts-lazy-compromise',
    setup(build) {
      build.onResolve({ filter: /^compromise$/ }, () => ({ path: 'compromise', namespace: 'lazy-compromise' }));
      build.onLoad({ filter: /.*/, namespace: 'lazy-compromise' }, () => ({ contents: lazyCompromiseSource(), loader: 'js', resolveDir: root }));
    },
  };
}
