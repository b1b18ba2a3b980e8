// Builds the Firefox flavour of the extension once before the Firefox tests (`npm test` builds
// only the Chrome one with `wxt build`); a few seconds, or longer on a busy machine.
import { execFileSync } from 'node:child_process';

export default function buildFirefoxExtension(): void {
  execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], { stdio: 'pipe' });
}
