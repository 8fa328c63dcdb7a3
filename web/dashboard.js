/**
 * The local dashboard: reads GET /local/metrics every few seconds and draws the CloudWatch
 * dashboard's widgets as inline SVG (no chart library, no network beyond that one endpoint).
 *
 * Each chart is a <figure data-chart="name" data-points="n"> holding an <svg role="img"> with a
 * <title> and <desc>, a legend in text, and its numbers in a table (colour is never the only cue).
 * `data-points` is how many metric points the chart was drawn from.
 *
 * ?refresh=N sets the refresh interval in seconds (default 5, at least 1).
 */
import { DIMENSION_VALUES, METRICS } from './metrics.js';

const API_BASE = (document.querySelector('meta[name="api-base"]')?.getAttribute('content') ?? '').replace(/\/+$/, '');
const REFRESH_S = Math.max(1, Number(new URLSearchParams(location.search).get('refresh')) || 5);
const SVG = 'http://www.w3.org/2000/svg';
// Okabe–Ito: distinguishable with the common colour-vision deficiencies.
const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#000000', '#F0E442'];
const W = 560;
const H = 260;
const M = { top: 16, right: 12, bottom: 44, left: 52 };

const STAGES = [
  ['Redact', METRICS.redactLatency],
  ['Rules', METRICS.rulesLatency],
  ['Classify', METRICS.classifyLatency],
  ['Triage (total)', METRICS.triageLatency],
];

// ---------------------------------------------------------------------------------------------
// DOM helpers (text only ever goes in as text nodes)

function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined && v !== null) el.setAttribute(k, String(v));
  for (const c of children.flat(Infinity)) if (c !== undefined && c !== null && c !== false) el.append(c);
  return el;
}

function s(tag, attrs = {}, ...children) {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined && v !== null) el.setAttribute(k, String(v));
  for (const c of children.flat(Infinity)) if (c !== undefined && c !== null && c !== false) el.append(c);
  return el;
}

// ---------------------------------------------------------------------------------------------
// Numbers

function quantile(values, q) {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  // Nearest rank, as CloudWatch's pNN over raw values.
  const rank = Math.max(1, Math.ceil(q * sorted.length));
  return sorted[rank - 1];
}

const sum = (points) => points.reduce((a, p) => a + (Number(p.value) || 0), 0);

function niceMax(v) {
  if (!(v > 0)) return 1;
  const exp = 10 ** Math.floor(Math.log10(v));
  for (const m of [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]) if (m * exp >= v) return m * exp;
  return 10 * exp;
}

function fmt(v, digits = 2) {
  if (v === null || v === undefined || !Number.isFinite(v)) return '–';
  if (Math.abs(v) >= 1000) return Math.round(v).toLocaleString();
  if (Number.isInteger(v)) return String(v);
  return v.toFixed(digits).replace(/\.?0+$/, '');
}

const BIN_SIZES_MS = [1, 5, 10, 30, 60, 300, 900, 3600, 6 * 3600, 86_400].map((s) => s * 1000);

/** Time bins covering the points (at most ~24): [{start, label}], and a bin index function. */
function timeBins(points) {
  const ts = points.map((p) => p.t).filter(Number.isFinite);
  if (!ts.length) return { bins: [], index: () => -1 };
  const min = Math.min(...ts);
  const max = Math.max(...ts);
  const size = BIN_SIZES_MS.find((b) => (max - min) / b < 24) ?? BIN_SIZES_MS[BIN_SIZES_MS.length - 1];
  const first = Math.floor(min / size) * size;
  const n = Math.floor((max - first) / size) + 1;
  const withSeconds = size < 60_000;
  const bins = Array.from({ length: n }, (_, i) => {
    const d = new Date(first + i * size);
    return {
      start: first + i * size,
      label: d.toLocaleTimeString([], {
        hour: '2-digit',
        minute: '2-digit',
        ...(withSeconds ? { second: '2-digit' } : {}),
      }),
    };
  });
  return { bins, size, index: (t) => Math.floor((t - first) / size) };
}

// ---------------------------------------------------------------------------------------------
// Chart: bars (grouped or stacked) over categories

/**
 * @param {{ title: string, desc: string, categories: string[], series: {name: string, values: number[]}[],
 *   stacked?: boolean, unit?: string, empty?: boolean, valueLabels?: boolean, yMax?: number }} c
 */
function barChart(c) {
  const id = `chart-${Math.random().toString(36).slice(2, 9)}`;
  const svg = s(
    'svg',
    {
      viewBox: `0 0 ${W} ${H}`,
      role: 'img',
      'aria-labelledby': `${id}-t ${id}-d`,
      preserveAspectRatio: 'xMidYMid meet',
    },
    s('title', { id: `${id}-t` }, c.title),
    s('desc', { id: `${id}-d` }, c.desc),
  );
  const iw = W - M.left - M.right;
  const ih = H - M.top - M.bottom;
  const n = c.categories.length;
  const totals = c.categories.map((_, i) =>
    c.stacked
      ? c.series.reduce((a, se) => a + (se.values[i] ?? 0), 0)
      : Math.max(0, ...c.series.map((se) => se.values[i] ?? 0)),
  );
  const yMax = c.yMax ?? niceMax(Math.max(0, ...totals));
  const y = (v) => M.top + ih - (v / yMax) * ih;

  // Grid and y axis labels.
  for (let k = 0; k <= 4; k++) {
    const v = (yMax * k) / 4;
    svg.append(
      s('line', { class: 'chart-grid', x1: M.left, x2: W - M.right, y1: y(v), y2: y(v) }),
      s('text', { class: 'chart-text', x: M.left - 6, y: y(v) + 4, 'text-anchor': 'end' }, fmt(v)),
    );
  }
  if (c.unit) {
    svg.append(
      s(
        'text',
        {
          class: 'chart-text',
          x: 12,
          y: M.top + ih / 2,
          transform: `rotate(-90 12 ${M.top + ih / 2})`,
          'text-anchor': 'middle',
        },
        c.unit,
      ),
    );
  }
  svg.append(
    s('line', { class: 'chart-axis', x1: M.left, x2: W - M.right, y1: y(0), y2: y(0) }),
    s('line', { class: 'chart-axis', x1: M.left, x2: M.left, y1: M.top, y2: y(0) }),
  );

  if (c.empty || n === 0) {
    svg.append(
      s(
        'text',
        { class: 'chart-empty', x: M.left + iw / 2, y: M.top + ih / 2, 'text-anchor': 'middle' },
        'No data yet',
      ),
    );
    return svg;
  }

  const band = iw / n;
  const pad = Math.min(band * 0.2, 12);
  const labelEvery = Math.ceil(n / 10);
  // Bars stay readable when there are few categories: at most 48 px per series, centred in the band.
  const maxWidth = 48 * (c.stacked ? 1 : c.series.length);
  c.categories.forEach((cat, i) => {
    const bw = Math.min(band - pad, maxWidth);
    const x0 = M.left + i * band + (band - bw) / 2;
    let acc = 0;
    c.series.forEach((se, j) => {
      const v = se.values[i] ?? 0;
      const colour = PALETTE[j % PALETTE.length];
      let x;
      let width;
      let top;
      let bottom;
      if (c.stacked) {
        x = x0;
        width = bw;
        bottom = y(acc);
        acc += v;
        top = y(acc);
      } else {
        width = bw / c.series.length;
        x = x0 + j * width;
        bottom = y(0);
        top = y(v);
      }
      const height = Math.max(0, bottom - top);
      const rect = s(
        'rect',
        {
          class: 'bar',
          x,
          y: top,
          width: Math.max(1, width - 1),
          height,
          fill: colour,
          'data-series': se.name,
          'data-value': v,
        },
        s('title', {}, `${se.name}, ${cat}: ${fmt(v)}${c.unit ? ` ${c.unit}` : ''}`),
      );
      svg.append(rect);
      if (c.valueLabels && !c.stacked && v > 0) {
        svg.append(s('text', { class: 'chart-text', x: x + width / 2, y: top - 3, 'text-anchor': 'middle' }, fmt(v)));
      }
    });
    if (i % labelEvery === 0) {
      svg.append(
        s('text', { class: 'chart-text', x: x0 + bw / 2, y: H - M.bottom + 16, 'text-anchor': 'middle' }, cat),
      );
    }
  });
  return svg;
}

function legend(series) {
  if (series.length < 2) return null;
  return h(
    'ul',
    { class: 'chart-legend' },
    series.map((se, j) =>
      h(
        'li',
        {},
        h('span', { class: 'swatch', style: `background:${PALETTE[j % PALETTE.length]}`, 'aria-hidden': 'true' }),
        se.name,
      ),
    ),
  );
}

function dataTable(categories, series, unit) {
  if (!categories.length) return null;
  return h(
    'details',
    { class: 'chart-table' },
    h('summary', {}, 'Show the numbers'),
    h(
      'table',
      {},
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, ''),
          series.map((se) => h('th', { scope: 'col' }, se.name)),
        ),
      ),
      h(
        'tbody',
        {},
        categories.map((cat, i) =>
          h(
            'tr',
            {},
            h('th', { scope: 'row' }, cat),
            series.map((se) => h('td', {}, `${fmt(se.values[i] ?? 0)}${unit ? ` ${unit}` : ''}`)),
          ),
        ),
      ),
    ),
  );
}

// ---------------------------------------------------------------------------------------------
// The charts: each from the points, to {categories, series, ...}

/** Counts per time bin and dimension value. */
function volumeOverTime(points, values) {
  const { bins, index } = timeBins(points);
  const series = values.map((v) => ({ name: v, values: bins.map(() => 0) }));
  for (const p of points) {
    const se = series.find((x) => x.name === p.dimension);
    const i = index(p.t);
    if (se && i >= 0 && i < bins.length) se.values[i] += Number(p.value) || 0;
  }
  return { categories: bins.map((b) => b.label), series: series.filter((x) => x.values.some((v) => v > 0)), bins };
}

const CHARTS = [
  {
    name: 'volume-bucket',
    caption: 'Messages triaged by bucket',
    hint: 'MessagesTriaged, stacked by Bucket, per time interval.',
    build(by) {
      const pts = by(METRICS.triaged);
      const v = volumeOverTime(pts, DIMENSION_VALUES.Bucket);
      return { points: pts.length, stacked: true, unit: 'messages', ...v, desc: describeSeries(v.series, 'messages') };
    },
  },
  {
    name: 'volume-route',
    caption: 'Messages by route',
    hint: 'MessagesRouted, stacked by Route, per time interval.',
    build(by) {
      const pts = by(METRICS.routed);
      const v = volumeOverTime(pts, DIMENSION_VALUES.Route);
      return { points: pts.length, stacked: true, unit: 'messages', ...v, desc: describeSeries(v.series, 'messages') };
    },
  },
  {
    name: 'latency',
    caption: 'Latency per stage, p50 and p99 (ms)',
    hint: 'RedactLatency, RulesLatency, ClassifyLatency and TriageLatency over every message received.',
    build(by) {
      const per = STAGES.map(([label, metric]) => [label, by(metric).map((p) => Number(p.value))]);
      const series = [
        { name: 'p50', values: per.map(([, v]) => quantile(v, 0.5) ?? 0) },
        { name: 'p99', values: per.map(([, v]) => quantile(v, 0.99) ?? 0) },
      ];
      const points = per.reduce((a, [, v]) => a + v.length, 0);
      return {
        points,
        categories: per.map(([l]) => l),
        series,
        unit: 'ms',
        valueLabels: true,
        desc: per
          .map(([l], i) => `${l}: p50 ${fmt(series[0].values[i])} ms, p99 ${fmt(series[1].values[i])} ms`)
          .join('; '),
      };
    },
  },
  {
    name: 'confidence',
    caption: 'Classifier confidence',
    hint: 'Confidence: how many messages fell in each tenth (the classifier was called and answered).',
    build(by) {
      const vals = by(METRICS.confidence)
        .map((p) => Number(p.value))
        .filter(Number.isFinite);
      const counts = Array.from({ length: 10 }, () => 0);
      for (const v of vals) counts[Math.min(9, Math.max(0, Math.floor(v * 10)))] += 1;
      const categories = counts.map((_, i) => `${(i / 10).toFixed(1)}–${((i + 1) / 10).toFixed(1)}`);
      const p = (q) => fmt(quantile(vals, q), 3);
      return {
        points: vals.length,
        categories,
        series: [{ name: 'messages', values: counts }],
        unit: 'messages',
        desc: `${vals.length} classified messages; p10 ${p(0.1)}, p50 ${p(0.5)}, p90 ${p(0.9)}.`,
        note: vals.length ? `p10 ${p(0.1)} · p50 ${p(0.5)} · p90 ${p(0.9)}` : '',
      };
    },
  },
  {
    name: 'escalations',
    caption: 'Escalations raised and acknowledged',
    hint: 'Escalations and EscalationsAcknowledged per time interval; OldestPendingEscalationMinutes when the watch has run.',
    build(by) {
      const raised = by(METRICS.escalations);
      const acked = by(METRICS.acknowledged);
      const oldest = by(METRICS.oldestPendingEscalation);
      const all = [...raised, ...acked];
      const { bins, index } = timeBins(all);
      const count = (pts) => {
        const v = bins.map(() => 0);
        for (const p of pts) {
          const i = index(p.t);
          if (i >= 0 && i < v.length) v[i] += Number(p.value) || 0;
        }
        return v;
      };
      const series = [
        { name: 'raised', values: count(raised) },
        { name: 'acknowledged', values: count(acked) },
      ];
      const last = oldest.length ? oldest[oldest.length - 1] : null;
      return {
        points: all.length + oldest.length,
        categories: bins.map((b) => b.label),
        series,
        unit: 'escalations',
        desc: `${fmt(sum(raised))} raised, ${fmt(sum(acked))} acknowledged.`,
        note: last ? `Oldest pending escalation: ${fmt(Number(last.value))} min (latest reading)` : '',
      };
    },
  },
  {
    name: 'time-to-acknowledge',
    caption: 'Time to acknowledge an escalation (s)',
    hint: 'TimeToAcknowledgeSeconds: p50, p90 and maximum over every acknowledgement.',
    build(by) {
      const vals = by(METRICS.timeToAcknowledge)
        .map((p) => Number(p.value))
        .filter(Number.isFinite);
      const values = [quantile(vals, 0.5) ?? 0, quantile(vals, 0.9) ?? 0, vals.length ? Math.max(...vals) : 0];
      return {
        points: vals.length,
        categories: ['p50', 'p90', 'maximum'],
        series: [{ name: 'seconds', values }],
        unit: 's',
        valueLabels: true,
        desc: vals.length
          ? `${vals.length} acknowledgements: p50 ${fmt(values[0])} s, p90 ${fmt(values[1])} s, maximum ${fmt(values[2])} s.`
          : 'No escalation acknowledged yet.',
      };
    },
  },
  {
    name: 'override-rate',
    caption: 'Staff override rate by bucket',
    hint:
      'Overrides = Reassigned + DraftsEdited (each counted under the bucket the pipeline chose), as a share of ' +
      'MessagesTriaged in that bucket: the production accuracy signal.',
    build(by) {
      const triaged = by(METRICS.triaged);
      const edited = by(METRICS.draftsEdited);
      const reassigned = by(METRICS.reassigned);
      const n = sum(triaged);
      const inBucket = (list, b) => sum(list.filter((p) => p.dimension === b));
      const buckets = DIMENSION_VALUES.Bucket;
      const values = buckets.map((b) => {
        const t = inBucket(triaged, b);
        return t > 0 ? (100 * (inBucket(edited, b) + inBucket(reassigned, b))) / t : 0;
      });
      const overall = n > 0 ? (100 * (sum(edited) + sum(reassigned))) / n : 0;
      return {
        points: triaged.length + edited.length + reassigned.length,
        empty: n === 0,
        categories: [...buckets],
        series: [{ name: '% of the bucket’s messages', values }],
        unit: '%',
        valueLabels: true,
        yMax: Math.max(10, niceMax(Math.max(...values))),
        desc: `Override rate ${fmt(overall, 1)}% of ${fmt(n)} messages triaged (edited ${fmt(sum(edited))}, reassigned ${fmt(sum(reassigned))}); by bucket: ${buckets.map((b, i) => `${b} ${fmt(values[i], 1)}%`).join(', ')}.`,
        note: n > 0 ? `${fmt(overall, 1)}% of ${fmt(n)} messages overall` : '',
      };
    },
  },
  {
    name: 'staff-actions',
    caption: 'Drafts approved, edited, rejected; reassigned; acknowledged',
    hint: 'DraftsApproved, DraftsEdited, DraftsRejected, Reassigned, EscalationsAcknowledged, ReplyPublishFailed.',
    build(by) {
      const list = [
        ['approved', METRICS.draftsApproved],
        ['edited', METRICS.draftsEdited],
        ['rejected', METRICS.draftsRejected],
        ['reassigned', METRICS.reassigned],
        ['acknowledged', METRICS.acknowledged],
        ['publish failed', METRICS.replyPublishFailed],
      ].map(([label, m]) => [label, by(m)]);
      const values = list.map(([, p]) => sum(p));
      return {
        points: list.reduce((a, [, p]) => a + p.length, 0),
        categories: list.map(([l]) => l),
        series: [{ name: 'actions', values }],
        unit: 'actions',
        valueLabels: true,
        desc: list.map(([l], i) => `${l} ${fmt(values[i])}`).join(', '),
      };
    },
  },
  {
    name: 'fallbacks',
    caption: 'Classifier fallbacks by reason',
    hint: 'Fallbacks by Reason: messages routed to review because redaction or the classifier failed.',
    build(by) {
      const pts = by(METRICS.fallbacks);
      const values = DIMENSION_VALUES.Reason.map((r) => sum(pts.filter((p) => p.dimension === r)));
      return {
        points: pts.length,
        categories: [...DIMENSION_VALUES.Reason],
        series: [{ name: 'fallbacks', values }],
        unit: 'fallbacks',
        valueLabels: true,
        desc: pts.length
          ? DIMENSION_VALUES.Reason.map((r, i) => `${r} ${fmt(values[i])}`).join(', ')
          : 'No fallbacks recorded.',
      };
    },
  },
  {
    name: 'webhook',
    caption: 'Webhook deliveries',
    hint: 'WebhookAccepted, WebhookDuplicate and WebhookRejected per time interval.',
    build(by) {
      const parts = [
        ['accepted', by(METRICS.webhookAccepted)],
        ['duplicate', by(METRICS.webhookDuplicate)],
        ['rejected', by(METRICS.webhookRejected)],
      ];
      const all = parts.flatMap(([, p]) => p);
      const { bins, index } = timeBins(all);
      const series = parts.map(([name, pts]) => {
        const values = bins.map(() => 0);
        for (const p of pts) {
          const i = index(p.t);
          if (i >= 0 && i < values.length) values[i] += Number(p.value) || 0;
        }
        return { name, values };
      });
      return {
        points: all.length,
        stacked: true,
        categories: bins.map((b) => b.label),
        series,
        unit: 'deliveries',
        desc: parts.map(([n, p]) => `${n} ${fmt(sum(p))}`).join(', '),
      };
    },
  },
];

function describeSeries(series, unit) {
  if (!series.length) return `No ${unit} yet.`;
  const parts = series.map((se) => `${se.name} ${fmt(se.values.reduce((a, v) => a + v, 0))}`);
  return `${parts.join(', ')} ${unit} in total.`;
}

// ---------------------------------------------------------------------------------------------
// Tiles

function tiles(by) {
  const triaged = sum(by(METRICS.triaged));
  const phi = by(METRICS.phiEntities).map((p) => Number(p.value));
  const cost = sum(by(METRICS.estimatedCost));
  const overrides = sum(by(METRICS.draftsEdited)) + sum(by(METRICS.reassigned));
  const oldest = by(METRICS.oldestPendingEscalation);
  return [
    ['Accepted at the webhook', fmt(sum(by(METRICS.webhookAccepted)))],
    ['Messages triaged', fmt(triaged)],
    ['Escalations', fmt(sum(by(METRICS.escalations)))],
    ['Acknowledged', fmt(sum(by(METRICS.acknowledged)))],
    ['Override rate', triaged > 0 ? `${fmt((100 * overrides) / triaged, 1)}%` : '–'],
    ['Fallbacks', fmt(sum(by(METRICS.fallbacks)))],
    ['PHI entities per message (avg)', phi.length ? fmt(phi.reduce((a, v) => a + v, 0) / phi.length, 1) : '–'],
    ['Estimated cost (USD)', cost > 0 ? `$${(cost / 1e6).toFixed(4)}` : '–'],
    ['Oldest pending escalation (min)', oldest.length ? fmt(Number(oldest[oldest.length - 1].value)) : '–'],
  ];
}

// ---------------------------------------------------------------------------------------------
// Page

const figures = new Map();

function setupFigures() {
  const container = document.getElementById('charts');
  for (const c of CHARTS) {
    const body = h('div', { class: 'chart-body' });
    const note = h('p', { class: 'hint chart-note' });
    const fig = h(
      'figure',
      { 'data-chart': c.name, 'data-points': '0', id: `fig-${c.name}` },
      h('figcaption', {}, c.caption, h('span', { class: 'hint' }, c.hint)),
      body,
      note,
    );
    container.append(fig);
    figures.set(c.name, { fig, body, note });
  }
}

function draw(all) {
  const byName = new Map();
  for (const p of all) {
    const list = byName.get(p.name) ?? [];
    list.push(p);
    byName.set(p.name, list);
  }
  const by = (name) => byName.get(name) ?? [];

  document
    .getElementById('tiles')
    .replaceChildren(...tiles(by).map(([label, value]) => h('div', {}, h('dt', {}, label), h('dd', {}, value))));
  for (const c of CHARTS) {
    const { fig, body, note } = figures.get(c.name);
    const spec = c.build(by);
    const empty = spec.empty ?? spec.points === 0;
    const parts = [barChart({ title: c.caption, ...spec, empty })];
    if (!empty) parts.push(legend(spec.series), dataTable(spec.categories, spec.series, spec.unit));
    body.replaceChildren(...parts.filter(Boolean));
    note.textContent = spec.note ?? '';
    fig.dataset.points = String(spec.points);
  }
}

let paused = false;
let timer = 0;
let failures = 0;
/** Every point received so far, in time order (as many as local mode keeps). */
let points = [];
const MAX_POINTS = 200_000;

/**
 * Only the points since the last one received (local mode's `?since=T` answers points with
 * t > T). Asking from the last millisecond again, and replacing that millisecond, loses nothing
 * to points recorded within it after the previous read. A server that ignores `since` answers
 * every point: then the answer replaces what is held.
 */
async function fetchPoints() {
  const last = points.length ? points[points.length - 1].t : null;
  const query = last === null ? '' : `?since=${last - 1}`;
  const res = await fetch(`${API_BASE}/local/metrics${query}`, {
    cache: 'no-store',
    headers: { accept: 'application/json' },
  });
  if (!res.ok) throw new Error(`the server answered ${res.status}`);
  const body = await res.json();
  const fresh = (Array.isArray(body?.points) ? body.points : [])
    .filter((p) => p && typeof p.name === 'string')
    .map((p) => ({ ...p, t: typeof p.t === 'number' ? p.t : Date.parse(p.t) }));
  if (last === null || fresh.some((p) => p.t < last)) points = fresh;
  else points = points.filter((p) => p.t < last).concat(fresh);
  points.sort((a, b) => a.t - b.t);
  if (points.length > MAX_POINTS) points = points.slice(points.length - MAX_POINTS);
  return points;
}

let inFlight = null;

/** One refresh at a time: a refresh asked for while one runs joins it (charts never redraw twice at once). */
function refresh() {
  if (!inFlight) {
    inFlight = load().finally(() => {
      inFlight = null;
      if (!paused) timer = window.setTimeout(refresh, REFRESH_S * 1000);
    });
  }
  return inFlight;
}

async function load() {
  window.clearTimeout(timer);
  const alert = document.getElementById('alert');
  try {
    draw(await fetchPoints());
    document.getElementById('updated').textContent =
      `Updated ${new Date().toLocaleTimeString()}; ${paused ? 'paused' : `refreshing every ${REFRESH_S} s`}.`;
    if (failures > 0) document.getElementById('status').textContent = 'Metrics are loading again.';
    failures = 0;
    alert.replaceChildren();
  } catch (e) {
    failures += 1;
    // Announced once, not on every retry.
    if (failures === 1) {
      alert.replaceChildren(
        h(
          'p',
          { class: 'alert-title' },
          `Could not load the metrics: ${e instanceof Error ? e.message : 'unknown error'}.`,
        ),
        h('p', {}, 'Is local mode running? Retrying.'),
      );
    }
  }
  document.documentElement.dataset.loaded = 'true';
}

function start() {
  setupFigures();
  const pause = document.getElementById('pause');
  pause.addEventListener('click', () => {
    paused = !paused;
    // A toggle keeps its label; aria-pressed (and the "Updated" line) says which state it is in.
    pause.setAttribute('aria-pressed', String(paused));
    document.getElementById('status').textContent = paused ? 'Live updates paused.' : 'Live updates resumed.';
    if (paused) window.clearTimeout(timer);
    else refresh();
  });
  document.getElementById('refresh-now').addEventListener('click', () => {
    refresh().then(() => {
      document.getElementById('status').textContent = 'Dashboard refreshed.';
    });
  });
  refresh();
}

start();
