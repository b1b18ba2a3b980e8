// What the options page needs from the browser: the extension passes the real one
// (entrypoints/options/main.tsx), tests a fake.
import type { PlaceFacts } from '../../lib/gazetteer/types';
import type { SettingsStore } from '../../lib/settings-store';

export interface OptionsApi {
  settings: SettingsStore;
  /** The gazetteer's facts of a division code (asked of the background), null for an unknown code. */
  lookup(code: string): Promise<PlaceFacts | null>;
  /** The units whose name holds what the reader typed (Chinese or English), best first. */
  search(query: string): Promise<PlaceFacts[]>;
}
