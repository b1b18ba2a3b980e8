// The Firefox build passes Mozilla's add-on linter (web-ext lint) with no errors. The build is
// the one the project's global setup (build.ts) made for the Firefox tests. The linter reads
// every file of it, 14 MB of gazetteer included: about ten seconds on an idle machine, several
// times that on a busy one, so it runs as a child process the test awaits (a synchronous call
// would hold the event loop and the test's own timer with it) within a time-out for a busy machine.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { FIREFOX_EXTENSION_DIR } from './firefox';

interface LintReport {
  summary: { errors: number; warnings: number };
  errors: Array<{ code: string; message: string; file?: string }>;
}

describe('the Firefox build', () => {
  it('passes web-ext lint with no errors', async () => {
    let output: string;
    try {
      ({ stdout: output } = await promisify(execFile)('npx', ['web-ext', 'lint', '--source-dir', FIREFOX_EXTENSION_DIR, '--output', 'json'], { maxBuffer: 64 * 1024 * 1024 }));
    } catch (e) {
      // web-ext exits non-zero when it finds errors; the report is still on stdout
      output = String((e as { stdout?: string }).stdout ?? '');
    }
    const report = JSON.parse(output.slice(output.indexOf('{'))) as LintReport;
    expect(report.errors.map((m) => `${m.code} ${m.file ?? ''}: ${m.message}`)).toEqual([]);
    expect(report.summary.errors).toBe(0);
  }, 300_000);
});
