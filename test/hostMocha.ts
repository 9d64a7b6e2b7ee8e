import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

/**
 * Runs every `*.test.js` below `dir` with mocha's `spec` reporter, colours off, so its lines
 * read cleanly in the runner's log, and ends with one `<label>: N passed, N failed, N skipped`
 * line, the form CI logs are read for. Rejects when a test failed.
 */
export async function runHostSuites(dir: string, label: string): Promise<void> {
  // FRAMING_LENS_TEST_GREP runs only the tests whose titles match it (while working on them).
  const grep = process.env['FRAMING_LENS_TEST_GREP'];
  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', color: false, timeout: 20_000, ...(grep ? { grep } : {}) });
  for (const file of testFiles(dir)) mocha.addFile(file);

  const failures = await new Promise<number>((resolve, reject) => {
    try {
      const runner = mocha.run(resolve);
      runner.once('end', () => {
        const { passes = 0, failures = 0, pending = 0 } = runner.stats ?? {};
        console.log(`${label}: ${passes} passed, ${failures} failed, ${pending} skipped`);
      });
    } catch (error) {
      reject(error);
    }
  });
  if (failures > 0) throw new Error(`${failures} ${label} test${failures === 1 ? '' : 's'} failed`);
}

/** Every compiled test file below `dir`, in a stable order. */
function testFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.test.js'))
    .sort()
    .map((name) => path.join(dir, name));
}
