/**
 * The staff approval UI: plain DOM, no framework, no build step, no network beyond the staff API.
 * It speaks only the HTTP API (DESIGN.md, "Staff API"), so it can sit in front of local mode or
 * of the AWS staff API (set <meta name="api-base">). Message text is only ever set as textContent.
 *
 * Views are chosen by the location hash: #/ (queues), #/queue/<name>, #/message/<id>.
 */

const API_BASE = (document.querySelector('meta[name="api-base"]')?.getAttribute('content') ?? '').replace(/\/+$/, '');
const TOKEN_KEY = 'portal-triage.token';
const USER_KEY = 'portal-triage.user';
const BUCKETS = ['refill', 'symptom', 'billing', 'scheduling', 'other'];
const PHI_TYPES = ['NAME', 'AGE', 'DATE', 'PHONE_OR_FAX', 'EMAIL', 'ID', 'URL', 'ADDRESS', 'PROFESSION'];
const PLACEHOLDER = /\[(?:NAME|AGE|DATE|PHONE_OR_FAX|EMAIL|ID|URL|ADDRESS|PROFESSION)_\d+\]/g;
const QUEUE_REFRESH_MS = 15_000;

const ACTION_LABELS = {
  approve: 'Approved',
  'edit-approve': 'Edited and approved',
  reject: 'Rejected',
  reassign: 'Reassigned',
  acknowledge: 'Acknowledged',
};

// ---------------------------------------------------------------------------------------------
// DOM helpers

const $ = (id) => /** @type {HTMLElement} */ (document.getElementById(id));

/**
 * Builds an element. Attributes are set with setAttribute (booleans: present or absent); `on`
 * holds event listeners; strings among the children become text nodes, never markup.
 */
function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'on') for (const [ev, fn] of Object.entries(v)) el.addEventListener(ev, fn);
    else if (k === 'value') el.value = v;
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const c of children.flat(Infinity)) {
    if (c === undefined || c === null || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

function timeEl(iso) {
  if (!iso) return h('span', {}, 'unknown time');
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return h('span', {}, String(iso));
  return h('time', { datetime: d.toISOString(), title: d.toISOString() }, d.toLocaleString());
}

function ago(iso) {
  const ms = Date.now() - Date.parse(iso);
  if (!Number.isFinite(ms)) return '';
  const s = Math.max(0, Math.round(ms / 1000));
  if (s < 60) return `${s} s ago`;
  const m = Math.round(s / 60);
  if (m < 60) return `${m} min ago`;
  const hr = Math.round(m / 60);
  if (hr < 48) return `${hr} h ago`;
  return `${Math.round(hr / 24)} days ago`;
}

const isEmergency = (state) => state?.emergency === true || state?.route === 'escalate';

function emergencyBadge() {
  return h('span', { class: 'badge badge-emergency' }, h('span', { 'aria-hidden': 'true' }, '⚠ '), 'EMERGENCY');
}

// ---------------------------------------------------------------------------------------------
// Status and alerts

let sayTimer = 0;

/** Polite status (aria-live): what just happened. */
function say(text) {
  const el = $('status');
  clearStatus();
  // Emptied first, then filled: screen readers announce a repeated message too.
  sayTimer = window.setTimeout(() => {
    el.textContent = text;
  }, 30);
}

function clearStatus() {
  window.clearTimeout(sayTimer);
  $('status').textContent = '';
}

/** The alert region (role="alert"): problems the user must know about. */
function alertUser(title, issues = []) {
  const el = $('alert');
  el.replaceChildren(h('p', { class: 'alert-title' }, title));
  if (issues.length)
    el.append(
      h(
        'ul',
        {},
        issues.map((i) => h('li', {}, String(i))),
      ),
    );
  el.classList.add('shown');
}

function clearAlert() {
  const el = $('alert');
  el.replaceChildren();
  el.classList.remove('shown');
}

// ---------------------------------------------------------------------------------------------
// Session

const session = {
  get token() {
    return sessionStorage.getItem(TOKEN_KEY);
  },
  get user() {
    try {
      return JSON.parse(sessionStorage.getItem(USER_KEY) ?? 'null');
    } catch {
      return null;
    }
  },
  set(token, user) {
    sessionStorage.setItem(TOKEN_KEY, token);
    sessionStorage.setItem(USER_KEY, JSON.stringify(user));
  },
  clear() {
    sessionStorage.removeItem(TOKEN_KEY);
    sessionStorage.removeItem(USER_KEY);
  },
};

/** Who the token names, for display only (the server checks the token). */
function claimsOf(token) {
  try {
    const part = token.split('.')[1] ?? '';
    const json = atob(
      part
        .replace(/-/g, '+')
        .replace(/_/g, '/')
        .padEnd(Math.ceil(part.length / 4) * 4, '='),
    );
    const c = JSON.parse(json);
    const user = c['cognito:username'] ?? c.username ?? c.user ?? c.sub;
    const raw = c['cognito:groups'] ?? c.groups ?? [];
    const groups = Array.isArray(raw)
      ? raw
      : String(raw)
          .split(/[\s,]+/)
          .filter(Boolean);
    return typeof user === 'string' ? { user, groups } : null;
  } catch {
    return null;
  }
}

class SignedOut extends Error {}

function signOut(reason) {
  session.clear();
  queues = [];
  // The hash stays as it was, so signing in again returns to the same queue or message.
  render();
  if (reason) alertUser(reason);
}

// ---------------------------------------------------------------------------------------------
// API

/**
 * One request to the API. Answers { status, body }; status 0 when the server cannot be reached.
 * A 401 from the staff API ends the session and throws SignedOut (the page shows sign-in).
 */
async function api(method, path, body) {
  const headers = { accept: 'application/json' };
  const token = session.token;
  if (token && path.startsWith('/staff/')) headers.authorization = `Bearer ${token}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  let res;
  try {
    res = await fetch(API_BASE + path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      cache: 'no-store',
      credentials: 'same-origin',
    });
  } catch {
    return { status: 0, body: { error: 'The server could not be reached. Check that local mode is running.' } };
  }
  let data = null;
  try {
    data = await res.json();
  } catch {
    data = null;
  }
  if (res.status === 401 && path.startsWith('/staff/')) {
    signOut('Your sign-in has ended or was refused. Sign in again.');
    throw new SignedOut();
  }
  return { status: res.status, body: data };
}

const enc = encodeURIComponent;

/** Shows a failed read in the alert region. */
function alertFailure(res, what) {
  const b = res.body ?? {};
  if (res.status === 403) alertUser(`${what}: not allowed on this queue.`);
  else if (res.status === 404) alertUser(`${what}: not found.`);
  else if (res.status === 400) alertUser(`${what}: the request was invalid.`, b.issues ?? []);
  else alertUser(`${what}: ${b.error ?? `the server answered ${res.status}`}.`);
}

// ---------------------------------------------------------------------------------------------
// Queues (navigation)

/** @type {{name: string, pending: number}[]} */
let queues = [];
let currentQueue = null;

async function loadQueues() {
  const res = await api('GET', '/staff/queues');
  if (res.status !== 200) {
    alertFailure(res, 'Could not load the queues');
    return false;
  }
  queues = Array.isArray(res.body?.queues) ? res.body.queues : [];
  renderQueueNav();
  return true;
}

function queueLink(q) {
  const current = q.name === currentQueue;
  return h(
    'a',
    { href: `#/queue/${enc(q.name)}`, 'aria-current': current ? 'page' : null, 'data-queue': q.name },
    h('span', { class: 'queue-name' }, q.name),
    ' ',
    h(
      'span',
      { class: `count${q.pending > 0 ? ' count-nonzero' : ''}`, 'data-pending': String(q.pending) },
      String(q.pending),
      h('span', { class: 'sr-only' }, ' pending'),
    ),
  );
}

function renderQueueNav() {
  $('queue-list').replaceChildren(...queues.map((q) => h('li', {}, queueLink(q))));
  $('home-queues').replaceChildren(
    ...(queues.length
      ? queues.map((q) => h('li', {}, queueLink(q)))
      : [h('li', {}, 'No queues: your roles give access to none.')]),
  );
}

// ---------------------------------------------------------------------------------------------
// Views

const VIEWS = ['signin', 'home', 'queue', 'message'];
let renderSeq = 0;

function show(view) {
  for (const v of VIEWS) $(v).hidden = v !== view;
  const signedIn = Boolean(session.token);
  $('queues-nav').hidden = !signedIn;
  $('who').hidden = !signedIn;
}

function focusHeading(id) {
  const el = $(id);
  if (el) el.focus({ preventScroll: false });
}

function parseHash() {
  const parts = location.hash.replace(/^#\/?/, '').split('/');
  const [kind, arg] = parts;
  const value = arg === undefined ? undefined : decodeURIComponent(arg);
  if (kind === 'queue' && value) return { view: 'queue', queue: value };
  if (kind === 'message' && value) return { view: 'message', id: value };
  return { view: 'home' };
}

async function render({ focus = false } = {}) {
  const seq = ++renderSeq;
  const stale = () => seq !== renderSeq;
  if (!session.token) {
    currentQueue = null;
    show('signin');
    if (focus) focusHeading('signin-heading');
    return;
  }
  showWho();
  const route = parseHash();
  try {
    if (route.view === 'queue') currentQueue = route.queue;
    else if (route.view === 'home') currentQueue = null;
    if (!queues.length || route.view === 'home') await loadQueues();
    if (stale()) return;
    renderQueueNav();
    if (route.view === 'home') {
      show('home');
      if (focus) focusHeading('home-heading');
    } else if (route.view === 'queue') {
      await renderQueue(route.queue, stale);
      if (focus && !stale()) focusHeading('queue-heading');
    } else {
      await renderMessage(route.id, stale);
      if (focus && !stale()) focusHeading('message-heading');
    }
  } catch (e) {
    if (!(e instanceof SignedOut)) {
      alertUser('Something went wrong while showing this page. Try again.');
      console.error(e);
    }
  }
}

function showWho() {
  const who = claimsOf(session.token) ?? session.user ?? { user: 'unknown', groups: [] };
  $('who-name').textContent = who.user;
  $('who-groups').textContent = who.groups?.length ? `(${who.groups.join(', ')})` : '';
}

// -- queue view --------------------------------------------------------------------------------

async function renderQueue(queue, stale) {
  const section = $('queue');
  const res = await api('GET', `/staff/queues/${enc(queue)}/items`);
  if (stale()) return;
  const known = queues.find((q) => q.name === queue);
  const heading = h('h1', { id: 'queue-heading', tabindex: '-1' }, `Queue: ${queue}`);
  if (res.status !== 200) {
    section.replaceChildren(heading);
    show('queue');
    alertFailure(res, `Could not load queue ${queue}`);
    return;
  }
  const list = h('ol', { class: 'items', id: 'items', 'aria-labelledby': 'queue-heading' });
  let items = [];
  let cursor = res.body?.cursor;
  const more = h(
    'button',
    {
      type: 'button',
      class: 'secondary',
      hidden: !cursor,
      on: {
        click: async () => {
          more.disabled = true;
          const next = await api('GET', `/staff/queues/${enc(queue)}/items?cursor=${enc(cursor)}`);
          more.disabled = false;
          if (next.status !== 200) return alertFailure(next, 'Could not load more items');
          items = items.concat(next.body?.items ?? []);
          cursor = next.body?.cursor;
          more.hidden = !cursor;
          fill();
          say(`${items.length} items shown.`);
        },
      },
    },
    'Load more',
  );
  const fill = () => {
    // The server sorts by priority then age; emergencies are pinned above everything regardless.
    const pinned = [...items.filter(isEmergency), ...items.filter((s) => !isEmergency(s))];
    list.replaceChildren(
      ...(pinned.length ? pinned.map(itemRow) : [h('li', { class: 'empty' }, 'Nothing pending in this queue.')]),
    );
  };
  items = Array.isArray(res.body?.items) ? res.body.items : [];
  fill();
  section.replaceChildren(
    heading,
    h(
      'p',
      { class: 'queue-summary' },
      known ? `${known.pending} pending. ` : '',
      'Emergencies first, then by priority and age.',
    ),
    h(
      'p',
      {},
      h('button', { type: 'button', class: 'secondary', on: { click: () => refresh('Queue refreshed.') } }, 'Refresh'),
    ),
    list,
    more,
  );
  show('queue');
}

function itemRow(s) {
  const emergency = isEmergency(s);
  return h(
    'li',
    {
      class: `item${emergency ? ' item-emergency' : ''}`,
      'data-id': s.id,
      'data-emergency': emergency ? 'true' : 'false',
    },
    h(
      'a',
      { href: `#/message/${enc(s.id)}`, class: 'item-link' },
      emergency ? emergencyBadge() : null,
      h('span', { class: 'item-id' }, s.id),
      h(
        'span',
        { class: 'item-meta' },
        `${s.bucket} · ${s.route}${s.hasDraft ? ' · draft ready' : ''} · received ${ago(s.createdAt)}`,
      ),
      s.lastAction
        ? h(
            'span',
            { class: 'item-meta' },
            `last: ${ACTION_LABELS[s.lastAction.type] ?? s.lastAction.type} by ${s.lastAction.actor}`,
          )
        : null,
    ),
  );
}

// -- message view ------------------------------------------------------------------------------

/** The loaded message: actions carry its state's version. */
let current = null;

async function renderMessage(id, stale) {
  const section = $('message');
  const res = await api('GET', `/staff/messages/${enc(id)}`);
  if (stale()) return;
  if (res.status !== 200) {
    current = null;
    section.replaceChildren(
      h('h1', { id: 'message-heading', tabindex: '-1' }, `Message ${id}`),
      h('p', {}, h('a', { href: '#/' }, 'Back to the queues')),
    );
    show('message');
    alertFailure(res, `Could not load message ${id}`);
    return;
  }
  const view = res.body;
  current = view;
  const { state } = view;
  currentQueue = state?.queue ?? null;
  renderQueueNav();

  const emergency = isEmergency(state);
  section.replaceChildren(
    h(
      'div',
      { class: `message-head${emergency ? ' message-emergency' : ''}` },
      h('p', {}, h('a', { href: `#/queue/${enc(state.queue)}` }, `Back to queue ${state.queue}`)),
      h('h1', { id: 'message-heading', tabindex: '-1' }, emergency ? emergencyBadge() : null, ` Message ${state.id}`),
      stateSummary(state),
    ),
    h(
      'div',
      { class: 'message-grid' },
      h('div', { class: 'message-main' }, textSection(view), decisionSection(view), timelineSection(view)),
      h('div', { class: 'message-actions' }, actionsSection(view)),
    ),
  );
  show('message');
}

function stateSummary(state) {
  return h(
    'dl',
    { class: 'facts', 'data-status': state.status },
    fact('Status', state.status),
    fact('Queue', state.queue),
    fact('Bucket', state.bucket),
    fact('Route', state.route),
    fact('Version', String(state.version)),
    fact('Received', timeEl(state.createdAt)),
    state.lastAction
      ? fact(
          'Last action',
          `${ACTION_LABELS[state.lastAction.type] ?? state.lastAction.type} by ${state.lastAction.actor} `,
          timeEl(state.lastAction.at),
        )
      : null,
  );
}

function fact(term, ...value) {
  return h('div', {}, h('dt', {}, term), h('dd', {}, ...value));
}

function textSection(view) {
  const { message, trace } = view;
  if (!message) {
    return h(
      'section',
      { 'aria-labelledby': 'text-heading', class: 'card' },
      h('h2', { id: 'text-heading' }, 'Message'),
      h('p', {}, 'The message text has passed its retention period; the decision and the trace remain.'),
    );
  }
  const spans = trace?.redaction?.spans ?? [];
  const usedTypes = [...new Set(spans.map((s) => s.type))];
  return h(
    'section',
    { 'aria-labelledby': 'text-heading', class: 'card' },
    h('h2', { id: 'text-heading' }, 'Message'),
    h(
      'dl',
      { class: 'facts' },
      message.subject ? fact('Subject', message.subject) : null,
      message.patientId ? fact('Patient', message.patientId) : null,
      message.sentAt ? fact('Sent', timeEl(message.sentAt)) : null,
      message.language ? fact('Language', message.language) : null,
    ),
    h('h3', {}, 'Original text'),
    h('p', { class: 'message-text', id: 'original-text' }, message.text),
    h('h3', {}, 'PHI found'),
    spans.length
      ? h(
          'div',
          {},
          h('p', { class: 'message-text', id: 'phi-text' }, highlightSpans(message.text, spans)),
          h(
            'p',
            { class: 'legend' },
            'Highlighted by type: ',
            usedTypes.map((t) => h('span', { class: `phi phi-${phiClass(t)}` }, h('span', { class: 'phi-label' }, t))),
          ),
        )
      : h('p', { id: 'phi-text' }, trace?.redaction?.ok === false ? 'Redaction failed.' : 'No PHI detected.'),
    h('h3', {}, 'Redacted text'),
    message.redactedText == null
      ? h('p', {}, 'No redacted text (redaction failed).')
      : h('p', { class: 'message-text', id: 'redacted-text' }, highlightPlaceholders(message.redactedText)),
  );
}

const phiClass = (type) => (PHI_TYPES.includes(type) ? type : 'OTHER');

/** The original text with each PHI span in a <mark> carrying its type (offsets into `text`). */
function highlightSpans(text, spans) {
  const frag = document.createDocumentFragment();
  const valid = spans
    .filter((s) => Number.isInteger(s.start) && Number.isInteger(s.end) && s.end > s.start)
    .map((s) => ({ ...s, start: Math.max(0, s.start), end: Math.min(text.length, s.end) }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  let cursor = 0;
  for (const s of valid) {
    if (s.end <= cursor) continue; // overlapped by an earlier span
    const start = Math.max(s.start, cursor);
    if (start > cursor) frag.append(text.slice(cursor, start));
    frag.append(phiMark(text.slice(start, s.end), s.type, s.score));
    cursor = s.end;
  }
  frag.append(text.slice(cursor));
  return frag;
}

function phiMark(value, type, score) {
  const t = String(type);
  return h(
    'mark',
    {
      class: `phi phi-${phiClass(t)}`,
      'data-phi-type': t,
      title: score === undefined ? t : `${t}, score ${Number(score).toFixed(2)}`,
    },
    value,
    h('span', { class: 'phi-label' }, ` ${t}`),
  );
}

function highlightPlaceholders(text) {
  const frag = document.createDocumentFragment();
  let cursor = 0;
  for (const m of text.matchAll(PLACEHOLDER)) {
    frag.append(text.slice(cursor, m.index));
    const type = m[0].slice(1, m[0].lastIndexOf('_'));
    frag.append(h('mark', { class: `phi phi-${phiClass(type)}`, 'data-phi-type': type }, m[0]));
    cursor = m.index + m[0].length;
  }
  frag.append(text.slice(cursor));
  return frag;
}

function decisionSection(view) {
  const d = view.decision;
  const body = d
    ? [
        h(
          'dl',
          { class: 'facts' },
          fact('Bucket', d.bucket),
          fact('Route', d.route),
          fact('Queue', d.queue),
          fact('Emergency', d.emergency ? 'yes' : 'no'),
          fact('Confidence', d.confidence == null ? 'not classified' : `${(d.confidence * 100).toFixed(1)}%`),
        ),
        h('h3', {}, 'Reasons'),
        d.reasons?.length
          ? h(
              'ul',
              { id: 'reasons' },
              d.reasons.map((r) => h('li', {}, r)),
            )
          : h('p', {}, 'No reasons recorded.'),
      ]
    : [h('p', {}, 'No decision recorded for this message.')];
  return h(
    'section',
    { 'aria-labelledby': 'decision-heading', class: 'card' },
    h('h2', { id: 'decision-heading' }, 'Decision'),
    ...body,
  );
}

function timelineSection(view) {
  const { message, trace, events } = view;
  const entries = [];
  if (message?.sentAt) entries.push(entry('sent', message.sentAt, 'Sent by the patient'));
  if (message?.storedAt) entries.push(entry('received', message.storedAt, 'Received through the webhook'));
  if (trace) {
    const r = trace.redaction;
    const types = [...new Set(r.spans.map((s) => s.type))];
    const hits = trace.redFlags?.hits ?? [];
    const c = trace.classification;
    const t = trace.timings ?? {};
    entries.push(
      entry(
        'triaged',
        trace.createdAt,
        `Triaged: ${trace.route} to ${trace.queue} (${trace.bucket}${trace.emergency ? ', emergency' : ''})`,
        h(
          'ul',
          {},
          h(
            'li',
            {},
            `Redaction: ${r.redactor} ${r.version}, ${r.ok ? 'ok' : 'failed'}; ${r.spans.length} PHI span${r.spans.length === 1 ? '' : 's'}${types.length ? ` (${types.join(', ')})` : ''}`,
          ),
          h(
            'li',
            { 'data-trace': 'red-flags' },
            `Red-flag rules (${trace.redFlags?.engine ?? 'unknown'}): `,
            hits.length
              ? hits.map((hit, i) => [
                  i ? '; ' : '',
                  h('strong', {}, hit.rule),
                  message?.text ? ` “${message.text.slice(hit.start, hit.end)}”` : '',
                ])
              : 'no hits',
          ),
          h(
            'li',
            { 'data-trace': 'classifier' },
            `Classifier: ${c.classifier} ${c.version}, `,
            c.called
              ? c.ok
                ? `${c.bucket ?? '?'} at ${c.confidence == null ? '?' : c.confidence.toFixed(3)}`
                : `failed (${c.failure ?? 'unknown'})`
              : 'not called',
          ),
          trace.reasons?.length ? h('li', {}, `Reasons: ${trace.reasons.join('; ')}`) : null,
          h(
            'li',
            {},
            'Timings: ',
            Object.entries(t)
              .map(([k, v]) => `${k.replace(/Ms$/, '')} ${Number(v).toFixed(1)} ms`)
              .join(', ') || 'none',
          ),
        ),
      ),
    );
  }
  for (const e of [...(events ?? [])].sort((a, b) => a.seq - b.seq)) {
    entries.push(
      entry(`event`, e.at, `${ACTION_LABELS[e.type] ?? e.type} by ${e.actor}`, eventDetails(e), {
        'data-event-type': e.type,
        'data-actor': e.actor,
        'data-seq': String(e.seq),
      }),
    );
  }
  return h(
    'section',
    { 'aria-labelledby': 'timeline-heading', class: 'card' },
    h('h2', { id: 'timeline-heading' }, 'Trace timeline'),
    h('ol', { class: 'timeline', id: 'timeline' }, entries),
  );
}

function entry(kind, at, title, details, attrs = {}) {
  return h(
    'li',
    { class: `timeline-entry timeline-${kind}`, 'data-kind': kind, ...attrs },
    h('p', { class: 'timeline-title' }, h('strong', {}, title), ' · ', timeEl(at)),
    details ?? null,
  );
}

function eventDetails(e) {
  const d = e.details ?? {};
  const parts = [];
  if (d.reason) parts.push(h('p', {}, `Reason: ${d.reason}`));
  if (d.bucket || d.queue)
    parts.push(
      h(
        'p',
        {},
        `To ${[d.bucket ? `bucket ${d.bucket}` : '', d.queue ? `queue ${d.queue}` : ''].filter(Boolean).join(', ')}`,
      ),
    );
  if (d.note) parts.push(h('p', {}, `Note: ${d.note}`));
  if (d.draft)
    parts.push(h('details', {}, h('summary', {}, 'Reply as sent'), h('p', { class: 'message-text' }, d.draft)));
  return parts.length ? h('div', {}, parts) : null;
}

// -- actions -----------------------------------------------------------------------------------

function actionsSection(view) {
  const { state, decision } = view;
  const heading = h('h2', { id: 'actions-heading' }, 'Actions');
  if (state.status !== 'pending') {
    return h(
      'section',
      { 'aria-labelledby': 'actions-heading', class: 'card' },
      heading,
      h(
        'p',
        { id: 'closed-note' },
        `This message is ${state.status}`,
        state.lastAction ? ` (by ${state.lastAction.actor})` : '',
        '; there is nothing left to do.',
      ),
    );
  }
  const forms = [];
  if (state.route === 'escalate') forms.push(acknowledgeForm());
  forms.push(approveForm(state, decision), rejectForm(), reassignForm(state));
  return h(
    'section',
    { 'aria-labelledby': 'actions-heading', class: 'card' },
    heading,
    h('p', { class: 'hint' }, `Each action applies to version ${state.version} of this message.`),
    forms,
  );
}

function approveForm(state, decision) {
  // A stored draft can be sent as is only while the state still has it (a new bucket drops it).
  const stored = state.hasDraft ? (decision?.draft ?? '') : '';
  const textarea = h('textarea', {
    id: 'draft',
    name: 'draft',
    rows: '8',
    'aria-describedby': 'draft-hint',
  });
  textarea.value = stored;
  return h(
    'form',
    {
      id: 'approve-form',
      class: 'action-form',
      novalidate: true,
      on: {
        submit: (ev) => {
          ev.preventDefault();
          const text = textarea.value;
          if (text.trim() === '') {
            alertUser('Write a reply before approving.');
            textarea.setAttribute('aria-invalid', 'true');
            textarea.focus();
            return;
          }
          const edited = text !== stored || !state.hasDraft;
          act(
            ev.currentTarget,
            'approve',
            edited ? { draft: text } : {},
            edited ? 'Edited reply approved' : 'Approved',
          );
        },
      },
    },
    h('h3', {}, state.hasDraft ? 'Edit and approve the reply' : 'Write and approve a reply'),
    h('label', { for: 'draft' }, 'Reply to the patient'),
    textarea,
    h(
      'p',
      { id: 'draft-hint', class: 'hint' },
      state.hasDraft
        ? 'Sent as drafted unless you change it. Fill in or remove every placeholder such as [NAME_1].'
        : 'There is no drafted reply for this message; write one. Placeholders such as [NAME_1] are not allowed.',
    ),
    h('button', { type: 'submit' }, 'Approve and send'),
  );
}

function rejectForm() {
  const reason = h('textarea', { id: 'reject-reason', name: 'reason', rows: '3', maxlength: '2000' });
  return h(
    'form',
    {
      id: 'reject-form',
      class: 'action-form',
      novalidate: true,
      on: {
        submit: (ev) => {
          ev.preventDefault();
          if (reason.value.trim() === '') {
            alertUser('Give a reason for rejecting.');
            reason.setAttribute('aria-invalid', 'true');
            reason.focus();
            return;
          }
          act(ev.currentTarget, 'reject', { reason: reason.value.trim() }, 'Rejected');
        },
      },
    },
    h('h3', {}, 'Reject'),
    h('label', { for: 'reject-reason' }, 'Reason for rejecting'),
    reason,
    h('button', { type: 'submit', class: 'danger' }, 'Reject'),
  );
}

function reassignForm(state) {
  const bucket = h(
    'select',
    { id: 'reassign-bucket', name: 'bucket' },
    h('option', { value: '' }, `Keep ${state.bucket}`),
    BUCKETS.filter((b) => b !== state.bucket).map((b) => h('option', { value: b }, b)),
  );
  const names = queues.map((q) => q.name).filter((q) => q !== state.queue);
  const queue = h(
    'select',
    { id: 'reassign-queue', name: 'queue' },
    h('option', { value: '' }, `Keep ${state.queue}`),
    names.map((q) => h('option', { value: q }, q)),
  );
  return h(
    'form',
    {
      id: 'reassign-form',
      class: 'action-form',
      novalidate: true,
      on: {
        submit: (ev) => {
          ev.preventDefault();
          const body = {};
          if (bucket.value) body.bucket = bucket.value;
          if (queue.value) body.queue = queue.value;
          if (!body.bucket && !body.queue) {
            alertUser('Choose a new bucket, a new queue, or both.');
            bucket.focus();
            return;
          }
          act(ev.currentTarget, 'reassign', body, 'Reassigned');
        },
      },
    },
    h('h3', {}, 'Reassign'),
    h('div', { class: 'field' }, h('label', { for: 'reassign-bucket' }, 'Bucket'), bucket),
    h('div', { class: 'field' }, h('label', { for: 'reassign-queue' }, 'Queue'), queue),
    h(
      'p',
      { class: 'hint' },
      'A new bucket sends a drafted message to review: its draft no longer answers the message.',
    ),
    h('button', { type: 'submit', class: 'secondary' }, 'Reassign'),
  );
}

function acknowledgeForm() {
  const note = h('input', { id: 'ack-note', name: 'note', maxlength: '2000', autocomplete: 'off' });
  return h(
    'form',
    {
      id: 'acknowledge-form',
      class: 'action-form action-urgent',
      novalidate: true,
      on: {
        submit: (ev) => {
          ev.preventDefault();
          act(
            ev.currentTarget,
            'acknowledge',
            note.value.trim() ? { note: note.value.trim() } : {},
            'Escalation acknowledged',
          );
        },
      },
    },
    h('h3', {}, 'Acknowledge the escalation'),
    h('p', {}, 'Confirms that a clinician has seen this emergency and is handling it.'),
    h('label', { for: 'ack-note' }, 'Note (optional)'),
    note,
    h('button', { type: 'submit', class: 'urgent' }, 'Acknowledge escalation'),
  );
}

let acting = false;

/**
 * Sends one action on the loaded version and explains the answer:
 * 200 done; 409 with currentVersion: someone else acted first (reload); other 409: the action
 * does not apply; 400: the issues; 403: not allowed; 502: approval recorded, reply not sent.
 */
async function act(form, action, fields, doneText) {
  if (acting || !current?.state) return;
  acting = true;
  const { id, version } = current.state;
  const buttons = form.querySelectorAll('button');
  for (const b of buttons) b.disabled = true;
  form.setAttribute('aria-busy', 'true');
  clearAlert();
  let reload = true;
  try {
    const res = await api('POST', `/staff/messages/${enc(id)}/${action}`, { version, ...fields });
    const b = res.body ?? {};
    if (res.status === 200) {
      say(`${doneText}: message ${id}, now version ${b.state?.version ?? version + 1}.`);
    } else if (res.status === 409 && typeof b.currentVersion === 'number') {
      alertUser(
        `Someone else acted on this message first (it is now at version ${b.currentVersion}). ` +
          'It has been reloaded: check what changed before acting again.',
      );
    } else if (res.status === 409) {
      alertUser(`This action does not apply to the message now: ${b.error ?? 'conflict'}. It has been reloaded.`);
    } else if (res.status === 400) {
      const issues = Array.isArray(b.issues) ? b.issues : [];
      alertUser(
        issues.length
          ? `The ${action} request was not accepted:`
          : `The ${action} request was not accepted: ${b.error ?? 'invalid request'}.`,
        issues,
      );
      reload = false;
    } else if (res.status === 403) {
      alertUser('You are not allowed to act on this queue (not allowed on this queue).');
      reload = false;
    } else if (res.status === 502) {
      alertUser(
        'The approval is recorded, but the reply could not be sent to the patient. Operations are alerted; do not approve again.',
      );
    } else if (res.status === 404) {
      alertUser('This message no longer exists.');
      reload = false;
    } else {
      alertUser(`The ${action} failed: ${b.error ?? `the server answered ${res.status}`}. Try again.`);
      reload = false;
    }
    if (reload) {
      await loadQueues();
      await render();
      focusHeading('message-heading');
    }
  } catch (e) {
    if (!(e instanceof SignedOut)) {
      alertUser('The action could not be completed. Try again.');
      console.error(e);
    }
  } finally {
    acting = false;
    if (form.isConnected) {
      for (const b of buttons) b.disabled = false;
      form.removeAttribute('aria-busy');
    }
  }
}

async function refresh(text) {
  clearAlert();
  await loadQueues();
  await render();
  if (text) say(text);
}

// ---------------------------------------------------------------------------------------------
// Sign-in

async function signIn(ev) {
  ev.preventDefault();
  clearAlert();
  const form = /** @type {HTMLFormElement} */ (ev.currentTarget);
  const userInput = $('signin-user');
  const user = userInput.value.trim();
  const groups = [...form.querySelectorAll('input[name="groups"]:checked')].map((i) => i.value);
  const problems = [];
  userInput.removeAttribute('aria-invalid');
  if (!/^[A-Za-z0-9_.@-]{1,64}$/.test(user)) {
    problems.push('User name: letters, digits and . _ @ - (1 to 64 characters).');
    userInput.setAttribute('aria-invalid', 'true');
  }
  if (groups.length === 0) problems.push('Roles: choose at least one.');
  if (problems.length) {
    alertUser('Check the sign-in form.', problems);
    (userInput.hasAttribute('aria-invalid') ? userInput : form.querySelector('input[name="groups"]'))?.focus();
    return;
  }
  const button = form.querySelector('button[type="submit"]');
  button.disabled = true;
  try {
    const res = await api('POST', '/local/token', { user, groups });
    if (res.status === 200 && typeof res.body?.token === 'string') {
      session.set(res.body.token, { user, groups });
      await enter(`Signed in as ${user}.`);
    } else if (res.status === 404 || res.status === 405) {
      alertUser('Local sign-in is not available on this server: sign in with an existing token.');
    } else if (res.status === 400) {
      alertUser(`Sign-in was refused: ${res.body?.error ?? 'invalid request'}.`, res.body?.issues ?? []);
    } else {
      alertUser(`Sign-in failed: ${res.body?.error ?? `the server answered ${res.status}`}.`);
    }
  } finally {
    button.disabled = false;
  }
}

async function signInWithToken(ev) {
  ev.preventDefault();
  clearAlert();
  const token = $('token-input')
    .value.trim()
    .replace(/^Bearer\s+/i, '');
  if (!/^[\w-]+\.[\w-]+\.[\w-]*$/.test(token)) {
    alertUser('That does not look like a token (three dot-separated parts).');
    $('token-input').focus();
    return;
  }
  session.set(token, claimsOf(token) ?? { user: 'token user', groups: [] });
  $('token-input').value = '';
  await enter('Signed in with a token.');
}

async function enter(text) {
  queues = [];
  say(text);
  await render({ focus: true });
}

// ---------------------------------------------------------------------------------------------
// Start

function start() {
  $('signin-form').addEventListener('submit', signIn);
  $('token-form').addEventListener('submit', signInWithToken);
  $('sign-out').addEventListener('click', () => {
    clearAlert();
    signOut();
    say('Signed out.');
    focusHeading('signin-heading');
  });
  $('refresh-queues').addEventListener('click', async () => {
    try {
      if (await loadQueues()) say('Queue counts refreshed.');
    } catch (e) {
      if (!(e instanceof SignedOut)) throw e;
    }
  });
  window.addEventListener('hashchange', () => {
    clearAlert();
    clearStatus();
    render({ focus: true });
  });
  // Counts stay current while the page is visible; the open view is left alone (no focus loss).
  window.setInterval(() => {
    if (document.visibilityState !== 'visible' || !session.token || acting) return;
    loadQueues().catch(() => {});
  }, QUEUE_REFRESH_MS);
  document.documentElement.dataset.ready = 'true';
  render();
}

start();
