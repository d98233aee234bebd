/** A place or a direction in graph units (screen y pointing down). */
export interface Point {
  readonly x: number;
  readonly y: number;
}

/** Where each actor's centre is, by actor id. */
export type Positions = ReadonlyMap<string, Point>;

export const add = (a: Point, b: Point): Point => ({ x: a.x + b.x, y: a.y + b.y });
export const sub = (a: Point, b: Point): Point => ({ x: a.x - b.x, y: a.y - b.y });
export const scale = (a: Point, k: number): Point => ({ x: a.x * k, y: a.y * k });
export const length = (a: Point): number => Math.hypot(a.x, a.y);
export const dot = (a: Point, b: Point): number => a.x * b.x + a.y * b.y;
/** The z component of the 3D cross product: positive when `b` turns clockwise from `a` on screen. */
export const cross = (a: Point, b: Point): number => a.x * b.y - a.y * b.x;

export const unit = (a: Point): Point => {
  const l = length(a);
  return l < 1e-12 ? { x: 0, y: 0 } : scale(a, 1 / l);
};
