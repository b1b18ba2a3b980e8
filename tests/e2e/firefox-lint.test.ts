// The Firefox build passes Mozilla's add-on linter (web-ext lint) with no errors. It builds the
// Firefox flavour itself (a few seconds), so it sits with the browser tests.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

interface LintReport {
  summary: { errors: number; warnings: number };
  errors: Array<{ code: string; message: string; file?: string }>;
}

describe('the Firefox build', () => {
  it('passes web-ext lint with no errors', () => {
    execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], { stdio: 'pipe' });
    let output: string;
    try {
      output = execFileSync('npx', ['web-ext', 'lint', '--source-dir', '.output/firefox-mv2', '--output', 'json'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (e) {
      // web-ext exits non-zero when it finds errors; the report is still on stdout
      output = String((e as { stdout?: string }).stdout ?? '');
    }
    const report = JSON.parse(output.slice(output.indexOf('{'))) as LintReport;
    expect(report.errors.map((m) => `${m.code} ${m.file ?? ''}: ${m.message}`)).toEqual([]);
    expect(report.summary.errors).toBe(0);
  }, 120_000);
});
