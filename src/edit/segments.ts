/**
 * The article view cuts the text where highlights begin and end, so each piece is drawn once with
 * every quote that covers it. Offsets here are whatever unit the caller uses throughout (the article
 * uses UTF-16 indexes, the DOM's unit).
 */
export interface Mark {
  readonly start: number;
  readonly end: number;
  /** What the mark belongs to (a relation id); several marks may share one. */
  readonly id: string;
}

export interface Segment {
  readonly start: number;
  readonly end: number;
  /** Ids of the marks that cover this piece, each once, in the order the marks were given. */
  readonly ids: readonly string[];
}

/**
 * The text `[0, length)` in pieces: a new piece wherever a mark starts or ends, and at every `cut`
 * (the reader's selection). Marks outside the text are clipped; empty marks cover nothing.
 */
export function segmentsOf(length: number, marks: readonly Mark[], cuts: readonly number[] = []): Segment[] {
  const clip = (n: number): number => Math.min(Math.max(n, 0), length);
  const points = new Set<number>([0, length]);
  const live = marks
    .map((m, order) => ({ start: clip(m.start), end: clip(m.end), id: m.id, order }))
    .filter((m) => m.start < m.end);
  for (const m of live) points.add(m.start).add(m.end);
  for (const cut of cuts) points.add(clip(cut));
  const sorted = [...points].sort((a, b) => a - b);
  const byStart = [...live].sort((a, b) => a.start - b.start);
  const open: typeof live = [];
  const segments: Segment[] = [];
  let next = 0;
  for (let i = 0; i + 1 < sorted.length; i++) {
    const start = sorted[i]!;
    const end = sorted[i + 1]!;
    while (next < byStart.length && byStart[next]!.start <= start) open.push(byStart[next++]!);
    for (let k = open.length - 1; k >= 0; k--) if (open[k]!.end <= start) open.splice(k, 1);
    const ids = [...new Set([...open].sort((a, b) => a.order - b.order).map((m) => m.id))];
    segments.push({ start, end, ids });
  }
  return segments;
}
