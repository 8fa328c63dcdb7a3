/** The labelled dataset format of DESIGN.md, and the corpus source format that compiles to it. */
import * as z from 'zod/mini';
import { Bucket, PhiSpan, PhiType } from '#core/schemas.ts';

export const LabelledMessage = z.object({
  id: z.string().check(z.minLength(1)),
  text: z.string().check(z.minLength(1)),
  expected: z.object({
    bucket: Bucket,
    emergency: z.boolean(),
    phi: z._default(z.array(PhiSpan), []),
  }),
  tags: z._default(z.array(z.string()), []),
});
export type LabelledMessage = z.infer<typeof LabelledMessage>;

export const SourceLine = z.object({
  id: z.string().check(z.minLength(1)),
  text: z.string().check(z.minLength(1)),
  bucket: Bucket,
  emergency: z.boolean(),
  tags: z._default(z.array(z.string()), []),
});

const MARK = /\[\[([A-Z_]+)\|([^\]|[]+)\]\]/g;

/** Strips `[[TYPE|value]]` markup, recording each value's offsets in the plain text. */
export function compileSource(raw: unknown): LabelledMessage {
  const src = SourceLine.parse(raw);
  let plain = '';
  let cursor = 0;
  const phi: PhiSpan[] = [];
  for (const m of src.text.matchAll(MARK)) {
    plain += src.text.slice(cursor, m.index);
    const type = PhiType.parse(m[1]);
    const value = m[2] as string;
    phi.push({ start: plain.length, end: plain.length + value.length, type });
    plain += value;
    cursor = m.index + m[0].length;
  }
  plain += src.text.slice(cursor);
  return { id: src.id, text: plain, expected: { bucket: src.bucket, emergency: src.emergency, phi }, tags: src.tags };
}
