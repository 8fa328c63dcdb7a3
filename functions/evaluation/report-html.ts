/**
 * Renders an evaluation report as one self-contained HTML page: inline CSS and SVG charts,
 * no script, no network. Opens from disk.
 */
import { BUCKETS } from '#core/schemas.ts';
import type { EvalReport } from './evaluate.ts';

const esc = (s: unknown) => String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const pct = (x: number | null | undefined, d = 1) => (x === null || x === undefined ? '–' : `${(x * 100).toFixed(d)}%`);

interface Series {
  name: string;
  points: { x: number; y: number }[];
  colour: string;
  dashed?: boolean;
}

/** A line chart with axes from 0 to 1, labelled; `marker` highlights one point. */
function lineChart(
  id: string,
  title: string,
  xLabel: string,
  yLabel: string,
  series: Series[],
  opts: { yMax?: number; xMin?: number; marker?: { x: number; y: number; label: string } } = {},
): string {
  const W = 420;
  const H = 280;
  const m = { l: 48, r: 12, t: 28, b: 40 };
  const yMax = opts.yMax ?? 1;
  const xMin = opts.xMin ?? 0;
  const sx = (x: number) => m.l + ((x - xMin) / (1 - xMin)) * (W - m.l - m.r);
  const sy = (y: number) => H - m.b - (Math.min(y, yMax) / yMax) * (H - m.t - m.b);
  const ticks = [0, 0.25, 0.5, 0.75, 1];
  const grid = ticks
    .map(
      (t) =>
        `<line x1="${sx(xMin)}" x2="${sx(1)}" y1="${sy(t * yMax)}" y2="${sy(t * yMax)}" class="grid"/><text x="${m.l - 6}" y="${sy(t * yMax) + 4}" text-anchor="end">${pct(t * yMax, 0)}</text>` +
        `<text x="${sx(xMin + t * (1 - xMin))}" y="${H - m.b + 16}" text-anchor="middle">${(xMin + t * (1 - xMin)).toFixed(2)}</text>`,
    )
    .join('');
  const paths = series
    .map((s) => {
      const d = s.points.map((p, i) => `${i ? 'L' : 'M'}${sx(p.x).toFixed(1)},${sy(p.y).toFixed(1)}`).join('');
      return `<path d="${d}" class="series" stroke="${s.colour}" ${s.dashed ? 'stroke-dasharray="4 3"' : ''} data-series="${esc(s.name)}" data-points="${s.points.length}"/>`;
    })
    .join('');
  const legend = series
    .map(
      (s, i) =>
        `<text x="${m.l + 8 + (i % 2) * 190}" y="${m.t - 14 + Math.floor(i / 2) * 12}" fill="${s.colour}">■ ${esc(s.name)}</text>`,
    )
    .join('');
  const marker = opts.marker
    ? `<circle cx="${sx(opts.marker.x)}" cy="${sy(opts.marker.y)}" r="5" class="marker"/><text x="${sx(opts.marker.x) + 8}" y="${sy(opts.marker.y) - 8}">${esc(opts.marker.label)}</text>`
    : '';
  return `<figure><figcaption>${esc(title)}</figcaption><svg id="${id}" class="chart" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="${esc(title)}">${grid}<line x1="${sx(xMin)}" x2="${sx(1)}" y1="${sy(0)}" y2="${sy(0)}" class="axis"/><line x1="${sx(xMin)}" x2="${sx(xMin)}" y1="${sy(0)}" y2="${sy(yMax)}" class="axis"/>${paths}${marker}${legend}<text x="${(W + m.l) / 2}" y="${H - 6}" text-anchor="middle">${esc(xLabel)}</text><text transform="rotate(-90)" x="${-(H - m.b + m.t) / 2}" y="12" text-anchor="middle">${esc(yLabel)}</text></svg></figure>`;
}

/** Horizontal bars for values in [0, 1]. */
function barChart(id: string, title: string, rows: { label: string; value: number }[]): string {
  const W = 420;
  const rowH = 22;
  const H = 20 + rows.length * rowH;
  const l = 120;
  const bars = rows
    .map((r, i) => {
      const w = Math.max(0, Math.min(1, r.value)) * (W - l - 60);
      const y = 10 + i * rowH;
      return `<text x="${l - 6}" y="${y + 14}" text-anchor="end">${esc(r.label)}</text><rect class="bar" x="${l}" y="${y + 2}" width="${w.toFixed(1)}" height="${rowH - 6}"/><text x="${l + w + 4}" y="${y + 14}">${pct(r.value)}</text>`;
    })
    .join('');
  return `<figure><figcaption>${esc(title)}</figcaption><svg id="${id}" class="chart" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="${esc(title)}">${bars}</svg></figure>`;
}

function table(head: string[], rows: (string | number)[][]): string {
  return `<table><thead><tr>${head.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead><tbody>${rows.map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`).join('')}</tbody></table>`;
}

export function renderReportHtml(
  report: EvalReport,
  meta: { title: string; generatedAt: string; before?: EvalReport },
): string {
  const r = report;
  const confusion = `<table class="confusion" id="confusion"><thead><tr><th>expected ↓ / predicted →</th>${BUCKETS.map((b) => `<th>${b}</th>`).join('')}</tr></thead><tbody>${BUCKETS.map(
    (e) => {
      const total = BUCKETS.reduce((n, p) => n + r.buckets.confusion[e][p], 0) || 1;
      return `<tr><th>${e}</th>${BUCKETS.map((p) => {
        const v = r.buckets.confusion[e][p];
        const a = (v / total).toFixed(2);
        return `<td style="background:rgba(${e === p ? '30,120,60' : '190,50,40'},${a})">${v}</td>`;
      }).join('')}</tr>`;
    },
  ).join('')}</tbody></table>`;

  const reliability = lineChart(
    'reliability',
    `Reliability: accuracy by confidence (ECE ${r.calibration.ece.toFixed(3)})`,
    'confidence',
    'accuracy',
    [
      {
        name: 'perfect calibration',
        points: [
          { x: 0, y: 0 },
          { x: 1, y: 1 },
        ],
        colour: '#888',
        dashed: true,
      },
      {
        name: 'this model',
        points: r.calibration.bins.filter((b) => b.n > 0).map((b) => ({ x: b.conf, y: b.acc })),
        colour: '#1f5fa8',
      },
    ],
  );
  const op = r.draftRoute;
  const curve = lineChart(
    'draft-curve',
    'Draft route: coverage and error by threshold',
    'confidence threshold (all draftable buckets)',
    'share',
    [
      {
        name: 'coverage (of all messages)',
        points: op.curve.map((c) => ({ x: c.threshold, y: c.coverage })),
        colour: '#1f5fa8',
      },
      {
        name: 'error (of drafts)',
        points: op.curve.map((c) => ({ x: c.threshold, y: c.errorRate })),
        colour: '#b03a2e',
      },
    ],
    { xMin: 0.5 },
  );
  const tradeoff = lineChart(
    'coverage-error',
    'Draft route: error against coverage (current configuration marked)',
    'coverage (share of all messages drafted)',
    'error rate of drafts',
    [
      {
        name: 'thresholds 0.50 → 1.00',
        points: op.curve.map((c) => ({ x: c.coverage, y: c.errorRate })),
        colour: '#6a3d9a',
      },
    ],
    {
      yMax: Math.max(0.1, ...op.curve.map((c) => c.errorRate)),
      marker: { x: op.coverage, y: op.errorRate, label: `now: ${pct(op.coverage)} at ${pct(op.errorRate)} error` },
    },
  );
  const phiBars = barChart(
    'phi-recall',
    'PHI character recall by type',
    Object.entries(r.phi.recallByType).map(([t, v]) => ({ label: t, value: v.recall })),
  );
  const bucketBars = barChart(
    'bucket-f1',
    'F1 by bucket',
    BUCKETS.map((b) => ({ label: b, value: r.buckets.perBucket[b].f1 })),
  );
  const beforeAfter = meta.before
    ? `<section><h2>Before and after</h2>${table(
        ['', 'before', 'after'],
        [
          ['configuration', meta.before.configVersion, r.configVersion],
          ['draft coverage', pct(meta.before.draftRoute.coverage), pct(r.draftRoute.coverage)],
          ['draft error', pct(meta.before.draftRoute.errorRate), pct(r.draftRoute.errorRate)],
          ...BUCKETS.map((b) => [
            `threshold ${b}`,
            String(meta.before?.draftRoute.thresholds[b] ?? '–'),
            String(r.draftRoute.thresholds[b] ?? '–'),
          ]),
          ['emergency recall', pct(meta.before.emergency.recall), pct(r.emergency.recall)],
          ['accuracy', pct(meta.before.buckets.accuracy), pct(r.buckets.accuracy)],
        ],
      )}</section>`
    : '';

  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${esc(meta.title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body{font:14px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:1100px;color:#1b1b1b;padding:0 1rem}
h1{font-size:1.5rem}h2{font-size:1.15rem;margin-top:2rem;border-bottom:1px solid #ddd}
.kpis{display:grid;grid-template-columns:repeat(auto-fit,minmax(180px,1fr));gap:.75rem}
.kpi{border:1px solid #ddd;border-radius:6px;padding:.6rem .8rem}.kpi b{display:block;font-size:1.35rem}
.bad b{color:#b03a2e}.good b{color:#1e7a3c}
table{border-collapse:collapse;margin:.5rem 0}td,th{border:1px solid #ddd;padding:.25rem .5rem;text-align:right}th{text-align:left;background:#f6f6f6}
.charts{display:flex;flex-wrap:wrap;gap:1rem}figure{margin:0}figcaption{font-weight:600;margin-bottom:.25rem}
svg text{font-size:11px;fill:#333}.grid{stroke:#eee}.axis{stroke:#555}.series{fill:none;stroke-width:2}.bar{fill:#1f5fa8}.marker{fill:#e67e22}
code{background:#f3f3f3;padding:0 .25rem}
</style></head><body>
<h1>${esc(meta.title)}</h1>
<p>${r.messages} messages · configuration <code>${esc(r.configVersion)}</code> · generated ${esc(meta.generatedAt)}</p>
<div class="kpis">
<div class="kpi ${r.emergency.recall < 1 ? 'bad' : 'good'}">emergency recall<b>${pct(r.emergency.recall)}</b>${r.emergency.positives - r.emergency.missed.length}/${r.emergency.positives}</div>
<div class="kpi">false alarms<b>${pct(r.emergency.falseAlarmRate)}</b>${r.emergency.falseAlarms.length}/${r.emergency.negatives}</div>
<div class="kpi">bucket accuracy<b>${pct(r.buckets.accuracy)}</b>macro-F1 ${r.buckets.macroF1.toFixed(3)}</div>
<div class="kpi">PHI character recall<b>${pct(r.phi.charRecall, 2)}</b>precision ${pct(r.phi.charPrecision)}</div>
<div class="kpi">draft route<b>${pct(r.draftRoute.coverage)}</b>coverage at ${pct(r.draftRoute.errorRate)} error</div>
<div class="kpi">cost / 1,000 messages<b>$${r.cost.configured.toFixed(2)}</b>all-AWS $${r.cost.allAws.toFixed(2)}</div>
</div>
${beforeAfter}
<section><h2>Buckets</h2><div class="charts">${bucketBars}<div>${confusion}</div></div>
${table(
  ['bucket', 'precision', 'recall', 'F1', 'support'],
  BUCKETS.map((b) => [
    b,
    pct(r.buckets.perBucket[b].precision),
    pct(r.buckets.perBucket[b].recall),
    r.buckets.perBucket[b].f1.toFixed(3),
    r.buckets.perBucket[b].support,
  ]),
)}</section>
<section><h2>Emergencies</h2>
<p>Missed (${r.emergency.missed.length}): ${r.emergency.missed.map(esc).join(', ') || 'none'}</p>
<p>Falsely raised (${r.emergency.falseAlarms.length}): ${r.emergency.falseAlarms.map(esc).join(', ') || 'none'}</p></section>
<section><h2>PHI</h2><div class="charts">${phiBars}</div>
${table(
  ['type', 'recall', 'precision', 'labelled chars'],
  Object.entries(r.phi.recallByType).map(([t, v]) => [
    t,
    pct(v.recall, 2),
    pct(r.phi.precisionByType[t]?.precision),
    v.labelledChars,
  ]),
)}
<p>Messages with any PHI left: ${r.phi.messagesWithLeak} of ${r.phi.messagesWithPhi} with PHI (${pct(r.phi.shareOfMessagesWithLeak)}). Drug names redacted: ${r.phi.drugNamesRedacted.length}.</p>
${table(
  ['id', 'type', 'start', 'end', 'value'],
  r.phi.leaks.map((l) => [l.id, l.type, l.start, l.end, 'value' in l ? String(l.value) : '(hidden: --show-text)']),
)}</section>
<section><h2>Calibration and the draft route</h2><div class="charts">${reliability}${curve}${tradeoff}</div></section>
<section><h2>Latency (ms per message)</h2>${table(
    ['stage', 'p50', 'p99'],
    Object.entries(r.latency).map(([s, v]) => [s.replace(/Ms$/, ''), v.p50, v.p99]),
  )}</section>
<section><h2>Estimated AWS cost</h2>${table(
    ['', 'value'],
    [
      ['back ends', `redaction ${r.cost.backends.redaction}, classifier ${r.cost.backends.classifier}`],
      ['average characters per message', r.cost.averageChars],
      ['DetectPHI units per message', r.cost.detectPhiUnitsPerMessage],
      ['Bedrock input tokens per message', r.cost.bedrockInputTokensPerMessage],
      ['per 1,000 messages, configured back ends', `$${r.cost.configured.toFixed(4)}`],
      ['per 1,000 messages, Comprehend Medical', `$${r.cost.perComponent.comprehendMedical.toFixed(4)}`],
      ['per 1,000 messages, Bedrock', `$${r.cost.perComponent.bedrock.toFixed(4)}`],
    ],
  )}<p>Prices come from the configuration's <code>pricing</code> section.</p></section>
<section><h2>By tag</h2>${table(
    ['tag', 'messages', 'accuracy', 'emergencies', 'emergency recall'],
    Object.entries(r.byTag).map(([t, v]) => [t, v.messages, pct(v.accuracy), v.emergencies, pct(v.emergencyRecall)]),
  )}</section>
</body></html>
`;
}
