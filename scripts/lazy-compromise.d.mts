// Types of scripts/lazy-compromise.mjs, for wxt.config.ts.
import type { Plugin as VitePlugin } from 'vite';
import type { Plugin as EsbuildPlugin } from 'esbuild';
export function lazyCompromiseVite(): VitePlugin;
export function lazyCompromiseEsbuild(): EsbuildPlugin;
