import type { Position } from 'cytoscape';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface WheelZoomOptions {
  /** The element the wheel listener sits on; pointer positions are relative to it. */
  readonly surface: () => HTMLElement | null | undefined;
  readonly zoomBy: (factor: number, around: Position) => void;
}

const HINT_MS = 1600;
const LINE_PX = 16;
const PAGE_PX = 400;

/**
 * The wheel scrolls the page, as everywhere else on it, unless the reader holds Ctrl (⌘) or the graph
 * has focus; then it zooms around the pointer. A plain wheel over an unfocused graph shows a short
 * hint instead. Use `listener` as the surface's `@wheel` binding: it runs in the capture phase and
 * stops the event there, so Cytoscape's own wheel zoom never runs (its pinch zoom stays on).
 */
export class WheelZoom implements ReactiveController {
  hintShown = false;
  private readonly host: ReactiveControllerHost;
  private readonly options: WheelZoomOptions;
  private hintTimer: ReturnType<typeof setTimeout> | undefined;

  readonly listener = {
    handleEvent: (event: WheelEvent): void => this.onWheel(event),
    capture: true,
    passive: false,
  };

  constructor(host: ReactiveControllerHost, options: WheelZoomOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.hintTimer);
    this.hintShown = false;
  }

  private onWheel(event: WheelEvent): void {
    event.stopPropagation();
    const surface = this.options.surface();
    if (!surface) return;
    const focused = surface.matches(':focus');
    if (!(event.ctrlKey || event.metaKey || focused)) {
      this.showHint();
      return;
    }
    event.preventDefault();
    const unit = event.deltaMode === 1 ? LINE_PX : event.deltaMode === 2 ? PAGE_PX : 1;
    const delta = Math.max(-200, Math.min(200, event.deltaY * unit));
    const box = surface.getBoundingClientRect();
    this.options.zoomBy(Math.exp(-delta * 0.0025), {
      x: event.clientX - box.left,
      y: event.clientY - box.top,
    });
  }

  private showHint(): void {
    clearTimeout(this.hintTimer);
    this.hintTimer = setTimeout(() => {
      this.hintShown = false;
      this.host.requestUpdate();
    }, HINT_MS);
    if (this.hintShown) return;
    this.hintShown = true;
    this.host.requestUpdate();
  }
}
