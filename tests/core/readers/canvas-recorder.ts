/**
 * A stand-in for a browser's canvas that records what is drawn on it, so the PNG painter can run in
 * Node and be read back: each filled or stroked path with the calls that traced it, and each text.
 * Text is measured as the SVG export estimates it (0.55 em a character), which is all a layout needs.
 */

export interface RecordedPath {
  /** The tracing calls since `beginPath`, e.g. `['arc', cx, cy, r, 0, 2π]`. */
  readonly calls: readonly (readonly [string, ...number[]])[];
  readonly filled?: string;
  readonly stroked?: { readonly color: string; readonly width: number; readonly dash: readonly number[] };
}

export type Recorded = { readonly path: RecordedPath } | { readonly text: string };

export class CanvasRecorder {
  readonly drawn: Recorded[] = [];
  font = '400 12px sans-serif';
  fillStyle = '#000';
  strokeStyle = '#000';
  lineWidth = 1;
  lineCap = 'butt';
  lineJoin = 'miter';
  globalAlpha = 1;
  textAlign = 'start';
  textBaseline = 'alphabetic';
  private dash: number[] = [];
  private calls: [string, ...number[]][] = [];
  private painted = false;

  beginPath(): void {
    this.calls = [];
    this.painted = false;
  }
  arc(...args: number[]): void {
    this.calls.push(['arc', ...args]);
  }
  roundRect(...args: number[]): void {
    this.calls.push(['roundRect', ...args]);
  }
  moveTo(...args: number[]): void {
    this.calls.push(['moveTo', ...args]);
  }
  lineTo(...args: number[]): void {
    this.calls.push(['lineTo', ...args]);
  }
  arcTo(...args: number[]): void {
    this.calls.push(['arcTo', ...args]);
  }
  closePath(): void {}
  setLineDash(dash: number[]): void {
    this.dash = [...dash];
  }
  fill(): void {
    this.record({ calls: [...this.calls], filled: String(this.fillStyle) });
  }
  stroke(): void {
    const stroked = { color: String(this.strokeStyle), width: this.lineWidth, dash: this.dash };
    // A path filled and then stroked is one mark.
    const last = this.drawn[this.drawn.length - 1];
    if (this.painted && last && 'path' in last)
      this.drawn[this.drawn.length - 1] = { path: { ...last.path, stroked } };
    else this.record({ calls: [...this.calls], stroked });
  }
  fillText(text: string): void {
    this.drawn.push({ text });
  }
  measureText(text: string): { width: number } {
    const size = Number(/(\d+(?:\.\d+)?)px/.exec(this.font)?.[1] ?? 12);
    // Bidi isolates and marks have no width on a real canvas.
    return { width: [...text.replace(/[\u200E\u200F\u2066-\u2069]/g, '')].length * size * 0.55 };
  }
  save(): void {}
  restore(): void {}
  scale(): void {}
  setTransform(): void {}
  fillRect(): void {}
  drawImage(): void {}

  private record(path: RecordedPath): void {
    this.drawn.push({ path });
    this.painted = true;
  }
}
