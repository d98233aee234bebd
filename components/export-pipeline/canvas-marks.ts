import {
  inkColor,
  isText,
  roundedCorners,
  type Drawable,
  type Figure,
  type Mark,
} from '../../src/picture/marks.ts';
import type { Theme } from '../../src/style/theme.ts';
import { paintText } from './canvas-text.ts';

/** The Canvas 2D painter of the picture module: the PNG's legend, title and source line. */
export function paintMark(context: CanvasRenderingContext2D, { figure, paint }: Mark, theme: Theme): void {
  context.save();
  context.beginPath();
  tracePath(context, figure);
  if (paint.fill !== undefined) {
    context.globalAlpha = paint.fillOpacity ?? 1;
    context.fillStyle = inkColor(paint.fill, theme);
    context.fill();
  }
  if (paint.stroke !== undefined) {
    context.globalAlpha = paint.strokeOpacity ?? 1;
    context.strokeStyle = inkColor(paint.stroke, theme);
    context.lineWidth = paint.strokeWidth ?? 1;
    context.lineCap = paint.lineCap ?? 'butt';
    context.lineJoin = paint.lineJoin ?? 'miter';
    context.setLineDash([...(paint.dash ?? [])]);
    context.stroke();
  }
  context.restore();
}

export function paintDrawable(context: CanvasRenderingContext2D, drawable: Drawable, theme: Theme): void {
  if (isText(drawable)) paintText(context, drawable, theme);
  else paintMark(context, drawable, theme);
}

function tracePath(context: CanvasRenderingContext2D, figure: Figure): void {
  switch (figure.kind) {
    case 'circle':
      context.arc(figure.center.x, figure.center.y, figure.radius, 0, 2 * Math.PI);
      return;
    case 'rect':
      context.roundRect(figure.x, figure.y, figure.width, figure.height, figure.cornerRadius);
      return;
    case 'line':
      context.moveTo(figure.from.x, figure.from.y);
      context.lineTo(figure.to.x, figure.to.y);
      return;
    case 'polygon':
      if (figure.cornerRadius <= 0)
        figure.points.forEach((p, i) => (i === 0 ? context.moveTo(p.x, p.y) : context.lineTo(p.x, p.y)));
      else
        roundedCorners(figure.points, figure.cornerRadius).forEach((corner, i) => {
          if (i === 0) context.moveTo(corner.start.x, corner.start.y);
          else context.lineTo(corner.start.x, corner.start.y);
          context.arcTo(corner.vertex.x, corner.vertex.y, corner.end.x, corner.end.y, corner.radius);
        });
      context.closePath();
  }
}
