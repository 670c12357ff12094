// The support console: hash navigation between sign-in, search, the review queue and a journey's page. Every
// screen asks the API with the signed-in key; what the key may do shows in what works (401: sign in again; 403:
// "this key may not ...").

import { ApiError, api, imageUrl, query, session } from './api.js';
import { age, facts, h, table, when } from './dom.js';
import { knownReasons, reasonText, waitText } from './reasons.js';

const main = document.getElementById('main');
const nav = document.getElementById('nav');
const STATUSES = ['RUNNING', 'WAITING_RETAKE', 'WAITING_REVIEW', 'COMPLETED', 'FAILED'];
const OUTCOMES = ['APPROVED', 'REJECTED', 'CANCELLED', 'EXPIRED'];
const FINISHED = ['COMPLETED', 'FAILED'];

let signInMessage = null;
let afterSignIn = null;
let blobUrls = [];
/** Bumped on each navigation, so an answer that arrives after the reviewer moved on changes nothing. */
let screen = 0;

function noFilters() {
  return {
    status: [],
    outcome: '',
    reason: '',
    country: '',
    path: '',
    customerRef: '',
    waiting: '',
    createdFrom: '',
    createdTo: '',
    waitingLongerThan: '',
    sort: 'created',
    limit: '20',
  };
}

/** The last search, kept while the tab is signed in so that coming back from a journey shows it again. */
const search = { filters: noFilters(), cursors: [] };

// ---------------------------------------------------------------- navigation

function go(hash) {
  if (location.hash === hash) {
    route();
  } else {
    location.hash = hash;
  }
}

function route() {
  screen += 1;
  blobUrls.forEach((url) => URL.revokeObjectURL(url));
  blobUrls = [];
  const hash = location.hash || '#/search';
  if (!session.key() || hash === '#/sign-in') {
    if (hash !== '#/sign-in') {
      afterSignIn = hash;
    }
    signInScreen();
    return;
  }
  nav.hidden = false;
  for (const link of nav.querySelectorAll('a')) {
    if (hash.startsWith(link.getAttribute('href'))) {
      link.setAttribute('aria-current', 'page');
    } else {
      link.removeAttribute('aria-current');
    }
  }
  if (hash.startsWith('#/journeys/')) {
    journeyScreen(decodeURIComponent(hash.slice('#/journeys/'.length)));
  } else if (hash === '#/reviews') {
    reviewsScreen();
  } else {
    searchScreen();
  }
}

/** Replaces the page and moves focus to its heading, so a screen reader and the keyboard start at the top. */
function show(title, ...content) {
  const heading = h('h1', { tabindex: '-1', id: 'page-title' }, title);
  main.replaceChildren(heading, ...content.filter((part) => part !== null && part !== undefined));
  document.title = `${title} · Support console`;
  heading.focus();
}

function current(token) {
  return token === screen;
}

// ---------------------------------------------------------------- problems in words

/**
 * What went wrong, in words: title, detail and each field error as "field: message". A 403 says what the key
 * may not do; a 401 sends the reviewer back to sign in, with the API's words.
 */
function problemView(error, action) {
  if (!(error instanceof ApiError)) {
    return h('div', { class: 'problem', role: 'alert' }, h('p', { class: 'problem-title' }, 'Something went wrong'),
      h('p', {}, String(error && error.message ? error.message : error)));
  }
  const problem = error.problem || {};
  const errors = Array.isArray(problem.errors) ? problem.errors : [];
  return h(
    'div',
    { class: 'problem', role: 'alert' },
    error.status === 403 ? h('p', { class: 'problem-title' }, `This key may not ${action}.`) : null,
    h('p', { class: error.status === 403 ? 'problem-sub' : 'problem-title' },
      problem.title || 'Request failed', error.status ? ` (HTTP ${error.status})` : ''),
    problem.detail ? h('p', { class: 'problem-detail' }, problem.detail) : null,
    errors.length > 0
      ? h('ul', { class: 'problem-errors' }, errors.map((e) => h('li', {}, `${e.field || 'request'}: ${e.message || e.rule}`)))
      : null,
  );
}

/** Shows the problem in the slot, or, for a key the API no longer takes, goes back to sign-in. */
function failed(error, action, slot) {
  if (error instanceof ApiError && error.status === 401) {
    const problem = error.problem || {};
    session.signOut();
    search.filters = noFilters();
    search.cursors = [];
    signInMessage = `The API refused the key: ${[problem.title, problem.detail].filter(Boolean).join(' — ')}`;
    go('#/sign-in');
    return;
  }
  slot.replaceChildren(problemView(error, action));
}

// ---------------------------------------------------------------- sign-in

function signInScreen() {
  nav.hidden = true;
  const input = h('input', {
    id: 'api-key',
    name: 'apiKey',
    type: 'password',
    autocomplete: 'off',
    spellcheck: 'false',
    required: true,
  });
  const form = h(
    'form',
    {
      class: 'panel',
      onsubmit: (event) => {
        event.preventDefault();
        const key = input.value.trim();
        if (!key) {
          input.focus();
          return;
        }
        session.signIn(key);
        signInMessage = null;
        const target = afterSignIn && afterSignIn !== '#/sign-in' ? afterSignIn : '#/search';
        afterSignIn = null;
        go(target);
      },
    },
    h('label', { for: 'api-key' }, 'API key'),
    input,
    h('p', { class: 'hint' }, 'Kept in this browser tab only (session storage). Sign out, or close the tab, to forget it.'),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, 'Sign in')),
  );
  show('Sign in', signInMessage ? h('p', { class: 'notice', role: 'alert', id: 'sign-in-message' }, signInMessage) : null, form);
}

function signOut() {
  session.signOut();
  signInMessage = 'Signed out. The key is forgotten.';
  afterSignIn = null;
  // the next person at this tab starts from nothing
  search.filters = noFilters();
  search.cursors = [];
  go('#/sign-in');
}

// ---------------------------------------------------------------- search

function field(id, label, control, hint) {
  control.id = id;
  return h('div', { class: 'field' }, h('label', { for: id }, label), control, hint ? h('small', {}, hint) : null);
}

function select(name, value, options) {
  return h(
    'select',
    { name },
    options.map(([optionValue, text]) => h('option', { value: optionValue, selected: optionValue === value }, text)),
  );
}

function input(name, value, attributes = {}) {
  return h('input', { name, value, ...attributes });
}

function isoInstant(local) {
  if (!local) {
    return '';
  }
  const date = new Date(local);
  return Number.isNaN(date.getTime()) ? local : date.toISOString();
}

function searchScreen() {
  const f = search.filters;
  const statuses = h(
    'fieldset',
    { class: 'field statuses' },
    h('legend', {}, 'Status (any of)'),
    STATUSES.map((status) => h('label', { class: 'check' },
      h('input', { type: 'checkbox', name: 'status', value: status, checked: f.status.includes(status) }), status)),
  );
  const reasons = h('datalist', { id: 'reason-codes' }, knownReasons().map((code) => h('option', { value: code }, reasonText(code))));
  const form = h(
    'form',
    { class: 'filters', 'aria-label': 'Search filters' },
    statuses,
    field('f-outcome', 'Outcome', select('outcome', f.outcome, [['', 'Any'], ...OUTCOMES.map((o) => [o, o])])),
    field('f-reason', 'Reason code', input('reason', f.reason, { list: 'reason-codes', autocomplete: 'off' })),
    field('f-country', 'Country', input('country', f.country, { maxlength: '4', autocomplete: 'off' }), 'e.g. CHN, HKG'),
    field('f-path', 'Path', select('path', f.path, [['', 'Any'], ['MAINLAND', 'Mainland'], ['FOREIGN', 'Foreign']])),
    field('f-customer-ref', 'Customer reference (exact)', input('customerRef', f.customerRef, { autocomplete: 'off' })),
    field('f-waiting', 'Waiting on', select('waiting', f.waiting, [
      ['', 'Anything or nothing'],
      ['review', 'A review'],
      ['retake', 'A retake'],
      ['daily-limit', "The authority's daily limit"],
      ['card-verification', "A foreign card's verdict"],
      ['vendor-retry', 'A failing Tencent call, retried'],
    ])),
    field('f-created-from', 'Created from', input('createdFrom', f.createdFrom, { type: 'datetime-local' })),
    field('f-created-to', 'Created before', input('createdTo', f.createdTo, { type: 'datetime-local' })),
    field('f-waiting-longer', 'Waiting longer than', input('waitingLongerThan', f.waitingLongerThan, { placeholder: 'PT24H', autocomplete: 'off' }), 'ISO-8601 duration'),
    field('f-sort', 'Sort', select('sort', f.sort, [['created', 'Newest first'], ['waiting', 'Longest waiting first']])),
    field('f-limit', 'Per page', input('limit', f.limit, { type: 'number', min: '1', max: '100' })),
    reasons,
    h('div', { class: 'actions' },
      h('button', { type: 'submit', class: 'primary', id: 'search-submit' }, 'Search'),
      h('button', { type: 'reset', id: 'search-clear' }, 'Clear filters')),
  );
  const results = h('div', { id: 'results', 'aria-live': 'polite' });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(form);
    search.filters = {
      status: data.getAll('status'),
      ...Object.fromEntries(Object.keys(f).filter((k) => k !== 'status').map((k) => [k, String(data.get(k) || '').trim()])),
    };
    search.cursors = [];
    runSearch(results, null);
  });
  form.addEventListener('reset', () => {
    setTimeout(() => {
      for (const element of form.elements) {
        if (element.type === 'checkbox') {
          element.checked = false;
        } else if (element.name && element.tagName !== 'BUTTON') {
          element.value = element.name === 'sort' ? 'created' : element.name === 'limit' ? '20' : '';
        }
      }
    });
  });
  show('Search journeys', form, h('section', { 'aria-labelledby': 'results-title' }, h('h2', { id: 'results-title' }, 'Results'), results));
  runSearch(results, search.cursors.length > 0 ? search.cursors[search.cursors.length - 1] : null);
}

async function runSearch(slot, cursor) {
  const token = screen;
  const f = search.filters;
  slot.replaceChildren(h('p', {}, 'Searching…'));
  const params = {
    ...f,
    createdFrom: isoInstant(f.createdFrom),
    createdTo: isoInstant(f.createdTo),
    country: f.country.toUpperCase(),
    cursor,
  };
  try {
    const page = await api('GET', `/v1/journeys${query(params)}`);
    if (!current(token)) {
      return;
    }
    const rows = page.journeys.map((j) => ({
      attributes: { 'data-journey-id': j.journeyId },
      cells: [
        h('a', { href: `#/journeys/${encodeURIComponent(j.journeyId)}` }, j.journeyId),
        j.customerRef,
        j.status,
        j.outcome || '—',
        reasonList(j.reasons),
        j.country || '—',
        j.path || '—',
        when(j.createdAt),
        waitingOn(j.waiting),
      ],
    }));
    const pager = h('div', { class: 'actions' });
    if (search.cursors.length > 0) {
      pager.append(h('button', { type: 'button', onclick: () => { search.cursors = []; runSearch(slot, null); } }, 'First page'));
    }
    if (page.next) {
      pager.append(h('button', {
        type: 'button',
        id: 'next-page',
        onclick: () => {
          search.cursors.push(page.next);
          runSearch(slot, page.next);
        },
      }, 'Next page'));
    }
    slot.replaceChildren(
      h('p', {}, `${page.journeys.length} journey${page.journeys.length === 1 ? '' : 's'} on this page${search.cursors.length ? ` (page ${search.cursors.length + 1})` : ''}.`),
      table('Journeys found', ['Journey', 'Customer ref', 'Status', 'Outcome', 'Reasons', 'Country', 'Path', 'Created', 'Waiting on'], rows, 'No journey matches these filters.'),
      pager,
    );
  } catch (error) {
    if (current(token)) {
      failed(error, 'search journeys (it needs the SUPPORT role)', slot);
    }
  }
}

/** What a journey waits on, since and until when, and the code behind it; '—' when it waits on nothing. */
function waitingOn(waiting) {
  if (!waiting) {
    return '—';
  }
  return h('span', { class: 'waiting' },
    waitText(waiting.on),
    h('br'), 'since ', when(waiting.since),
    waiting.until ? [h('br'), 'until ', when(waiting.until)] : null,
    waiting.detail ? [h('br'), h('code', {}, waiting.detail)] : null);
}

function reasonList(codes) {
  if (!codes || codes.length === 0) {
    return '—';
  }
  return h('ul', { class: 'reasons' }, codes.map((code) => h('li', {}, reasonText(code), code !== reasonText(code) ? h('code', {}, code) : null)));
}

// ---------------------------------------------------------------- review queue

function reviewsScreen() {
  const notice = h('p', { id: 'queue-notice', class: 'notice', role: 'status', tabindex: '-1', hidden: true });
  const slot = h('div', { id: 'queue' });
  const decision = h('div', { id: 'decision-slot' });
  show('Review queue', h('p', { class: 'hint' }, 'Journeys waiting for a person, the longest wait first. Claim one before you work it, so nobody else does.'),
    notice, slot, decision);
  loadQueue(slot, decision, notice);
}

async function loadQueue(slot, decision, notice) {
  const token = screen;
  slot.replaceChildren(h('p', {}, 'Loading the queue…'));
  try {
    const queue = await api('GET', `/v1/reviews${query({ limit: 100 })}`);
    if (!current(token)) {
      return;
    }
    const say = (text) => {
      notice.hidden = false;
      notice.textContent = text;
      notice.focus();
    };
    const reload = () => loadQueue(slot, decision, notice);
    const rows = queue.reviews.map((r) => ({
      attributes: { 'data-journey-id': r.journeyId },
      cells: [
        h('a', { href: `#/journeys/${encodeURIComponent(r.journeyId)}` }, r.journeyId),
        r.customerRef,
        [r.country || '—', r.documentType ? ` · ${r.documentType}` : ''],
        reasonList(r.reasons),
        when(r.waitingSince),
        age(r.ageSeconds),
        r.escalated ? h('strong', { class: 'escalated' }, 'Escalated') : 'No',
        r.claim ? h('span', { class: 'claim' }, r.claim.reviewer, ' until ', when(r.claim.expiresAt)) : 'Unclaimed',
        h('div', { class: 'row-actions' },
          h('button', {
            type: 'button',
            class: 'claim-button',
            'aria-label': `${r.claim ? 'Claim again' : 'Claim'} ${r.journeyId}`,
            onclick: async () => {
              try {
                const claim = await api('POST', `/v1/journeys/${encodeURIComponent(r.journeyId)}/review/claim`);
                await reload();
                say(`Claimed ${r.journeyId} as ${claim.reviewer} until ${new Date(claim.expiresAt).toLocaleString()}.`);
              } catch (error) {
                failed(error, 'claim reviews (it needs the SUPPORT role)', decision);
              }
            },
          }, r.claim ? 'Claim again' : 'Claim'),
          r.claim ? h('button', {
            type: 'button',
            'aria-label': `Release ${r.journeyId}`,
            onclick: async () => {
              try {
                await api('DELETE', `/v1/journeys/${encodeURIComponent(r.journeyId)}/review/claim`);
                await reload();
                say(`Released your claim on ${r.journeyId}, if you held it.`);
              } catch (error) {
                failed(error, 'release claims', decision);
              }
            },
          }, 'Release') : null,
          h('button', {
            type: 'button',
            class: 'decide-button',
            'aria-label': `Decide ${r.journeyId}`,
            onclick: () => decisionForm(decision, r),
          }, 'Decide…')),
      ],
    }));
    slot.replaceChildren(
      table('Reviews waiting', ['Journey', 'Customer ref', 'Country · document', 'Reasons', 'Waiting since', 'Age', 'Escalation', 'Claimed by', 'Actions'], rows, 'Nothing is waiting for review.'),
      ...(queue.next ? [h('p', { class: 'hint' }, 'More reviews wait than this page shows; clear these first.')] : []),
    );
  } catch (error) {
    if (current(token)) {
      failed(error, 'read the review queue (it needs the SUPPORT role)', slot);
    }
  }
}

function decisionForm(slot, review) {
  const reason = h('textarea', { id: 'decision-reason', name: 'reason', rows: '3', required: true });
  const problem = h('div', { class: 'problem-slot', id: 'decision-problem', 'aria-live': 'assertive' });
  const heading = h('h2', { id: 'decision-title', tabindex: '-1' }, `Decide ${review.journeyId}`);
  const form = h(
    'form',
    { class: 'panel', 'aria-labelledby': 'decision-title' },
    h('p', {}, 'Reasons: ', (review.reasons || []).map(reasonText).join('; ') || 'none given'),
    h('label', { for: 'decision-reason' }, 'Reason for your decision (required)'),
    reason,
    problem,
    h('div', { class: 'actions' },
      h('button', { type: 'submit', name: 'decision', value: 'APPROVE', class: 'primary', id: 'approve' }, 'Approve'),
      h('button', { type: 'submit', name: 'decision', value: 'REJECT', class: 'danger', id: 'reject' }, 'Reject'),
      h('button', { type: 'button', onclick: () => slot.replaceChildren() }, 'Close')),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const decision = event.submitter ? event.submitter.value : 'APPROVE';
    const token = screen;
    problem.replaceChildren(h('p', {}, 'Sending…'));
    try {
      await api('POST', `/v1/journeys/${encodeURIComponent(review.journeyId)}/review`, { decision, reason: reason.value });
      problem.replaceChildren(h('p', { class: 'notice', role: 'status' },
        `${decision === 'APPROVE' ? 'Approved' : 'Rejected'}. Waiting for the journey to record it…`));
      // a decision ends the journey; the RUNNING between the decision and the end lasts a moment and is no news
      await settled(review.journeyId, (j) => j.status !== 'WAITING_REVIEW' && j.status !== 'RUNNING');
      if (current(token)) {
        go(`#/journeys/${encodeURIComponent(review.journeyId)}`);
      }
    } catch (error) {
      failed(error, 'decide reviews (it needs the SUPPORT role)', problem);
    }
  });
  slot.replaceChildren(h('section', { class: 'decision' }, heading, form));
  heading.focus();
}

/** Polls the journey until test(journey) holds or about 30 s pass: the workflow records a decision in a moment. */
async function settled(journeyId, test) {
  for (let i = 0; i < 60; i++) {
    const journey = await api('GET', `/v1/journeys/${encodeURIComponent(journeyId)}`);
    if (test(journey)) {
      return journey;
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return null;
}

// ---------------------------------------------------------------- journey

async function journeyScreen(journeyId) {
  const token = screen;
  show(`Journey ${journeyId}`, h('p', {}, 'Loading…'));
  let journey;
  try {
    journey = await api('GET', `/v1/journeys/${encodeURIComponent(journeyId)}`);
  } catch (error) {
    if (current(token)) {
      const slot = h('div');
      main.append(slot);
      main.querySelector('p').remove();
      failed(error, 'read this journey', slot);
    }
    return;
  }
  if (!current(token)) {
    return;
  }
  const summary = h('section', { 'aria-labelledby': 'summary-title' }, h('h2', { id: 'summary-title', class: 'visually-hidden' }, 'Summary'),
    facts([
      ['Status', h('span', { class: `status status-${journey.status}`, id: 'journey-status' }, journey.status)],
      ['Outcome', h('span', { id: 'journey-outcome' }, journey.outcome || '—')],
      ['Step', journey.step || '—'],
      ['Waiting on', h('span', { id: 'journey-waiting' }, waitingOn(journey.waiting))],
      ['Customer ref', journey.customerRef],
      ['Started', when(journey.createdAt)],
      ['Last change', when(journey.updatedAt)],
    ]));
  const reasons = h('section', { 'aria-labelledby': 'reasons-title' }, h('h2', { id: 'reasons-title' }, 'Reasons'),
    journey.reasons && journey.reasons.length ? reasonList(journey.reasons) : h('p', {}, 'No reasons given.'));
  const notice = h('p', { class: 'notice', role: 'status', id: 'journey-notice', hidden: true });
  const actions = h('div', { class: 'actions' },
    h('button', { type: 'button', onclick: () => go(`#/journeys/${encodeURIComponent(journeyId)}`) }, 'Refresh'),
    FINISHED.includes(journey.status) ? null : h('button', {
      type: 'button',
      class: 'danger',
      id: 'cancel-open',
      onclick: (event) => openCancel(journeyId, event.currentTarget, notice),
    }, 'Cancel journey…'));
  const timelineSlot = h('div', {}, h('p', {}, 'Loading the timeline…'));
  const vendorSlot = h('div', {}, h('p', {}, 'Loading…'));
  const callbackSlot = h('div', {}, h('p', {}, 'Loading the callbacks…'));
  // the heading stays where it is, and keeps the focus show() gave it
  const heading = main.querySelector('h1');
  while (heading.nextSibling) {
    heading.nextSibling.remove();
  }
  main.append(
    summary,
    notice,
    actions,
    reasons,
    identitySection(journey.identity),
    imagesSection(journeyId, token),
    h('section', { 'aria-labelledby': 'steps-title' }, h('h2', { id: 'steps-title' }, 'Steps'),
      table('Steps, each run', ['Step', 'Status', 'Started', 'Finished', 'Vendor RequestId', 'Detail'],
        (journey.steps || []).map((s) => [s.name, s.status, when(s.startedAt), when(s.finishedAt), s.vendorRequestId ? h('code', {}, s.vendorRequestId) : '—', s.detail || '—']),
        'No step has run yet.')),
    h('section', { 'aria-labelledby': 'vendor-title' }, h('h2', { id: 'vendor-title' }, 'Vendor calls'), vendorSlot),
    h('section', { 'aria-labelledby': 'timeline-title', id: 'timeline' }, h('h2', { id: 'timeline-title' }, 'Timeline'), timelineSlot),
    h('section', { 'aria-labelledby': 'callbacks-title' }, h('h2', { id: 'callbacks-title' }, 'Callbacks'), callbackSlot),
  );
  loadTimeline(journeyId, token, timelineSlot, vendorSlot);
  loadCallbacks(journeyId, token, callbackSlot);
}

function identitySection(identity) {
  const section = h('section', { 'aria-labelledby': 'identity-title', id: 'identity' }, h('h2', { id: 'identity-title' }, 'Identity'));
  if (!identity) {
    section.append(h('p', {}, 'No identity has been read from the card yet.'));
    return section;
  }
  section.append(
    h('p', { class: 'hint', id: 'identity-masking' }, identity.masked
      ? 'Masked: this key does not hold PII_READ, so names and ID numbers are shown as Tencent masks them.'
      : 'Shown in full: this key holds PII_READ.'),
    facts([
      ['Name typed by the customer', identity.declared ? identity.declared.name : '—'],
      ['ID number typed by the customer', identity.declared ? identity.declared.idNumber : '—'],
      ['Name on the card', identity.card ? identity.card.name : '—'],
      ['ID number on the card', identity.card ? identity.card.idNumber : '—'],
    ]),
  );
  return section;
}

function imagesSection(journeyId, token) {
  const figures = ['front', 'back'].map((side) => {
    const slot = h('div', { class: 'image-slot', 'data-side': side }, 'Loading…');
    imageUrl(`/v1/journeys/${encodeURIComponent(journeyId)}/documents/${side}`)
      .then((url) => {
        if (!current(token)) {
          URL.revokeObjectURL(url);
          return;
        }
        blobUrls.push(url);
        slot.replaceChildren(h('img', { src: url, alt: `The ${side} of the card as the customer sent it` }));
      })
      .catch((error) => {
        if (!current(token)) {
          return;
        }
        if (error instanceof ApiError && error.status === 403) {
          slot.replaceChildren(h('p', { class: 'masked-image' }, 'image hidden: needs PII_READ'));
        } else if (error instanceof ApiError && error.status === 404) {
          slot.replaceChildren(h('p', { class: 'no-image' }, `No ${side} image stored.`));
        } else {
          failed(error, 'read document images', slot);
        }
      });
    return h('figure', {}, slot, h('figcaption', {}, side === 'front' ? 'Front' : 'Back'));
  });
  return h('section', { 'aria-labelledby': 'images-title' }, h('h2', { id: 'images-title' }, 'Document images'), h('div', { class: 'images' }, figures));
}

function eventSummary(e) {
  switch (e.kind) {
    case 'step':
      return `${e.step} run ${e.run}: ${e.status}${e.detail ? ` — ${e.detail}` : ''}`;
    case 'journey':
      return `Journey ${e.status}${e.outcome ? ` ${e.outcome}` : ''}${e.step ? ` at ${e.step}` : ''}${e.reasons && e.reasons.length ? `: ${e.reasons.map(reasonText).join('; ')}` : ''}${e.detail ? ` — ${e.detail}` : ''}`;
    case 'document':
      return `Image received: ${e.side}${e.upload > 1 ? ` (upload ${e.upload}, a retake)` : ''}`;
    case 'vendor-call':
      return `${e.action} → ${e.resultCode || 'no code'} in ${e.latencyMs ?? '?'} ms (RequestId ${e.requestId || '—'}, attempt ${e.attempt ?? 1}${e.billable ? ', billable' : ''})`;
    case 'callback-delivery':
      return `Callback ${e.eventType}: ${e.state}${e.requestedBy ? ` (re-sent by ${e.requestedBy})` : ''}`;
    case 'callback-attempt':
      return `Callback attempt ${e.attempt}: ${e.statusCode ? `HTTP ${e.statusCode}` : e.error || 'no answer'}${e.latencyMs != null ? ` in ${e.latencyMs} ms` : ''}`;
    case 'support-action':
      return `${e.action} by ${e.actor}${e.detail ? `: ${e.detail}` : ''}`;
    default:
      return JSON.stringify(e);
  }
}

async function loadTimeline(journeyId, token, slot, vendorSlot) {
  try {
    const timeline = await api('GET', `/v1/journeys/${encodeURIComponent(journeyId)}/timeline`);
    if (!current(token)) {
      return;
    }
    const events = timeline.events || [];
    slot.replaceChildren(table('Every event, oldest first', ['At', 'Kind', 'What happened'],
      events.map((e) => ({ attributes: { 'data-kind': e.kind }, cells: [when(e.at), e.kind, eventSummary(e)] })), 'No events yet.'));
    const calls = events.filter((e) => e.kind === 'vendor-call');
    vendorSlot.replaceChildren(table('Tencent calls', ['At', 'Step', 'Action', 'RequestId', 'Result code', 'Billable', 'Latency', 'Attempt'],
      calls.map((c) => ({
        attributes: { 'data-action': c.action },
        cells: [when(c.at), c.step || '—', c.action, c.requestId ? h('code', {}, c.requestId) : '—', c.resultCode || '—',
          c.billable ? 'Yes' : 'No', c.latencyMs != null ? `${c.latencyMs} ms` : '—', c.attempt ?? '—'],
      })), 'No vendor call recorded.'));
  } catch (error) {
    if (current(token)) {
      failed(error, 'read the timeline', slot);
      vendorSlot.replaceChildren(h('p', {}, 'The vendor calls come with the timeline.'));
    }
  }
}

async function loadCallbacks(journeyId, token, slot) {
  try {
    const list = await api('GET', `/v1/journeys/${encodeURIComponent(journeyId)}/callbacks`);
    if (!current(token)) {
      return;
    }
    const deliveries = list.deliveries || [];
    slot.replaceChildren(
      h('p', {}, list.callbackUrl ? ['Sent to ', h('code', {}, list.callbackUrl)] : 'This journey named no callback URL.'),
      table('Callback deliveries', ['Event', 'State', 'Created', 'Finished', 'Attempts', 'Last answer'],
        deliveries.map((d) => {
          const last = (d.attempts || [])[d.attempts ? d.attempts.length - 1 : 0];
          return [d.type, d.state, when(d.createdAt), when(d.finishedAt), (d.attempts || []).length,
            last ? (last.statusCode ? `HTTP ${last.statusCode}` : last.error || '—') : '—'];
        }), 'No callback delivered.'),
    );
  } catch (error) {
    if (current(token)) {
      failed(error, 'read the callbacks', slot);
    }
  }
}

// ---------------------------------------------------------------- cancel

const dialog = document.getElementById('cancel-dialog');
const cancelForm = document.getElementById('cancel-form');
const cancelReason = document.getElementById('cancel-reason');
const cancelProblem = document.getElementById('cancel-problem');
let cancelling = null;

function openCancel(journeyId, opener, notice) {
  cancelling = { journeyId, opener, notice, token: screen };
  cancelReason.value = '';
  cancelProblem.replaceChildren();
  document.getElementById('cancel-title').textContent = `Cancel journey ${journeyId}?`;
  dialog.showModal();
  cancelReason.focus();
}

cancelForm.addEventListener('submit', async (event) => {
  event.preventDefault();
  if (!cancelling) {
    dialog.close();
    return;
  }
  const { journeyId, notice, token } = cancelling;
  cancelProblem.replaceChildren(h('p', {}, 'Sending…'));
  try {
    await api('POST', `/v1/journeys/${encodeURIComponent(journeyId)}/cancel`, { reason: cancelReason.value });
    dialog.close();
    notice.hidden = false;
    notice.textContent = 'Cancel sent. Waiting for the journey to record it…';
    await settled(journeyId, (j) => FINISHED.includes(j.status));
    if (current(token)) {
      go(`#/journeys/${encodeURIComponent(journeyId)}`);
    }
  } catch (error) {
    if (dialog.open) {
      failed(error, 'cancel journeys (it needs the SUPPORT role)', cancelProblem);
    } else {
      failed(error, 'cancel journeys', notice);
      notice.hidden = false;
    }
  }
});

document.getElementById('cancel-keep').addEventListener('click', () => dialog.close());
dialog.addEventListener('close', () => {
  if (cancelling && cancelling.opener && cancelling.opener.isConnected) {
    cancelling.opener.focus();
  }
});

// ---------------------------------------------------------------- start

document.getElementById('sign-out').addEventListener('click', signOut);
window.addEventListener('hashchange', route);
route();
