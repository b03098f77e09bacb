#!/usr/bin/env node
// Self-test of check.mjs on the fixtures: a clean page passes, known violations and a network
// request fail, usage and launch errors exit 2, and screenshots are named from the language folder.
//
//   npm test            (in scripts/a11y)

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, readSync, closeSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const check = path.join(here, 'check.mjs');
const fixture = (name) => path.join(here, 'fixtures', name);

let passed = 0;
let failed = 0;

function run(args, env = {}) {
  const r = spawnSync(process.execPath, [check, ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: 180_000,
  });
  return { code: r.status, out: `${r.stdout ?? ''}${r.stderr ?? ''}` };
}

function test(name, fn) {
  const started = Date.now();
  try {
    fn();
    passed++;
    console.log(`ok   ${name} (${Date.now() - started} ms)`);
  } catch (e) {
    failed++;
    console.log(`FAIL ${name}: ${e.message}`);
  }
}

function expect(cond, message, out) {
  if (!cond) throw new Error(out === undefined ? message : `${message}\n--- output ---\n${out}--- end ---`);
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file) {
  const fd = openSync(file, 'r');
  const buf = Buffer.alloc(24);
  readSync(fd, buf, 0, 24, 0);
  closeSync(fd);
  expect(buf.subarray(1, 4).toString('latin1') === 'PNG', `${file} is not a PNG`);
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

const tmp = mkdtempSync(path.join(tmpdir(), 'stocktake-a11y-test-'));
try {
  test('clean page: exit 0, no violations, no network request', () => {
    const { code, out } = run([fixture('clean.html')]);
    expect(code === 0, `exit ${code}, expected 0`, out);
    expect(/0 violations/.test(out), 'output does not say 0 violations', out);
    expect(/network requests: 0/.test(out), 'output does not say network requests: 0', out);
  });

  test('violations page: exit 1, names image-alt, color-contrast and label', () => {
    const { code, out } = run([fixture('violations.html')]);
    expect(code === 1, `exit ${code}, expected 1`, out);
    for (const id of ['image-alt', 'color-contrast', 'label']) {
      expect(new RegExp(`VIOLATION ${id} `).test(out), `output does not name ${id}`, out);
    }
    expect(/<img src="data:image\/gif/.test(out), 'output does not show the offending node', out);
  });

  test('network page: exit 1, the request to example.org is reported', () => {
    const { code, out } = run([fixture('network.html')]);
    expect(code === 1, `exit ${code}, expected 1`, out);
    expect(/NETWORK GET https:\/\/example\.org\/logo\.png/.test(out), 'request not reported', out);
    expect(/0 violations/.test(out), 'the network fixture should be otherwise clean', out);
  });

  test('several files: one failing file fails the run', () => {
    const { code, out } = run([fixture('clean.html'), fixture('network.html')]);
    expect(code === 1, `exit ${code}, expected 1`, out);
    expect(/2 files checked: 1 clean, 1 failing/.test(out), 'summary line missing', out);
  });

  test('screenshots: <lang>-desktop.png (1280 wide) and <lang>-phone.png (390 wide), right-to-left too', () => {
    const clean = readFileSync(fixture('clean.html'), 'utf8');
    const arabic = clean.replace('lang="en" dir="ltr"', 'lang="ar" dir="rtl"');
    expect(arabic !== clean, 'could not make the right-to-left copy of clean.html');
    for (const [lang, html] of [['en', clean], ['ar', arabic]]) {
      mkdirSync(path.join(tmp, 'report', lang), { recursive: true });
      writeFileSync(path.join(tmp, 'report', lang, 'index.html'), html);
    }
    const shots = path.join(tmp, 'shots');
    const { code, out } = run([
      '--screenshots', shots,
      path.join(tmp, 'report', 'en', 'index.html'),
      path.join(tmp, 'report', 'ar', 'index.html'),
    ]);
    expect(code === 0, `exit ${code}, expected 0`, out);
    for (const lang of ['en', 'ar']) {
      for (const [kind, width] of [['desktop', 1280], ['phone', 390]]) {
        const file = path.join(shots, `${lang}-${kind}.png`);
        expect(existsSync(file), `${lang}-${kind}.png not written`, out);
        const size = pngSize(file);
        expect(size.width === width, `${lang}-${kind}.png is ${size.width} px wide, expected ${width}`);
        expect(size.height > 0, `${lang}-${kind}.png has no height`);
      }
    }
  });

  test('usage error: no file exits 2', () => {
    const { code, out } = run([]);
    expect(code === 2, `exit ${code}, expected 2`, out);
    expect(/usage:/.test(out), 'no usage text', out);
  });

  test('usage error: a missing file exits 2', () => {
    const { code, out } = run([path.join(tmp, 'no-such.html')]);
    expect(code === 2, `exit ${code}, expected 2`, out);
    expect(/no such file/.test(out), 'no message naming the missing file', out);
  });

  test('launch error: Chromium missing exits 2 and says how to install it', () => {
    const { code, out } = run([fixture('clean.html')], { CHROMIUM: path.join(tmp, 'no-chromium') });
    expect(code === 2, `exit ${code}, expected 2`, out);
    expect(/Chromium not found/.test(out) && /apt-get install -y chromium/.test(out), 'no install hint', out);
  });
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
