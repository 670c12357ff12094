#!/usr/bin/env node
// A real browser against the support console (/console) of a running devstack: support staff sign in, find a
// journey parked for review by its customer reference, read its timeline, claim and approve it; a product key is
// refused the search; a support key without PII_READ sees neither the name, nor the ID number, nor the images.
//
// Run by devstack's SupportConsoleBrowserIT; by hand against bin/devstack (. .devstack/api-keys.env first, start
// a WAITING_REVIEW sample with a fresh customerRef, issue a SUPPORT-only key with the admin API):
//   CONSOLE_URL=http://127.0.0.1:8080/console JOURNEY_ID=jny_... CUSTOMER_REF=... \
//   SUPPORT_KEY=$KYC_SUPPORT_KEY PRODUCT_KEY=$KYC_PRODUCT_KEY NO_PII_KEY=... \
//   SECRETS=$'周强\n420106198309090138' node console.mjs
//
// Environment:
//   CONSOLE_URL    the console page (http://127.0.0.1:<webPort>/console)
//   JOURNEY_ID     a journey parked in WAITING_REVIEW
//   CUSTOMER_REF   its customerRef, unique to it
//   SUPPORT_KEY    a key holding SUPPORT and PII_READ
//   PRODUCT_KEY    a key holding PRODUCT only
//   NO_PII_KEY     a key holding SUPPORT without PII_READ
//   SECRETS        the customer's name and ID number, one per line: the no-PII_READ page must show neither
//   SCREENSHOT_DIR default: ./screenshots
//   CHROMIUM_PATH  default: /usr/bin/chromium
//   TIMEOUT_MS     how long any one expectation may take to come true; default: 30000
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
    console.error(`console: ${name} is required (see the top of console.mjs)`);
    process.exit(2);
  }
  return value;
}

const consoleUrl = required('CONSOLE_URL').replace(/\/+$/, '');
const journeyId = required('JOURNEY_ID');
const customerRef = required('CUSTOMER_REF');
const keys = { support: required('SUPPORT_KEY'), product: required('PRODUCT_KEY'), noPii: required('NO_PII_KEY') };
const secrets = required('SECRETS').split('\n').map((s) => s.trim()).filter((s) => s.length > 0);
const screenshotDir = path.resolve(env.SCREENSHOT_DIR || 'screenshots');
const chromiumPath = env.CHROMIUM_PATH || '/usr/bin/chromium';
const timeout = Number(env.TIMEOUT_MS || 30000);

class CheckFailed extends Error {}

function fail(message) {
  throw new CheckFailed(message);
}

function ok(message) {
  console.log(`ok - ${message}`);
}

const browser = await chromium.launch({
  executablePath: chromiumPath,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run'],
});
const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US', timezoneId: 'UTC' });
context.setDefaultTimeout(timeout);
const page = await context.newPage();

// Whatever the page logs as an error, and every request it makes: the key must never be in a URL, and nothing
// may be asked of another origin.
const pageErrors = [];
page.on('pageerror', (error) => pageErrors.push(String(error)));
page.on('console', (message) => {
  if (message.type() === 'error' && !/status of (40[134]|409|422)/.test(message.text())) {
    pageErrors.push(message.text());
  }
});
const origin = new URL(consoleUrl).origin;
const requests = [];
page.on('request', (request) => requests.push(request.url()));

let shotNumber = 0;

async function screenshot(name) {
  shotNumber += 1;
  const file = path.join(screenshotDir, `console-${String(shotNumber).padStart(2, '0')}-${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  ok(`screenshot ${path.basename(file)}`);
}

/** Waits for the locator to show, or fails saying what was expected and what the page showed. */
async function shows(locator, what) {
  try {
    await locator.first().waitFor({ state: 'visible' });
  } catch (e) {
    const text = await page.locator('main').innerText().catch(() => '');
    fail(`${what} did not show on ${page.url()} within ${timeout} ms; the page said: ${text.replace(/\s+/g, ' ').slice(0, 600)}`);
  }
}

async function headingIsFocused(text) {
  const focused = await page.evaluate(() => {
    const active = document.activeElement;
    return active && active.tagName === 'H1' ? active.textContent : null;
  });
  if (!focused || !focused.includes(text)) {
    fail(`focus is not on the main heading "${text}" (it is on ${focused === null ? 'something else' : `"${focused}"`})`);
  }
}

async function signIn(key, who) {
  await page.goto(`${consoleUrl}#/sign-in`);
  await shows(page.getByRole('heading', { level: 1, name: 'Sign in' }), 'the sign-in heading');
  await page.getByLabel('API key').fill(key);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await shows(page.getByRole('heading', { level: 1, name: 'Search journeys' }), `the search screen after signing in as ${who}`);
  const stored = await page.evaluate(() => ({
    session: Object.keys(sessionStorage).map((k) => sessionStorage.getItem(k)),
    local: Object.keys(localStorage).length,
  }));
  if (!stored.session.includes(key) || stored.local !== 0) {
    fail(`the key is not kept in session storage only (session: ${stored.session.length} items, local: ${stored.local})`);
  }
  ok(`signed in as ${who}; the key is in session storage only`);
}

async function signOut() {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await shows(page.getByText('Signed out. The key is forgotten.'), 'the signed-out notice');
  const left = await page.evaluate(() => sessionStorage.length);
  if (left !== 0) {
    fail(`signing out left ${left} items in session storage`);
  }
  ok('signed out; session storage is empty');
}

async function openJourney() {
  await page.goto(`${consoleUrl}#/journeys/${journeyId}`);
  await shows(page.getByRole('heading', { level: 1, name: `Journey ${journeyId}` }), 'the journey heading');
}

try {
  await mkdir(screenshotDir, { recursive: true });

  // 1. The page alone, before any key: a sign-in form, labelled.
  await page.goto(consoleUrl);
  await shows(page.getByRole('heading', { level: 1, name: 'Sign in' }), 'the sign-in screen');
  await headingIsFocused('Sign in');
  await screenshot('sign-in');

  // 2. Support finds the journey by its customer reference.
  await signIn(keys.support, 'support (SUPPORT, PII_READ)');
  await page.getByLabel('Customer reference (exact)').fill(customerRef);
  await page.getByLabel('WAITING_REVIEW').check();
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  const found = page.locator(`tr[data-journey-id="${journeyId}"]`);
  await shows(found, `the search result ${journeyId}`);
  const rows = await page.locator('#results tbody tr').count();
  if (rows !== 1) {
    fail(`the search by customerRef found ${rows} journeys, not 1`);
  }
  if (!(await found.innerText()).includes('WAITING_REVIEW')) {
    fail(`the search result does not say WAITING_REVIEW: ${await found.innerText()}`);
  }
  ok(`search by customerRef finds ${journeyId}, WAITING_REVIEW`);
  await screenshot('search');

  // 3. ...opens it, and reads the timeline with the vendor calls; with PII_READ the images show.
  await found.getByRole('link', { name: journeyId }).click();
  await shows(page.getByRole('heading', { level: 1, name: `Journey ${journeyId}` }), 'the journey page');
  await headingIsFocused(journeyId);
  await shows(page.locator('#journey-status', { hasText: 'WAITING_REVIEW' }), 'status WAITING_REVIEW');
  await shows(page.getByText('The authority holds no photo to compare the card portrait with'), 'the reason in words');
  await shows(page.locator('#journey-waiting', { hasText: "A reviewer's decision" }), 'what it waits on');
  await shows(page.locator('#journey-waiting time'), 'since and until when it waits');
  await shows(page.locator('#timeline tbody tr[data-kind="vendor-call"]'), 'vendor calls in the timeline');
  await shows(page.locator('tr[data-action="IdCardOCRVerification"]'), 'the authority call in the vendor calls');
  const vendorRow = await page.locator('tr[data-action="IdCardOCRVerification"]').first().innerText();
  if (!/ms/.test(vendorRow) || vendorRow.split('\t').length < 6) {
    fail(`the vendor call row lacks its RequestId, result code or latency: ${vendorRow}`);
  }
  await page.waitForFunction(() => {
    const image = document.querySelector('.image-slot[data-side="front"] img');
    return image && image.complete && image.naturalWidth > 0;
  });
  ok('the journey page shows the status, the reason in words, what it waits on until when, the timeline with vendor calls, and the front image');
  await screenshot('journey-with-pii');

  // 4. The review queue: claim it, try an empty reason (the API's 422 in words), then approve with a reason.
  await page.getByRole('link', { name: 'Review queue' }).click();
  await shows(page.getByRole('heading', { level: 1, name: 'Review queue' }), 'the review queue');
  const queued = page.locator(`#queue tr[data-journey-id="${journeyId}"]`);
  await shows(queued, `${journeyId} in the review queue`);
  await queued.getByRole('button', { name: `Claim ${journeyId}` }).click();
  await shows(page.locator('#queue-notice', { hasText: `Claimed ${journeyId}` }), 'the claim notice');
  await shows(page.locator(`#queue tr[data-journey-id="${journeyId}"] .claim`, { hasText: 'devstack-support' }), 'the claim holder');
  ok('claimed; the queue shows the claim holder');
  await screenshot('review-claimed');

  await page.locator(`#queue tr[data-journey-id="${journeyId}"]`).getByRole('button', { name: `Decide ${journeyId}` }).click();
  const reason = page.getByLabel('Reason for your decision (required)');
  await shows(reason, 'the decision form');
  await page.getByRole('button', { name: 'Approve' }).click();
  if (!(await reason.evaluate((el) => el.validity.valueMissing))) {
    fail('an empty reason was not held back by the form');
  }
  await reason.fill('   ');
  await page.getByRole('button', { name: 'Approve' }).click();
  const problem = page.locator('#decision-problem .problem');
  await shows(problem, 'the API\'s refusal of a blank reason');
  const problemText = await problem.innerText();
  if (!problemText.includes('422') || !/reason: /.test(problemText)) {
    fail(`the blank reason's problem is not shown in words (status, "field: message"): ${problemText}`);
  }
  ok(`a blank reason is refused and shown: ${problemText.replace(/\s+/g, ' ')}`);
  await screenshot('review-blank-reason-422');

  await reason.fill('Card and customer checked against the branch record');
  await page.getByRole('button', { name: 'Approve' }).click();
  await shows(page.getByRole('heading', { level: 1, name: `Journey ${journeyId}` }), 'the journey page after approving');
  await shows(page.locator('#journey-outcome', { hasText: 'APPROVED' }), 'outcome APPROVED');
  await shows(page.locator('#journey-status', { hasText: 'COMPLETED' }), 'status COMPLETED');
  await shows(page.locator('#timeline tr[data-kind="support-action"]', { hasText: 'devstack-support' }), 'the decision in the timeline');
  ok('approved: the journey page shows COMPLETED, APPROVED and the decision in its timeline');
  await screenshot('approved');

  // 5. The same page at a phone's width: nothing wider than the screen but the tables, which scroll.
  await page.setViewportSize({ width: 375, height: 800 });
  await page.waitForTimeout(200);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
  if (overflow > 375) {
    fail(`at 375 px the page is ${overflow} px wide: something other than a table overflows`);
  }
  await screenshot('approved-phone-375');
  await page.setViewportSize({ width: 1280, height: 800 });
  ok('readable at 375 px: the page is no wider than the screen');

  // 6. A product key: signed in, but refused the search, in words.
  await signOut();
  await screenshot('signed-out');
  await signIn(keys.product, 'product (PRODUCT)');
  const refused = page.locator('#results .problem');
  await shows(refused, 'the refusal of the search');
  const refusedText = await refused.innerText();
  if (!refusedText.includes('This key may not search journeys') || !refusedText.includes('403')) {
    fail(`the product key's refusal is not said in words: ${refusedText}`);
  }
  if ((await page.getByLabel('Customer reference (exact)').inputValue()) !== '') {
    fail('the filters of the key signed out before are still in the search form');
  }
  ok(`the product key is refused the search: ${refusedText.replace(/\s+/g, ' ')}`);
  await screenshot('product-key-refused');

  // 7. A support key without PII_READ: masked identity, no image, neither name nor number anywhere on the page.
  await signOut();
  await signIn(keys.noPii, 'support without PII_READ');
  await openJourney();
  await shows(page.locator('#identity-masking', { hasText: 'Masked' }), 'the masked identity');
  await page.waitForFunction(() => document.querySelectorAll('.masked-image').length === 2
    || (document.querySelectorAll('.masked-image').length >= 1 && !document.querySelector('.image-slot img')
      && [...document.querySelectorAll('.image-slot')].every((s) => !s.textContent.includes('Loading'))));
  const hidden = await page.locator('.masked-image').allInnerTexts();
  if (hidden.length === 0 || !hidden.every((t) => t.includes('image hidden: needs PII_READ'))) {
    fail(`the images are not replaced by the placeholder: ${JSON.stringify(hidden)}`);
  }
  if ((await page.locator('img').count()) !== 0) {
    fail('an image shows for a key without PII_READ');
  }
  const texts = await page.evaluate(() => [document.body.innerText, document.body.textContent]);
  for (const secret of secrets) {
    if (texts.some((t) => t.includes(secret))) {
      fail(`the page shows a secret (${[...secret][0]}…) to a key without PII_READ`);
    }
  }
  ok(`without PII_READ: identity masked, ${hidden.length} image placeholder(s), none of ${secrets.length} secrets shown`);
  await screenshot('journey-without-pii');

  const keyed = requests.filter((url) => Object.values(keys).some((key) => url.includes(key)));
  if (keyed.length > 0) {
    fail(`a key was sent in a URL: ${keyed.length} request(s)`);
  }
  const elsewhere = requests.filter((url) => !url.startsWith(origin) && !url.startsWith('blob:') && !url.startsWith('data:'));
  if (elsewhere.length > 0) {
    fail(`the page asked another origin: ${elsewhere.join(', ')}`);
  }
  if (pageErrors.length > 0) {
    fail(`the page reported errors: ${pageErrors.join(' | ')}`);
  }
  ok(`${requests.length} requests, all to ${origin}, no key in any URL, no script error`);
  await browser.close();
  console.log(`console: every check passed; ${shotNumber} screenshots in ${screenshotDir}`);
} catch (error) {
  await page.screenshot({ path: path.join(screenshotDir, 'console-failure.png'), fullPage: true }).catch(() => {});
  await browser.close().catch(() => {});
  if (error instanceof CheckFailed) {
    console.error(`not ok - ${error.message}`);
  } else {
    console.error(`not ok - ${error.stack || error}`);
  }
  process.exit(1);
}
