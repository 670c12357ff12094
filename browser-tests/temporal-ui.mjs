#!/usr/bin/env node
// A real browser against Temporal's Web UI (2.54) in a running devstack: an on-call engineer finds journeys by
// search attribute, reads a history decoded through the web API's codec endpoint, and, from an origin the codec
// endpoint refuses, sees ciphertext only. No page may show a customer's name, ID number or reference.
//
// Run by devstack's TemporalWebUiBrowserIT; by hand against bin/devstack:
//   TEMPORAL_UI_URL=http://127.0.0.1:8233 TEMPORAL_UI_REFUSED_URL=http://localhost:8233 \
//   APPROVED_WORKFLOW_ID=journey-jny_... WAITING_REVIEW_WORKFLOW_ID=journey-jny_... \
//   RETRYING_WORKFLOW_ID=journey-jny_... SECRETS=$'王芳\n440305199505132561' node temporal-ui.mjs
//
// Environment:
//   TEMPORAL_UI_URL            the UI at the origin the codec endpoint allows (http://127.0.0.1:<uiPort>)
//   TEMPORAL_UI_REFUSED_URL    the same UI at an origin the codec endpoint refuses (http://localhost:<uiPort>)
//   TEMPORAL_NAMESPACE         default: default
//   APPROVED_WORKFLOW_ID       a journey that completed APPROVED
//   WAITING_REVIEW_WORKFLOW_ID a journey parked in WAITING_REVIEW
//   RETRYING_WORKFLOW_ID       a journey running, its ID_VERIFICATION vendor call failing and being retried
//   SECRETS                    strings no page may show (names, ID numbers, customer references): one per
//                              line, or a JSON array of strings
//   SCREENSHOT_DIR             where each page's screenshot goes; default: ./screenshots
//   CHROMIUM_PATH              default: /usr/bin/chromium
//   TIMEOUT_MS                 how long any one expectation may take to come true; default: 30000
//
// Exit status: 0 when every check passed, 1 when one failed (the message says which and why), 2 when the
// environment is incomplete.

import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { chromium } from 'playwright-core';

const env = process.env;

function required(name) {
  const value = (env[name] || '').trim();
  if (!value) {
    console.error(`temporal-ui: ${name} is required (see the top of temporal-ui.mjs)`);
    process.exit(2);
  }
  return value;
}

function secretsFrom(raw) {
  const text = (raw || '').trim();
  if (!text) {
    return [];
  }
  const list = text.startsWith('[') ? JSON.parse(text) : text.split('\n');
  return list.map((s) => String(s).trim()).filter((s) => s.length > 0);
}

const uiUrl = required('TEMPORAL_UI_URL').replace(/\/+$/, '');
const refusedUrl = required('TEMPORAL_UI_REFUSED_URL').replace(/\/+$/, '');
const namespace = (env.TEMPORAL_NAMESPACE || 'default').trim();
const journeys = {
  approved: required('APPROVED_WORKFLOW_ID'),
  waitingReview: required('WAITING_REVIEW_WORKFLOW_ID'),
  retrying: required('RETRYING_WORKFLOW_ID'),
};
const secrets = secretsFrom(env.SECRETS);
const screenshotDir = path.resolve(env.SCREENSHOT_DIR || 'screenshots');
const chromiumPath = env.CHROMIUM_PATH || '/usr/bin/chromium';
const timeout = Number(env.TIMEOUT_MS || 30000);

if (secrets.length === 0) {
  console.error('temporal-ui: SECRETS is empty: give the names, ID numbers and customer references to look for');
  process.exit(2);
}

class CheckFailed extends Error {}

function fail(message) {
  throw new CheckFailed(message);
}

function ok(message) {
  console.log(`ok - ${message}`);
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls until test() returns a truthy value, or fails with what was last seen. */
async function until(what, test, describeLast = () => '') {
  const deadline = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      last = await test();
      if (last) {
        return last;
      }
    } catch (e) {
      if (e instanceof CheckFailed) {
        throw e;
      }
      last = e;
    }
    if (Date.now() > deadline) {
      const detail = await Promise.resolve(describeLast(last)).catch(() => '');
      fail(`${what} (waited ${timeout} ms)${detail ? `: ${detail}` : ''}`);
    }
    await sleep(250);
  }
}

const textOf = (locator) => locator.innerText({ timeout: 2000 });

/** Waits for the element to show, or fails saying what was expected rather than which locator timed out. */
async function shows(locator, what) {
  try {
    await locator.first().waitFor({ state: 'visible' });
  } catch (e) {
    fail(`${what} did not show on ${page.url()} within ${timeout} ms`);
  }
}
const workflowsUrl = (base) => `${base}/namespaces/${encodeURIComponent(namespace)}/workflows`;
const journeyIdOf = (workflowId) => workflowId.replace(/^journey-/, '');
const BASE64_CIPHERTEXT = /^"[A-Za-z0-9+/]{40,}={0,2}"$/;

const browser = await chromium.launch({
  executablePath: chromiumPath,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run'],
});
const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, locale: 'en-US', timezoneId: 'UTC' });
context.setDefaultTimeout(timeout);
const page = await context.newPage();

// What the codec endpoint answered this page: every decoded payload is checked for secrets too, since the
// code viewers render only the lines in view.
const codecCalls = [];
page.on('response', async (response) => {
  if (!new URL(response.url()).pathname.endsWith('/codec/decode')) {
    return;
  }
  const call = { url: response.url(), status: response.status(), origin: pageOrigin(), body: '' };
  codecCalls.push(call);
  call.body = await response.text().catch(() => '');
});
page.on('requestfailed', (request) => {
  if (request.url().includes('/codec/')) {
    codecCalls.push({ url: request.url(), status: 0, origin: pageOrigin(), body: '', failure: request.failure()?.errorText });
  }
});

function pageOrigin() {
  try {
    return new URL(page.url()).origin;
  } catch {
    return '';
  }
}

let shotNumber = 0;
const shots = [];

/** Screenshot, then: no secret in the page's text, rendered or not, nor in anything the codec decoded for it. */
async function visited(name) {
  shotNumber += 1;
  const file = path.join(screenshotDir, `${String(shotNumber).padStart(2, '0')}-${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  shots.push(file);
  const texts = await page.evaluate(() => [document.body.innerText, document.body.textContent, document.title]);
  for (const secret of secrets) {
    if (texts.some((t) => t.includes(secret))) {
      fail(`page ${page.url()} shows a secret (${mask(secret)}); see ${file}`);
    }
    for (const call of codecCalls) {
      if (decodedText(call.body).includes(secret) || call.body.includes(secret)) {
        fail(`the codec endpoint returned a secret (${mask(secret)}) to ${page.url()}`);
      }
    }
  }
  ok(`${name}: screenshot ${path.basename(file)}, none of ${secrets.length} secrets on the page`);
}

function mask(secret) {
  return `${[...secret][0]}${'*'.repeat(Math.max([...secret].length - 1, 1))}`;
}

function decodedText(body) {
  try {
    const payloads = JSON.parse(body).payloads || [];
    return payloads.map((p) => Buffer.from(p.data || '', 'base64').toString('utf8')).join('\n');
  } catch {
    return '';
  }
}

/**
 * The workflow list filtered by a visibility query given in the URL (?query=, as UI 2.54 keeps it): the
 * expected journey is listed with its status, the others are not. Returns the link to its page.
 */
async function listFinds(name, query, workflowId, status, absent) {
  const url = `${workflowsUrl(uiUrl)}?query=${encodeURIComponent(query)}`;
  const link = page.getByRole('link', { name: workflowId, exact: true });
  // Visibility lags a little behind the workflow: reload until it shows.
  await until(`the list filtered by ${query} shows ${workflowId}`, async () => {
    const listed = page.waitForResponse((r) => {
      const u = new URL(r.url());
      return u.pathname === `/api/v1/namespaces/${namespace}/workflows` && u.searchParams.get('query') === query;
    }, { timeout: 10000 });
    await page.goto(url);
    const response = await listed.catch(() => fail(`the UI did not ask the server for ${query} when given ?query=`));
    if (response.status() !== 200) {
      fail(`listing with ${query} answered ${response.status()}: ${(await response.text()).slice(0, 300)}`);
    }
    await link.waitFor({ timeout: 3000 }).catch(() => {});
    return (await link.count()) === 1;
  }, () => page.locator('main, body').first().innerText().then((t) => t.slice(0, 500)));
  await shows(link, `the link to ${workflowId}`);
  const row = page.getByRole('row').filter({ has: link });
  const rowText = await textOf(row);
  if (!rowText.includes(status)) {
    fail(`${workflowId} is listed by ${query} but not as ${status}: ${rowText.replace(/\s+/g, ' ')}`);
  }
  for (const other of absent) {
    if ((await page.getByRole('link', { name: other, exact: true }).count()) !== 0) {
      fail(`the list filtered by ${query} also shows ${other}: the query was not applied`);
    }
  }
  ok(`${name}: ${query} lists ${workflowId} as ${status}, and not the others`);
  await visited(name);
  return link;
}

/** Follows the list's link to a journey; returns its run id from the page's URL. */
async function openFromList(link, workflowId) {
  await link.click();
  const escaped = workflowId.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  await page.waitForURL(new RegExp(`/workflows/${escaped}/([^/?#]+)/`));
  await shows(page.getByTestId('workflow-id-heading').filter({ hasText: workflowId }), `the heading ${workflowId}`);
  return new URL(page.url()).pathname.split('/')[5];
}

const payloadBox = (label) => page.getByRole('textbox', { name: label, exact: true });

async function decodedPayload(label, expectedText, workflowId) {
  const box = payloadBox(label);
  return until(`${label} of ${workflowId} shows ${expectedText} decoded`, async () => {
    const text = await textOf(box);
    return text.includes(expectedText) && text;
  }, async () => `it shows ${(await textOf(box).catch(() => '(nothing)')).slice(0, 300)}`);
}

async function assertNothingEncrypted(workflowId) {
  const pageText = await page.evaluate(() => document.body.innerText);
  if (pageText.includes('binary/encrypted')) {
    fail(`${workflowId}'s page still shows binary/encrypted payloads although the codec endpoint allows this origin`);
  }
  for (const label of ['Input', 'Result']) {
    const text = (await textOf(payloadBox(label))).trim();
    if (BASE64_CIPHERTEXT.test(text)) {
      fail(`${label} of ${workflowId} is still ciphertext: ${text.slice(0, 80)}…`);
    }
  }
  if ((await page.getByTestId('data-encoder-status-error').count()) !== 0) {
    fail(`the UI reports a codec error on ${workflowId}'s page`);
  }
}

const started = Date.now();
let failure;
try {
  await mkdir(screenshotDir, { recursive: true });
  console.log(`temporal-ui: ${uiUrl} (codec allowed) and ${refusedUrl} (codec refused), namespace ${namespace}`);

  // 1. Finding journeys by search attribute, as on-call does.
  const approvedLink = await listFinds('list-outcome-approved', "KycOutcome = 'APPROVED'", journeys.approved,
      'COMPLETED', [journeys.waitingReview, journeys.retrying]);
  const approvedRun = await openFromList(approvedLink, journeys.approved);

  // 2. The approved journey's input and result, decoded through the codec endpoint.
  const input = await decodedPayload('Input', `"journeyId": "${journeyIdOf(journeys.approved)}"`, journeys.approved);
  if (!input.includes('"frontDocumentId"')) {
    fail(`Input of ${journeys.approved} is decoded but is not a journey request: ${input.slice(0, 300)}`);
  }
  await decodedPayload('Result', '"outcome": "APPROVED"', journeys.approved);
  await shows(page.getByTestId('data-encoder-status-success'), 'the UI\'s "Codec Server succesfully converted content" status');
  await assertNothingEncrypted(journeys.approved);
  const decodes = codecCalls.filter((c) => c.origin === new URL(uiUrl).origin && c.status === 200);
  if (decodes.length === 0) {
    fail('the page decoded without calling the codec endpoint: is the UI started with --ui-codec-endpoint?');
  }
  ok(`${journeys.approved}: Input (journey request) and Result (outcome APPROVED) decoded by ${decodes.length} codec call(s)`);
  await visited('approved-decoded');

  // 3. The journey waiting for a reviewer.
  const waitingLink = await listFinds('list-status-waiting-review',
      "KycStatus = 'WAITING_REVIEW' AND ExecutionStatus = 'Running'", journeys.waitingReview, 'RUNNING',
      [journeys.approved, journeys.retrying]);
  await openFromList(waitingLink, journeys.waitingReview);
  await decodedPayload('Input', `"journeyId": "${journeyIdOf(journeys.waitingReview)}"`, journeys.waitingReview);
  await shows(page.getByText('Results will appear upon completion'), `${journeys.waitingReview}'s empty result`);
  await assertNothingEncrypted(journeys.waitingReview);
  ok(`${journeys.waitingReview}: running, Input decoded, no result yet`);
  await visited('waiting-review-decoded');

  // 4. The journey stuck on a vendor outage: its pending activity, being retried.
  const retryingLink = await listFinds('list-step-id-verification-running',
      "KycStep = 'ID_VERIFICATION' AND ExecutionStatus = 'Running'", journeys.retrying, 'RUNNING',
      [journeys.approved, journeys.waitingReview]);
  await openFromList(retryingLink, journeys.retrying);
  await decodedPayload('Input', `"journeyId": "${journeyIdOf(journeys.retrying)}"`, journeys.retrying);
  await page.getByRole('tab', { name: /Pending Activities/ }).click();
  await page.waitForURL(/\/pending-activities/);
  const pending = await until(`${journeys.retrying} shows VerifyNameAndIdNumber pending, retried after a vendor error`,
      async () => {
        const text = await page.evaluate(() => document.body.innerText);
        const attempt = /Attempt\s+(\d+)/.exec(text);
        return text.includes('VerifyNameAndIdNumber') && text.includes('InternalError') && attempt
            && Number(attempt[1]) >= 2 && { attempt: Number(attempt[1]) };
      }, async () => (await page.evaluate(() => document.body.innerText)).slice(0, 1500));
  ok(`${journeys.retrying}: VerifyNameAndIdNumber pending at attempt ${pending.attempt}, last failure InternalError`);
  await visited('retrying-pending-activity');

  // 5. The same approved journey from an origin the codec endpoint refuses: ciphertext only.
  const refusedPage = `${refusedUrl}/namespaces/${encodeURIComponent(namespace)}/workflows/`
      + `${encodeURIComponent(journeys.approved)}/${encodeURIComponent(approvedRun)}`;
  const decodedBefore = codecCalls.length;
  await page.goto(refusedPage);
  await shows(page.getByTestId('workflow-id-heading').filter({ hasText: journeys.approved }),
      `the heading ${journeys.approved}`);
  await shows(page.getByTestId('data-encoder-status-error'),
      `the UI's "Codec Server could not connect" status (the codec endpoint must refuse ${new URL(refusedUrl).origin})`);
  const ciphertext = await until(`Input of ${journeys.approved} at ${refusedUrl} shows the ciphertext`, async () => {
    const text = (await textOf(payloadBox('Input'))).trim();
    return BASE64_CIPHERTEXT.test(text) && text;
  }, async () => `it shows ${(await textOf(payloadBox('Input')).catch(() => '(nothing)')).slice(0, 300)}`);
  const refusedText = await page.evaluate(() => document.body.innerText);
  for (const plain of ['"outcome"', 'APPROVED', 'frontDocumentId', journeyIdOf(journeys.approved) + '"']) {
    if (refusedText.includes(plain)) {
      fail(`${journeys.approved} at ${refusedUrl} shows decoded content (${plain}) although the codec refuses that origin`);
    }
  }
  const answered = codecCalls.slice(decodedBefore).filter((c) => c.status === 200);
  if (answered.length !== 0) {
    fail(`the codec endpoint decoded for ${new URL(refusedUrl).origin}: ${answered.map((c) => c.url).join(', ')}`);
  }
  ok(`${journeys.approved} at ${new URL(refusedUrl).origin}: codec refused, Input is ciphertext (${ciphertext.length} chars), `
      + 'no outcome shown');
  await visited('approved-refused-origin-encrypted');
} catch (e) {
  failure = e;
  try {
    const file = path.join(screenshotDir, 'failure.png');
    await page.screenshot({ path: file, fullPage: true });
    shots.push(file);
  } catch {
    // the page may be gone; the message says enough
  }
} finally {
  await browser.close().catch(() => {});
}

const seconds = ((Date.now() - started) / 1000).toFixed(1);
if (failure) {
  console.error(`FAIL temporal-ui: ${failure instanceof CheckFailed ? failure.message : failure.stack || failure}`);
  console.error(`temporal-ui: ${shots.length} screenshot(s) in ${screenshotDir}, ${seconds} s`);
  process.exit(1);
}
console.log(`temporal-ui: all checks passed in ${seconds} s; ${shots.length} screenshots in ${screenshotDir}`);
