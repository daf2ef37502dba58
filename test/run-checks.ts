/**
 * The one command behind `npm test`: typecheck, lint, then every vitest suite.
 * It ends with the plain line `N passed, N failed[, N skipped]` that CI reads, derived from
 * vitest's JSON report (vitest's own summary is meant for people, not for CI), and exits
 * non-zero when any step fails.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

interface VitestJsonReport {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  success: boolean;
}

function step(name: string, command: string, args: readonly string[]): boolean {
  console.log(`\n▶ ${name}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', shell: false });
  if (result.status !== 0) console.log(`✖ ${name} failed (exit ${result.status ?? result.signal})`);
  return result.status === 0;
}

const bin = (name: string): string => join('node_modules', '.bin', name);
const extraArgs = process.argv.slice(2);
const typecheckOk = step('typecheck', bin('tsc'), ['--noEmit']);
const lintOk = step('lint', bin('eslint'), ['-c', 'test/eslint.config.js', '.']);

const reportDir = mkdtempSync(join(tmpdir(), 'frontline-vitest-'));
const reportFile = join(reportDir, 'report.json');
const testsOk = step('tests', bin('vitest'), [
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${reportFile}`,
  ...extraArgs,
]);

let passed = 0;
let failed = 0;
let skipped = 0;
if (existsSync(reportFile)) {
  const report = JSON.parse(readFileSync(reportFile, 'utf8')) as VitestJsonReport;
  passed = report.numPassedTests;
  failed = report.numFailedTests;
  skipped = report.numPendingTests + report.numTodoTests;
} else {
  failed = 1; // vitest died before writing a report: count the whole run as one failure
}
rmSync(reportDir, { recursive: true, force: true });
// A failed typecheck or lint is a failure CI must see even when every test passed.
if (!typecheckOk) failed += 1;
if (!lintOk) failed += 1;
if (!testsOk && failed === 0) failed = 1;

console.log(`\n${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed === 0 ? 0 : 1);
