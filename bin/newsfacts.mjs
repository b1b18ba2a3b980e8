#!/usr/bin/env node
// The installed `newsfacts` command. The engine is TypeScript; tsx compiles it on load so the
// command line and the extension run the very same source.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../cli/extract.ts');
process.exitCode = await main(process.argv.slice(2));
