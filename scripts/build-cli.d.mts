// Types of scripts/build-cli.mjs, for the tests.
export const CLI_BUILD_DIR: string;
export const NODE_BUNDLE: import('esbuild').BuildOptions;
export function buildCli(): Promise<void>;
export function cliBuildIsCurrent(): boolean;
