// The rename tables (county-renames.json, prefecture-renames.json): units that the older map and
// telephone data know under a former code and name.

import { codePrefix } from '../../lib/division-code';

/** By the unit's 6-digit code: its former [code, name] pairs and what changed. */
export type RenameTable = Record<string, { former: string[][]; change: string }>;

/** Former [code, name] pairs of the unit with 12-digit `code`, if the table has any. */
export function formerNames(table: RenameTable, code: string): Array<[string, string]> {
  return (table[codePrefix(code, 'county')]?.former ?? []).map(([formerCode, name]) => [formerCode, name]);
}
