import type { Core, EventObject } from 'cytoscape';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { AllianceAnalysis } from '../../src/alliance/types.ts';
import type { ActorGraph } from '../../src/graph/actor-graph.ts';
import type { Point } from '../../src/geometry/point.ts';
import { allianceElements } from '../../src/graph/alliance-elements.ts';
import { pairActors, pairId } from '../../src/picture/alliance-scene.ts';
import { buildAllianceStylesheet } from '../../src/style/alliance-stylesheet.ts';
import { detailFor, rendererOptions } from '../../src/style/stylesheet.ts';
import type { Theme } from '../../src/style/theme.ts';
import type { AllianceSelection } from '../../src/view/alliance-selection.ts';
import type { Viewport } from '../../src/view/snapshot.ts';
import { graphImage, graphImageSize, type ImageRegion, type Size } from '../graph-canvas/graph-image.ts';
import { createSealedCytoscape } from '../graph-canvas/sealed-cytoscape.ts';
import { applyViewport, readViewState, type CanvasViewState } from '../graph-canvas/view-state.ts';

/** What the alliance canvas draws: the graph, its analysis, and where the actors stand. */
export interface AlliancePicture {
  readonly graph: ActorGraph;
  readonly analysis: AllianceAnalysis;
  readonly positions: ReadonlyMap<string, Point>;
  readonly theme: Theme;
}

export interface AllianceCanvasOptions {
  readonly container: () => HTMLElement | null | undefined;
  readonly picture: () => AlliancePicture | undefined;
  readonly selection: () => AllianceSelection | null;
  /** A saved zoom and centre, shown once instead of fitting. */
  readonly viewport: () => Viewport | undefined;
  readonly onTap: (selection: AllianceSelection | null) => void;
}

/**
 * Owns the alliance picture's one Cytoscape instance, as `CytoscapeController` owns the relations
 * graph's: created once the container is rendered, destroyed on disconnect, re-created on reconnect;
 * after every host update the elements, stylesheet and selection follow the picture. Actors are not
 * dragged here: their places say which camp they are in.
 */
export class AllianceCanvasController implements ReactiveController {
  private cy: Core | undefined;
  private drawn: AlliancePicture | undefined;
  private styled: Theme | undefined;
  private readonly options: AllianceCanvasOptions;

  constructor(host: ReactiveControllerHost, options: AllianceCanvasOptions) {
    this.options = options;
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.cy?.destroy();
    this.cy = undefined;
    this.drawn = undefined;
    this.styled = undefined;
  }

  hostUpdated(): void {
    const picture = this.options.picture();
    const container = this.options.container();
    if (!picture || !container) return;
    const detail = detailFor(picture.graph.order + picture.analysis.pairs.length);
    if (!this.cy || this.cy.container() !== container) {
      this.cy?.destroy();
      this.cy = createSealedCytoscape({
        container,
        ...rendererOptions(detail),
        autoungrabify: true,
        boxSelectionEnabled: false,
      });
      this.cy.on('tap', (event: EventObject) => this.tapped(event));
      this.drawn = undefined;
      this.styled = undefined;
    }
    const cy = this.cy;
    if (this.styled !== picture.theme) {
      cy.style(buildAllianceStylesheet(picture.theme, detail));
      this.styled = picture.theme;
    }
    if (this.drawn?.analysis !== picture.analysis || this.drawn.graph !== picture.graph) {
      cy.batch(() => {
        cy.elements().remove();
        cy.add(allianceElements(picture.graph, picture.analysis, picture.positions));
      });
      const viewport = this.options.viewport();
      if (viewport) applyViewport(cy, viewport);
      else cy.fit(undefined, 24);
    }
    this.drawn = picture;
    this.applySelection(this.options.selection());
  }

  private tapped(event: EventObject): void {
    const target = event.target as Core | { isNode(): boolean; id(): string };
    if (target === this.cy) return this.options.onTap(null);
    const element = target as { isNode(): boolean; isEdge(): boolean; id(): string };
    if (element.isNode()) {
      if (!element.id().startsWith('camp|')) this.options.onTap({ kind: 'actor', id: element.id() });
      return;
    }
    const actors = pairActors(element.id());
    if (actors) this.options.onTap({ kind: 'pair', actors });
  }

  private applySelection(selection: AllianceSelection | null): void {
    const cy = this.cy;
    if (!cy) return;
    const ids = new Set<string>();
    if (selection?.kind === 'actor') ids.add(selection.id);
    else if (selection) {
      const [a, b, c] = selection.actors;
      const sides: [string, string][] = c
        ? [
            [a, b],
            [b, c],
            [a, c],
          ]
        : [[a, b]];
      for (const [x, y] of sides) ids.add(pairId(x, y)).add(pairId(y, x));
    }
    cy.batch(() => {
      cy.$(':selected').forEach((element) => void (ids.has(element.id()) || element.unselect()));
      ids.forEach((id) => {
        const element = cy.getElementById(id);
        if (element.nonempty() && !element.selected()) element.select();
      });
    });
  }

  fit(): void {
    this.cy?.fit(undefined, 24);
  }

  zoomBy(factor: number): void {
    const cy = this.cy;
    if (!cy) return;
    cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  }

  /** Marks the pair the keyboard is on, and keeps it on screen. */
  focusPair(id: string | undefined): void {
    const cy = this.cy;
    if (!cy) return;
    cy.$('.keyboard-focus').removeClass('keyboard-focus');
    if (!id) return;
    const edge = cy.getElementById(id);
    if (edge.empty()) return;
    edge.addClass('keyboard-focus');
    const box = edge.renderedBoundingBox({});
    if (box.x1 < 0 || box.y1 < 0 || box.x2 > cy.width() || box.y2 > cy.height()) cy.center(edge);
  }

  /** An actor's centre or a pair's middle (id `a|b`) in client coordinates; undefined if not drawn. */
  clientPositionOf(id: string): { x: number; y: number } | undefined {
    const cy = this.cy;
    const element = cy?.getElementById(id);
    if (!cy || !element || element.empty()) return undefined;
    const at = element.isEdge()
      ? element.renderedMidpoint()
      : (element as unknown as { renderedPosition(): { x: number; y: number } }).renderedPosition();
    const box = cy.container()!.getBoundingClientRect();
    return { x: box.left + at.x, y: box.top + at.y };
  }

  /** What a view snapshot records: the zoom and centre (the actors' places follow from the data). */
  viewState(): CanvasViewState | undefined {
    if (!this.cy || !this.drawn) return undefined;
    const state = readViewState(this.cy);
    return { ...state, positions: new Map(this.drawn.positions) };
  }

  imageSize(region: ImageRegion): Size | undefined {
    return this.cy && graphImageSize(this.cy, region);
  }

  image(region: ImageRegion, scale: number): Promise<Blob> {
    if (!this.cy) return Promise.reject(new Error('The alliance picture is not drawn yet.'));
    return graphImage(this.cy, region, scale);
  }
}
