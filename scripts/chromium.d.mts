import type { BrowserContext } from 'playwright-core';

export const CHROMIUM_PATH: string;
export const EXTENSION_DIR: string;

export interface ServedFolder {
  /** Base URL, ending in a slash. */
  url: string;
  close(): Promise<void>;
}

export function serveFolder(dir: string): Promise<ServedFolder>;

export interface LaunchOptions {
  /** Load .output/chrome-mv3 (default true). */
  extension?: boolean;
  /** Run with --headless=new (default true). */
  headless?: boolean;
  /** Fixed viewport, or null for the window's own size (default null). */
  viewport?: { width: number; height: number } | null;
}

export interface LaunchedChromium<Id> {
  context: BrowserContext;
  /** The extension's id, or null without the extension. */
  extensionId: Id;
  /** Closes the browser, then deletes its profile folder. */
  close(): Promise<void>;
}

export function launchChromium(options: LaunchOptions & { extension: false }): Promise<LaunchedChromium<null>>;
export function launchChromium(options?: LaunchOptions): Promise<LaunchedChromium<string>>;
