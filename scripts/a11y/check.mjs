#!/usr/bin/env node
// Accessibility check of Stocktake's self-contained HTML reports in headless Chromium.
//
//   node scripts/a11y/check.mjs [--screenshots DIR] FILE.html...
//
// For each file: open it as a file:// URL with every request other than file:, data:, blob: and
// about: denied (and counted as a failure: a report must not reach the network), run axe-core on
// the WCAG 2.0/2.1 A and AA rules, emulate print media once, and optionally save full-page
// screenshots at a desktop and a phone width.
//
// Exit status: 0 all files clean; 1 a file has an axe violation, made a network request, threw a
// page error or could not be loaded; 2 usage error or Chromium could not be started.

import { createRequire } from 'node:module';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';

const require = createRequire(import.meta.url);

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const LOCAL_SCHEMES = ['file:', 'data:', 'blob:', 'about:'];
const VIEWPORTS = [
  { name: 'desktop', width: 1280, height: 800, deviceScaleFactor: 1, isMobile: false, hasTouch: false },
  { name: 'phone', width: 390, height: 844, deviceScaleFactor: 1, isMobile: true, hasTouch: true },
];
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Belt and braces behind request interception, which does not see WebSockets: send every
  // http(s)/ws(s) connection, loopback included, to a proxy port nobody listens on.
  '--proxy-server=127.0.0.1:1',
  '--proxy-bypass-list=<-loopback>',
];
const SNIPPET_MAX = 160;
const NAV_TIMEOUT_MS = 30_000;
const MAX_SHOT_HEIGHT = 16_000;

const USAGE = `usage: node scripts/a11y/check.mjs [--screenshots DIR] FILE.html...

Runs axe-core (WCAG tags ${WCAG_TAGS.join(', ')}) on each HTML file in headless Chromium,
denies and reports any request that is not file:, data:, blob: or about:, and with
--screenshots saves <lang>-desktop.png (1280 px) and <lang>-phone.png (390 px) per file,
<lang> being the name of the file's parent folder.

Chromium: /usr/bin/chromium, or the executable named by env CHROMIUM.
Exit status: 0 clean, 1 violations/network requests/page errors, 2 usage or launch error.`;

class UsageError extends Error {}

function parseArgs(argv) {
  const files = [];
  let screenshots = null;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '-h' || a === '--help') {
      console.log(USAGE);
      process.exit(0);
    } else if (a === '--screenshots') {
      if (i + 1 >= argv.length) throw new UsageError('--screenshots needs a directory');
      screenshots = argv[++i];
    } else if (a.startsWith('--screenshots=')) {
      screenshots = a.slice('--screenshots='.length);
      if (!screenshots) throw new UsageError('--screenshots needs a directory');
    } else if (a === '--') {
      files.push(...argv.slice(i + 1));
      break;
    } else if (a.startsWith('-')) {
      throw new UsageError(`unknown option ${a}`);
    } else {
      files.push(a);
    }
  }
  if (files.length === 0) throw new UsageError('no HTML file given');
  for (const f of files) {
    if (!existsSync(f) || !statSync(f).isFile()) throw new UsageError(`no such file: ${f}`);
  }
  return { files, screenshots };
}

function truncate(s, max = SNIPPET_MAX) {
  const one = String(s).replace(/\s+/g, ' ').trim();
  return one.length > max ? one.slice(0, max - 1) + '…' : one;
}

/** Screenshot name stems: the parent folder's name (the report language), made unique if two files share it. */
function screenshotStems(files) {
  const byParent = new Map();
  for (const f of files) {
    const parent = path.basename(path.dirname(path.resolve(f)));
    byParent.set(parent, (byParent.get(parent) ?? 0) + 1);
  }
  const used = new Set();
  return files.map((f) => {
    const parent = path.basename(path.dirname(path.resolve(f)));
    let stem = byParent.get(parent) > 1 ? `${parent}-${path.basename(f, path.extname(f))}` : parent;
    for (let n = 2; used.has(stem); n++) stem = `${stem}-${n}`;
    used.add(stem);
    return stem.replace(/[^A-Za-z0-9._-]/g, '_');
  });
}

async function launch() {
  const executablePath = process.env.CHROMIUM || '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    throw new UsageError(
      `Chromium not found at ${executablePath}. Install Debian's with ` +
        '`apt-get update && apt-get install -y chromium` (as root), or set CHROMIUM to a Chromium executable.',
    );
  }
  let puppeteer;
  try {
    puppeteer = (await import('puppeteer-core')).default;
  } catch (e) {
    throw new UsageError(`puppeteer-core is not installed: run \`npm ci --prefix scripts/a11y\` (${e.message})`);
  }
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'stocktake-a11y-chromium-'));
  try {
    const browser = await puppeteer.launch({
      executablePath,
      headless: true,
      userDataDir,
      args: CHROMIUM_ARGS,
      timeout: 60_000,
    });
    return { browser, userDataDir };
  } catch (e) {
    rmSync(userDataDir, { recursive: true, force: true });
    throw new UsageError(`could not start Chromium (${executablePath}): ${e.message}`);
  }
}

/** Wait two frames so a viewport change has been laid out and painted. */
function settle(page) {
  return page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

function isLocal(url) {
  return LOCAL_SCHEMES.some((s) => url.startsWith(s));
}

async function checkFile(browser, file, axeSource, shotsDir, stem) {
  const started = performance.now();
  const result = { file, network: [], pageErrors: [], consoleErrors: [], notes: [], axe: null, loadError: null, shots: [] };
  const page = await browser.newPage();
  try {
    const vp0 = VIEWPORTS[0];
    await page.setViewport(vp0);
    await page.setRequestInterception(true);
    page.on('request', (req) => {
      const url = req.url();
      if (isLocal(url)) {
        req.continue().catch(() => {});
      } else {
        result.network.push(`${req.method()} ${url} (${req.resourceType()})`);
        req.abort('blockedbyclient').catch(() => {});
      }
    });
    // WebSockets do not pass through request interception: record them at the protocol level
    // (the proxy flags above keep them from connecting).
    const cdp = await page.createCDPSession();
    await cdp.send('Network.enable');
    cdp.on('Network.webSocketCreated', ({ url }) => {
      if (!isLocal(url)) result.network.push(`WEBSOCKET ${url}`);
    });
    page.on('pageerror', (err) => result.pageErrors.push(truncate(err?.message ?? err, 300)));
    page.on('console', (msg) => {
      if (msg.type() === 'error' && !/net::ERR_BLOCKED_BY_CLIENT/.test(msg.text())) {
        result.consoleErrors.push(truncate(msg.text(), 300));
      }
    });

    const url = pathToFileURL(path.resolve(file)).href;
    try {
      await page.goto(url, { waitUntil: 'load', timeout: NAV_TIMEOUT_MS });
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
    } catch (e) {
      result.loadError = e.message;
      return result;
    }

    // axe is injected through the DevTools protocol, so a report's Content-Security-Policy
    // (which may well forbid inline scripts) does not stop it.
    await page.evaluate(axeSource);
    result.axe = await page.evaluate(
      (tags) =>
        window.axe
          .run(document, { runOnly: { type: 'tag', values: tags } })
          .then((r) => ({
            passes: r.passes.length,
            incomplete: r.incomplete.map((x) => ({ id: x.id, impact: x.impact, help: x.help, nodes: x.nodes.length })),
            violations: r.violations.map((v) => ({
              id: v.id,
              impact: v.impact,
              help: v.help,
              helpUrl: v.helpUrl,
              nodes: v.nodes.map((n) => ({ target: n.target, html: n.html })),
            })),
            inapplicable: r.inapplicable.length,
          })),
      WCAG_TAGS,
    );

    // Print media once: the page must lay out for print without throwing.
    try {
      await page.emulateMediaType('print');
      await page.evaluate(() => document.documentElement.getBoundingClientRect().height);
      await page.emulateMediaType(null);
    } catch (e) {
      result.pageErrors.push(`print media emulation failed: ${truncate(e.message, 300)}`);
    }

    if (shotsDir) {
      // Full page by growing the viewport to the page's height rather than with puppeteer's
      // fullPage/captureBeyondViewport, which in this Chromium shifts a right-to-left page
      // sideways and cuts off its right edge (the Arabic report).
      for (const vp of VIEWPORTS) {
        await page.setViewport(vp);
        await settle(page);
        // On a phone a page wider than the screen is zoomed out to fit (visualViewport.scale < 1),
        // so its full height on screen is its CSS height times that scale.
        const size = await page.evaluate(() => {
          const scale = window.visualViewport?.scale ?? 1;
          const css = Math.max(document.documentElement.scrollHeight, document.body?.scrollHeight ?? 0);
          return { height: Math.ceil(css * Math.min(scale, 1)), width: document.documentElement.scrollWidth };
        });
        if (size.width > vp.width) {
          result.notes.push(`${vp.name}: page is ${size.width} px wide in a ${vp.width} px viewport (scrolls sideways)`);
        }
        const height = Math.min(Math.max(size.height, vp.height), MAX_SHOT_HEIGHT);
        if (size.height > MAX_SHOT_HEIGHT) {
          result.notes.push(`${vp.name}: screenshot cut at ${MAX_SHOT_HEIGHT} px of ${size.height} px`);
        }
        await page.setViewport({ ...vp, height });
        await settle(page);
        const out = path.join(shotsDir, `${stem}-${vp.name}.png`);
        await page.screenshot({ path: out, captureBeyondViewport: false });
        result.shots.push(out);
      }
      await page.setViewport(VIEWPORTS[0]);
    }
  } finally {
    result.ms = Math.round(performance.now() - started);
    await page.close().catch(() => {});
  }
  return result;
}

function report(r) {
  const lines = [];
  lines.push(`== ${r.file}`);
  if (r.loadError) lines.push(`  LOAD FAILED: ${r.loadError}`);
  if (r.axe) {
    const a = r.axe;
    lines.push(`  axe: ${a.passes} passes, ${a.violations.length} violations, ${a.incomplete.length} incomplete`);
    for (const v of a.violations) {
      lines.push(`  VIOLATION ${v.id} [${v.impact ?? 'n/a'}] ${v.help}`);
      lines.push(`    ${v.helpUrl}`);
      for (const n of v.nodes) {
        lines.push(`    - ${n.target.map((t) => (Array.isArray(t) ? t.join(' >>> ') : t)).join(' | ')}`);
        lines.push(`      ${truncate(n.html)}`);
      }
    }
    for (const i of a.incomplete) {
      lines.push(`  incomplete (needs review) ${i.id} [${i.impact ?? 'n/a'}] ${i.help} (${i.nodes} node${i.nodes === 1 ? '' : 's'})`);
    }
  }
  lines.push(`  network requests: ${r.network.length}${r.network.length ? ' (denied; a report must be self-contained)' : ''}`);
  for (const n of r.network) lines.push(`  NETWORK ${n}`);
  for (const e of r.pageErrors) lines.push(`  PAGE ERROR ${e}`);
  for (const e of r.consoleErrors) lines.push(`  console error (not counted): ${e}`);
  for (const n of r.notes) lines.push(`  note: ${n}`);
  for (const s of r.shots) lines.push(`  screenshot ${s}`);
  const failed = failedOf(r);
  lines.push(`  ${failed ? 'FAIL' : 'ok'} (${r.ms} ms)`);
  console.log(lines.join('\n'));
}

function failedOf(r) {
  return Boolean(r.loadError || !r.axe || r.axe.violations.length || r.network.length || r.pageErrors.length);
}

async function main() {
  let args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (e) {
    if (e instanceof UsageError) {
      console.error(`check.mjs: ${e.message}\n\n${USAGE}`);
      process.exit(2);
    }
    throw e;
  }

  let axeSource;
  try {
    axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  } catch (e) {
    console.error(`check.mjs: axe-core is not installed: run \`npm ci --prefix scripts/a11y\` (${e.message})`);
    process.exit(2);
  }
  const axeVersion = JSON.parse(readFileSync(require.resolve('axe-core/package.json'), 'utf8')).version;

  if (args.screenshots) mkdirSync(args.screenshots, { recursive: true });
  const stems = screenshotStems(args.files);

  let browser, userDataDir;
  try {
    ({ browser, userDataDir } = await launch());
  } catch (e) {
    console.error(`check.mjs: ${e.message}`);
    process.exit(2);
  }

  let failures = 0;
  try {
    console.log(`axe-core ${axeVersion}, ${await browser.version()}, tags ${WCAG_TAGS.join(',')}`);
    for (let i = 0; i < args.files.length; i++) {
      let r;
      try {
        r = await checkFile(browser, args.files[i], axeSource, args.screenshots, stems[i]);
      } catch (e) {
        r = { file: args.files[i], network: [], pageErrors: [], consoleErrors: [], notes: [], shots: [], axe: null, loadError: `check failed: ${e.message}`, ms: 0 };
      }
      report(r);
      if (failedOf(r)) failures++;
    }
  } finally {
    await browser.close().catch(() => {});
    rmSync(userDataDir, { recursive: true, force: true });
  }
  console.log(`${args.files.length} file${args.files.length === 1 ? '' : 's'} checked: ${args.files.length - failures} clean, ${failures} failing`);
  process.exit(failures ? 1 : 0);
}

main();
