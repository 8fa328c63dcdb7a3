/** Turning PHI spans into typed, numbered placeholders. */
import type { PhiSpan, PhiType } from './schemas.ts';

/**
 * Sorts spans and resolves overlaps: overlapping spans merge into one, typed by the longer
 * (a redactor may report "Oak St" as ADDRESS inside a longer ADDRESS, or two detectors may
 * disagree; the text is hidden either way).
 */
export function mergeSpans(spans: readonly PhiSpan[], textLength: number): PhiSpan[] {
  const sorted = spans
    .map((s) => ({ ...s, start: Math.max(0, s.start), end: Math.min(textLength, s.end) }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const out: PhiSpan[] = [];
  for (const s of sorted) {
    const last = out.at(-1);
    if (last && s.start < last.end) {
      const keepLast = last.end - last.start >= s.end - s.start;
      const merged: PhiSpan = {
        start: last.start,
        end: Math.max(last.end, s.end),
        type: keepLast ? last.type : s.type,
      };
      const score = Math.min(last.score ?? 1, s.score ?? 1);
      if (last.score !== undefined || s.score !== undefined) merged.score = score;
      out[out.length - 1] = merged;
    } else {
      out.push({ ...s });
    }
  }
  return out;
}

/**
 * Replaces each span by `[TYPE_n]`, numbered per message and per type in order of first
 * appearance; the same value (ignoring case and spacing) gets the same placeholder.
 */
export function applyPlaceholders(text: string, spans: readonly PhiSpan[]): string {
  const merged = mergeSpans(spans, text.length);
  const counters = new Map<PhiType, number>();
  const seen = new Map<string, string>();
  let out = '';
  let cursor = 0;
  for (const s of merged) {
    const value = text.slice(s.start, s.end).toLowerCase().replace(/\s+/g, ' ').trim();
    const key = `${s.type}\u0000${value}`;
    let placeholder = seen.get(key);
    if (!placeholder) {
      const n = (counters.get(s.type) ?? 0) + 1;
      counters.set(s.type, n);
      placeholder = `[${s.type}_${n}]`;
      seen.set(key, placeholder);
    }
    out += text.slice(cursor, s.start) + placeholder;
    cursor = s.end;
  }
  return out + text.slice(cursor);
}
