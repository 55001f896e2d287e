// The LAN mode across the room: separate browser contexts (so no BroadcastChannel links them)
// on loopback, the serving machine at 127.0.0.1 and the devices at 127.0.0.2.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { fingerprintOf } from '../../tooling/content/fingerprint.ts';
import { currentText, launch, normalise, skipReason } from '../support/browser.ts';
import { ICARUS, icarus } from '../support/speech.ts';
import { codeFor, killLanServer, startLanServer, type LanServer } from '../../server/child.ts';
import { seriousViolations } from '../support/axe.ts';
import { heardCount, recordHeard, saidCount } from '../support/heard.ts';

const speech = icarus();
const fingerprint = fingerprintOf(speech);
/** The speech's identity on the wire: its folder's name. */
const speechId = 'icarus';
const builtFile = inject('icarusFile');
/** Where the server sees the devices come from: Chromium opens 127.0.0.2 from loopback's first address. */
const FROM = '127.0.0.1';
/** Phrases that must never reach an unpaired device: the title, every point's opening, the signature, the version. */
const SECRETS = [
  speech.event.title,
  ...speech.points.map((p) => normalise(p.text).slice(0, 30)),
  speech.signature.name,
  speech.note.title,
  fingerprint,
];

/** Every context a test opened, closed after it even when it fails. */
const opened: BrowserContext[] = [];

/** A device or window in its own browser context, with its console errors. */
async function context(browser: Browser): Promise<{ page: Page; errors: string[] }> {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  opened.push(ctx);
  const page = await ctx.newPage();
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  return { page, errors };
}

/** Pairs a device at the network address with a code; returns its page once the app shows. */
async function pairWithCode(browser: Browser, server: LanServer, role: 'console' | 'follower' | 'standby'): Promise<Page> {
  const { page } = await context(browser);
  await page.goto(server.network);
  await page.getByLabel(/Pairing code/).fill(await codeFor(server, role));
  await page.getByRole('button', { name: 'Pair' }).click();
  await page.locator('[data-testid="current-point"]').waitFor();
  return page;
}

/** The podium's point number, from its progress line ("3 / 19"). */
async function podiumAt(page: Page): Promise<string> {
  return (await page.locator('[data-testid="progress"]').textContent()) ?? '';
}

/**
 * Opens the serving machine's podium at the first point. The server may hold the state an
 * earlier test left: wait until the podium has taken the server's newest state before going
 * home, so that going home is the newest state and nothing older overtakes it.
 */
async function openPodium(browser: Browser, server: LanServer): Promise<{ page: Page; errors: string[] }> {
  const podium = await context(browser);
  await recordHeard(podium.page);
  await podium.page.goto(`${server.local}#/present`);
  await podium.page.locator('[data-testid="current-point"]').waitFor();
  // Once its own state has left, a hello on the same socket is answered with the server's
  // newest state (an earlier test's, or this podium's own): the server always has one to send.
  await expect.poll(() => saidCount(podium.page, 'state'), { timeout: 10_000 }).toBeGreaterThan(0);
  const before = await heardCount(podium.page, 'state');
  await podium.page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
  await expect.poll(() => heardCount(podium.page, 'state'), { timeout: 10_000 }).toBeGreaterThan(before);
  await podium.page.keyboard.press('Home');
  await expect.poll(() => podiumAt(podium.page)).toBe(`1 / ${speech.points.length}`);
  return podium;
}

describe.skipIf(skipReason !== '')('LAN mode', () => {
  let browser: Browser;
  let server: LanServer;
  let records: string;

  beforeAll(async () => {
    records = mkdtempSync(join(tmpdir(), 'lectern-records-'));
    // The server serves the Icarus build and names the screens of its records from the speech on
    // disk: the same Icarus, whatever content the suite runs on.
    vi.stubEnv('LECTERN_CONTENT', ICARUS);
    server = await startLanServer(builtFile, records);
    browser = await launch();
  });

  afterEach(async () => {
    await Promise.all(opened.splice(0).map((ctx) => ctx.close().catch(() => undefined)));
  });

  afterAll(async () => {
    await browser?.close();
    if (server) await killLanServer(server);
    vi.unstubAllEnvs();
    rmSync(records, { recursive: true, force: true });
  });

  it('gives an unpaired device the pairing page and no word of the speech, over HTTP or WebSocket', async () => {
    const { page } = await context(browser);
    const bodies: string[] = [];
    page.on('response', async (response) => bodies.push(await response.text().catch(() => '')));
    page.on('websocket', (ws) => ws.on('framereceived', (frame) => bodies.push(String(frame.payload))));
    for (const path of ['', '#/present/3', 'index.html#/console', 'lan/admin']) await page.goto(`${server.network}${path}`);
    await page.goto(server.network);
    await expect(page.getByRole('heading', { name: 'Pair this device' }).isVisible()).resolves.toBe(true);
    const closed = await page.evaluate(
      ({ speechId, version }) =>
        new Promise<number>((done) => {
          const ws = new WebSocket(`ws://${location.host}/lan/socket?speech=${encodeURIComponent(speechId)}&fingerprint=${version}`);
          ws.onopen = () => ws.send(JSON.stringify({ type: 'hello' }));
          ws.onclose = (event) => done(event.code);
        }),
      { speechId, version: fingerprint },
    );
    expect(closed).toBe(4401);
    expect(bodies.length).toBeGreaterThanOrEqual(3);
    const all = bodies.join('\n');
    expect(all).toContain('Pair this device');
    for (const secret of SECRETS) expect(all).not.toContain(secret);
    await page.context().close();
  });

  it('pairs a console by code, and the console moves the podium', async () => {
    const podium = await openPodium(browser, server);
    const consolePage = await pairWithCode(browser, server, 'console');
    expect(consolePage.url()).toContain('#/console');
    await expect.poll(() => consolePage.getByTestId('connection').textContent()).toBe('Connected');
    await consolePage.getByRole('button', { name: 'Next →' }).click();
    await consolePage.keyboard.press('PageDown');
    await expect.poll(() => podiumAt(podium.page)).toBe(`3 / ${speech.points.length}`);
    expect(await currentText(podium.page)).toContain(normalise(speech.points[2]?.text ?? '').slice(0, 40));
    expect(podium.errors).toEqual([]);
    await podium.page.context().close();
    await consolePage.context().close();
  });

  it('lets a follower read along, and nothing it does moves the podium', async () => {
    const podium = await openPodium(browser, server);
    const follower = await pairWithCode(browser, server, 'follower');
    expect(follower.url()).toContain('#/read');
    const before = await podiumAt(podium.page);
    await podium.page.keyboard.press('PageDown');
    // The progress line follows the point in a render of its own.
    await expect.poll(() => podiumAt(podium.page)).not.toBe(before);
    const at = await podiumAt(podium.page);
    const number = Number(at.split(' / ')[0]);
    await expect.poll(() => currentText(follower)).toContain(normalise(speech.points[number - 1]?.text ?? '').slice(0, 40));
    // Its reading mode offers no mode switch; its keys and clicks move nothing, not even its own focus.
    await expect(follower.getByRole('button', { name: /Presenter mode/ }).count()).resolves.toBe(0);
    await follower.keyboard.press('PageDown');
    await follower.keyboard.press('v');
    await follower.getByText(normalise(speech.points[0]?.text ?? '').slice(0, 30)).click();
    expect(follower.url()).toContain('#/read');
    expect(await currentText(follower)).toContain(normalise(speech.points[number - 1]?.text ?? '').slice(0, 40));
    // A forged state, sent straight from the follower's own socket, is dropped by the server: the
    // answer to the hello sent after it, on the same socket, is not the forged state.
    const answer = await follower.evaluate(
      ({ speechId, version, first }) =>
        new Promise<unknown>((done) => {
          const ws = new WebSocket(`ws://${location.host}${location.pathname}lan/socket?speech=${encodeURIComponent(speechId)}&fingerprint=${version}`);
          const identity = { protocol: 'lectern-sync/2', speech: speechId, version, from: 'zzz' };
          ws.onopen = () => {
            const run = { timer: { status: 'idle' }, spent: [], resetArmed: false };
            const state = { revision: 999_999, writer: 'zzz', screen: first, part: 0, splits: {}, display: 'black', cue: null, run, rehearsalRate: null, resumed: false };
            ws.send(JSON.stringify({ ...identity, type: 'state', state }));
            ws.send(JSON.stringify({ ...identity, type: 'hello' }));
          };
          ws.onmessage = (event) => {
            const data = (() => {
              try {
                return JSON.parse(String(event.data)) as { type?: string; state?: unknown };
              } catch {
                return null;
              }
            })();
            if (data?.type === 'state') done(data.state);
          };
        }),
      { speechId, version: fingerprint, first: `point:${speech.points[0]?.id ?? ''}` },
    );
    expect(answer).toMatchObject({ display: 'text' });
    expect(answer).not.toMatchObject({ writer: 'zzz' });
    // The podium asks again, after the forgery reached the server: once it has taken the answer, a forged state relayed to it would have been acted on.
    const heard = await heardCount(podium.page, 'state');
    await podium.page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
    await expect.poll(() => heardCount(podium.page, 'state'), { timeout: 10_000 }).toBeGreaterThan(heard);
    expect(await podiumAt(podium.page)).toBe(at);
    expect(await podium.page.locator('.blank-screen, [data-display="black"]').count()).toBe(0);
    await podium.page.context().close();
    await follower.context().close();
  });

  it('binds a paired device’s cookie to this server’s run, so another service on the laptop never receives it', async () => {
    const heard: (string | undefined)[] = [];
    const other = createServer((req, res) => {
      if (req.url !== '/favicon.ico') heard.push(req.headers.cookie);
      res.end('another service');
    });
    await new Promise<void>((done) => other.listen(0, '127.0.0.2', done));
    try {
      const device = await pairWithCode(browser, server, 'follower');
      const scope = new URL(device.url()).pathname;
      expect(scope).toMatch(/^\/lectern-[0-9a-f]{16}\/$/);
      const [paired] = await device.context().cookies(device.url());
      expect(paired).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: scope });
      // The same host on another port (cookies do not tell ports apart), at the paths a service uses: no cookie goes.
      const { port } = other.address() as AddressInfo;
      for (const path of ['/', '/lan/socket', '/index.html']) await device.goto(`http://127.0.0.2:${port}${path}`);
      expect(heard).toEqual([undefined, undefined, undefined]);
      expect(await device.context().cookies(server.network)).toEqual([]);
    } finally {
      await new Promise((done) => other.close(done));
    }
  });

  it('lets a standby podium follow screen by screen, then take over with its own keys, which every console is told', async () => {
    const podium = await openPodium(browser, server);
    const standby = await pairWithCode(browser, server, 'standby');
    expect(standby.url()).toContain('#/present');
    await podium.page.keyboard.press('Home');
    await podium.page.keyboard.press('PageDown');
    await expect.poll(() => podiumAt(standby)).toBe(`2 / ${speech.points.length}`);
    await standby.keyboard.press('PageDown');
    await expect.poll(() => podiumAt(standby)).toBe(`3 / ${speech.points.length}`);
    await expect.poll(() => podiumAt(podium.page)).toBe(`3 / ${speech.points.length}`);
    // The first podium fails: the standby carries on from the last point it knew, and the console follows it.
    const hostConsole = await context(browser);
    await hostConsole.page.goto(`${server.local}#/console`);
    await expect.poll(() => hostConsole.page.getByTestId('console-progress').textContent()).toBe(`3 / ${speech.points.length}`);
    await podium.page.context().close();
    await standby.keyboard.press('PageDown');
    await expect.poll(() => podiumAt(standby)).toBe(`4 / ${speech.points.length}`);
    await expect.poll(() => hostConsole.page.getByTestId('console-progress').textContent()).toBe(`4 / ${speech.points.length}`);
    // Its first key was its take-over, which the server recorded and names to every console, by the id Devices lists.
    await expect.poll(() => hostConsole.page.getByTestId('take-over').textContent()).toMatch(/^Standby [0-9A-F]{4} has taken over the podium$/);
    await hostConsole.page.context().close();
    await standby.context().close();
  });

  it('settles two consoles pressing at once on one point, the podium with them', async () => {
    const podium = await openPodium(browser, server);
    const first = await pairWithCode(browser, server, 'console');
    const second = await pairWithCode(browser, server, 'console');
    const where = (page: Page) => page.getByTestId('console-progress').textContent();
    await expect.poll(() => Promise.all([where(first), where(second)])).toEqual([`1 / ${speech.points.length}`, `1 / ${speech.points.length}`]);
    await Promise.all([first.keyboard.press('PageDown'), second.keyboard.press('PageDown')]);
    // Pressed at the same revision, one press wins (point 2); one heard before the other pressed,
    // both count (point 3). Either way the podium and both consoles end on one point.
    const settled = async () => {
      const [podiumPoint, a, b] = await Promise.all([podiumAt(podium.page), where(first), where(second)]);
      return podiumPoint === a && a === b ? a : `podium ${podiumPoint}, consoles ${a} and ${b}`;
    };
    await expect.poll(settled).toMatch(new RegExp(`^[23] / ${speech.points.length}$`));
    await podium.page.context().close();
    await first.context().close();
    await second.context().close();
  });

  it('makes a code only when the console asks, pairs with it once, and pairs no one after 3 wrong tries', async () => {
    const host = await context(browser);
    await host.page.goto(`${server.local}#/console`);
    await host.page.getByRole('button', { name: /^Devices/ }).click();
    await expect(host.page.locator('[data-testid^="code-"]').count()).resolves.toBe(0);
    await host.page.getByLabel('Role').selectOption('follower');
    await host.page.getByRole('button', { name: 'Add a device' }).click();
    const shown = host.page.getByTestId('code-follower');
    await shown.waitFor();
    const code = ((await shown.textContent()) ?? '').replace(/\s/g, '');
    expect(code).toMatch(/^\d{8}$/);
    // Three wrong tries from the network void it: the right code no longer pairs, and the console says who tried.
    const wrong = String((Number(code) + 1) % 10 ** 8).padStart(8, '0');
    const guesser = await context(browser);
    await guesser.page.goto(server.network);
    for (let i = 0; i < 3; i++) {
      await guesser.page.getByLabel(/Pairing code/).fill(wrong);
      await guesser.page.getByRole('button', { name: 'Pair' }).click();
      await expect.poll(() => guesser.page.getByRole('status').textContent()).toContain('not right');
      await guesser.page.getByRole('status').evaluate((el) => (el.textContent = ''));
    }
    await expect.poll(() => host.page.getByRole('status').filter({ hasText: 'withdrawn' }).textContent()).toBe(`follower code: 3 wrong codes from ${FROM}: code withdrawn.`);
    await expect(host.page.getByTestId('code-follower').count()).resolves.toBe(0);
    await guesser.page.getByLabel(/Pairing code/).fill(code);
    await guesser.page.getByRole('button', { name: 'Pair' }).click();
    await expect.poll(() => guesser.page.getByRole('status').textContent()).toContain('not right');
    await host.page.context().close();
    await guesser.page.context().close();
  });

  it('lists a request to join in Devices, never over the controls, and lets it in only after a role and a confirmation', async () => {
    const host = await context(browser);
    await host.page.goto(`${server.local}#/console`);
    const device = await context(browser);
    await device.page.goto(server.network);
    await device.page.getByRole('button', { name: 'Ask to join' }).click();
    await expect.poll(() => device.page.getByRole('status').textContent()).toMatch(/Comparison code: \d{4}\./);
    const waiting = (await device.page.getByRole('status').textContent()) ?? '';
    const compare = /Comparison code: (\d{4})\./.exec(waiting)?.[1] ?? '';
    expect(waiting).toContain(`sees this device as ${FROM}`);
    // The console counts it on its Devices button and shows nothing of it over the speech's controls.
    const devices = host.page.getByRole('button', { name: 'Devices (1 asking)' });
    await devices.waitFor();
    await expect(host.page.getByText(/asks to join/).count()).resolves.toBe(0);
    await expect(host.page.getByRole('alert').count()).resolves.toBe(0);
    await devices.click();
    const asking = host.page.getByRole('listitem', { name: `Request from ${FROM}` });
    await expect(asking.getByTestId('compare-code').textContent()).resolves.toBe(compare);
    await expect(asking.getByRole('button', { name: 'Let in…' }).isDisabled()).resolves.toBe(true);
    await asking.getByRole('radio', { name: 'follower' }).check();
    await asking.getByRole('button', { name: 'Let in…' }).click();
    expect(await device.page.getByRole('status').textContent()).toContain('Waiting for the console');
    const followers = host.page.locator('.pairing-devices li').filter({ hasText: `at ${FROM}, follower` });
    const followersBefore = await followers.count();
    await asking.getByRole('button', { name: `Confirm: let ${FROM} in as follower` }).click();
    await device.page.locator('[data-testid="current-point"]').waitFor();
    expect(device.page.url()).toContain('#/read');
    // The device just let in, listed last among the followers paired before it, once the server has it.
    await expect.poll(() => followers.count()).toBe(followersBefore + 1);
    const paired = followers.last();
    // Devices are paired over plain HTTP: the console says what that asks of the network.
    await host.page.getByText('Plain HTTP: use only on a network you control').waitFor();
    await paired.getByRole('button', { name: /^Revoke / }).click();
    await expect.poll(() => device.page.getByTestId('connection').textContent()).toContain('no longer paired');
    await host.page.context().close();
    await device.page.context().close();
  });

  it('has no serious or critical axe violations on the pairing page or the console’s devices', async () => {
    const device = await context(browser);
    await device.page.goto(server.network);
    expect(await seriousViolations(device.page)).toEqual([]);
    await device.page.getByRole('button', { name: 'Ask to join' }).click();
    const host = await context(browser);
    await host.page.goto(`${server.local}#/console`);
    await host.page.getByRole('button', { name: 'Devices (1 asking)' }).click();
    await host.page.getByRole('heading', { name: 'Add a device' }).waitFor();
    await host.page.getByRole('button', { name: 'Add a device' }).click();
    await host.page.locator('[data-testid^="code-"]').waitFor();
    expect(await seriousViolations(host.page)).toEqual([]);
    await host.page.getByRole('button', { name: `Refuse ${FROM}` }).click();
    await expect.poll(() => device.page.getByRole('status').textContent()).toContain('refused');
    expect(host.errors).toEqual([]);
    await device.page.context().close();
    await host.page.context().close();
    // Two axe runs over full pages: slow on a busy machine.
  }, 120_000);

  it('shows a device the network dropping, and brings it back to the current point when it returns', async () => {
    const podium = await openPodium(browser, server);
    const device = await pairWithCode(browser, server, 'console');
    await expect.poll(() => device.getByTestId('console-progress').textContent()).toBe(`1 / ${speech.points.length}`);
    const network = await device.context().newCDPSession(device);
    await network.send('Network.enable');
    await network.send('Network.emulateNetworkConditions', { offline: true, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
    await expect.poll(() => device.getByTestId('connection').textContent(), { timeout: 15_000 }).toContain('reconnecting');
    const hostConsole = await context(browser);
    await hostConsole.page.goto(`${server.local}#/console`);
    for (let i = 0; i < 3; i++) await podium.page.keyboard.press('PageDown');
    // The relay sends each move to every member at once: when the host's console has the last, so would the device, were it online.
    await expect.poll(() => hostConsole.page.getByTestId('console-progress').textContent(), { timeout: 10_000 }).toBe(`4 / ${speech.points.length}`);
    expect(await device.getByTestId('console-progress').textContent()).toBe(`1 / ${speech.points.length}`);
    await network.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
    await expect.poll(() => device.getByTestId('connection').textContent(), { timeout: 15_000 }).toBe('Connected');
    await expect.poll(() => device.getByTestId('console-progress').textContent()).toBe(`4 / ${speech.points.length}`);
    await podium.page.context().close();
    await device.context().close();
  });

  it('keeps the podium going when the server is killed, and resumes at the podium’s state on restart', async () => {
    const podium = await openPodium(browser, server);
    const hostConsole = await context(browser);
    await hostConsole.page.goto(`${server.local}#/console`);
    await podium.page.keyboard.press('Home');
    await expect.poll(() => hostConsole.page.getByTestId('console-progress').textContent()).toBe(`1 / ${speech.points.length}`);
    const device = await pairWithCode(browser, server, 'console');

    await killLanServer(server);
    await expect.poll(() => device.getByTestId('connection').textContent(), { timeout: 10_000 }).toContain('reconnecting');
    await expect.poll(() => hostConsole.page.getByTestId('connection').textContent(), { timeout: 10_000 }).toContain('reconnecting');
    // At 1024x768 the console's title stays whole, and the network notice covers none of its buttons.
    await hostConsole.page.setViewportSize({ width: 1024, height: 768 });
    const title = hostConsole.page.getByRole('heading', { level: 1 });
    // The layout follows the new size over a frame or two: poll until it has, rather than read it once.
    await expect.poll(() => title.evaluate((el) => ({ whole: el.scrollWidth <= el.clientWidth, wide: el.getBoundingClientRect().width > 200 }))).toEqual({ whole: true, wide: true });
    const save = hostConsole.page.getByRole('button', { name: 'Save as JSON' });
    await save.scrollIntoViewIfNeeded();
    const onTop = () =>
      save.evaluate((el) => {
        const box = el.getBoundingClientRect();
        return [box.left + 4, box.right - 4].every((x) => el.contains(document.elementFromPoint(x, box.top + box.height / 2)));
      });
    await expect.poll(onTop).toBe(true);
    for (let i = 0; i < 4; i++) await podium.page.keyboard.press('PageDown');
    await expect.poll(() => podiumAt(podium.page)).toBe(`5 / ${speech.points.length}`);

    server = await startLanServer(builtFile, records, server.port);
    await expect.poll(() => hostConsole.page.getByTestId('connection').textContent(), { timeout: 10_000 }).toBe('Connected');
    await expect.poll(() => hostConsole.page.getByTestId('console-progress').textContent(), { timeout: 10_000 }).toBe(`5 / ${speech.points.length}`);
    // Tokens die with the server: the device must pair again.
    await expect.poll(() => device.getByTestId('connection').textContent(), { timeout: 10_000 }).toContain('no longer paired');
    await device.getByRole('button', { name: 'Pair again' }).click();
    await device.getByRole('heading', { name: 'Pair this device' }).waitFor();
    await hostConsole.page.keyboard.press('PageDown');
    await expect.poll(() => podiumAt(podium.page)).toBe(`6 / ${speech.points.length}`);
    // The browser itself logs each refused reconnection; the page logs nothing else.
    expect(podium.errors.filter((e) => !/^WebSocket connection to 'ws:\/\/127\.0\.0\.1:\d+\/lan\/socket\?.*ERR_CONNECTION_REFUSED$/.test(e))).toEqual([]);
    await podium.page.context().close();
    await hostConsole.page.context().close();
    await device.context().close();
  });

  it('writes the delivery record to disk as it happens', () => {
    const files = readdirSync(records).filter((f) => f.endsWith('.jsonl'));
    expect(files.length).toBeGreaterThan(0);
    const lines = files.flatMap((f) => readFileSync(join(records, f), 'utf8').trim().split('\n'));
    const screens = lines.map((l) => JSON.parse(l) as { kind?: string; label?: string }).filter((e) => e.kind === 'screen');
    expect(screens.map((e) => e.label)).toContain(`Point 3 of ${speech.points.length}`);
  });
});
