import type {
  CollectionReturnValue,
  Core,
  ElementDefinition,
  EventObject,
  Position,
  SingularElementArgument,
} from 'cytoscape';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { toElements } from '../../src/graph/to-elements.ts';
import type { Point } from '../../src/geometry/point.ts';
import {
  buildStylesheet,
  detailFor,
  MIN_ZOOMED_FONT_SIZE,
  rendererOptions,
  type Detail,
} from '../../src/style/stylesheet.ts';
import type { GraphModel } from '../shared/model-context.ts';
import type { Selection } from '../shared/selection.ts';
import { SCENE_CLASS_NAMES, sceneClasses, type Scene, type SceneClasses } from './scene-classes.ts';
import { graphImage, graphImageSize, type ImageRegion, type Size } from './graph-image.ts';
import { centerOn, fitGraph, reveal, zoomAround, zoomOnto } from './viewport.ts';
import { createSealedCytoscape } from './sealed-cytoscape.ts';
import {
  applyLabelSides,
  applyPositions,
  applyViewport,
  readViewState,
  type CanvasRestore,
  type CanvasViewState,
} from './view-state.ts';

export interface CytoscapeControllerOptions {
  /** The empty div Cytoscape draws into; it exists once the host has rendered. */
  readonly container: () => HTMLElement | null | undefined;
  readonly model: () => GraphModel | undefined;
  readonly scene: () => Scene;
  /** A saved view to show once its graph is drawn, instead of fitting the graph. */
  readonly restore: () => CanvasRestore | undefined;
  /** A tap on an actor or a relation, or on the background (null). */
  readonly onTap: (selection: Selection | null) => void;
}

/**
 * Graphs of more elements go onto the canvas in slices, a task each, so the page keeps responding;
 * this is also the first slice's size. Each slice gets its style and bounds computed in its task:
 * Cytoscape computes both lazily, and left alone it does it for every element at once in the first
 * fit (most of a 0.7 s task at 500 actors).
 */
const ADD_SLICE = 400;
/**
 * What one slice may cost: each slice's size is set from how long the last one took, since machines
 * and graphs differ too much for a fixed count (a slice of 3,000 elements took 0.3-0.5 s here). At
 * 100 ms the redraws between slices added a fifth to the load of 20,000 actors; at 150 ms, nothing.
 */
const SLICE_MS = 150;
/**
 * Where the viewport waits while a graph goes on in slices: far from every element, so the redraws
 * between slices draw nothing (drawing a half-added graph of 50,000 elements costs most of a second
 * per frame) and the reader never sees a half-drawn graph at the wrong zoom. The fit comes at the end.
 */
const PARKED = { zoom: 1, pan: { x: -1e9, y: -1e9 } };

/** Adds elements and computes their style and bounds now, while they are few (see `ADD_SLICE`). */
function addSlice(cy: Core, elements: ElementDefinition[]): void {
  let added: CollectionReturnValue | undefined;
  cy.batch(() => void (added = cy.add(elements)));
  added?.boundingBox({});
}

/** What Cytoscape holds of a graph: one element per actor and per relation. */
const elementCount = (graph: GraphModel['graph']): number => graph.order + graph.size;

const detailOf = (model: GraphModel | undefined): Detail =>
  model ? detailFor(elementCount(model.graph)) : 'full';

/**
 * Owns the one Cytoscape instance of a canvas: creates it once the container is rendered and
 * connected, destroys it on disconnect (safe twice), re-creates it on reconnect, and after every host
 * update brings it in line with the model (elements, stylesheet) and the scene (interaction classes).
 */
export class CytoscapeController implements ReactiveController {
  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly options: CytoscapeControllerOptions;
  private cy: Core | undefined;
  /** The graph entirely on the canvas ("drawn"); one still being added in slices is not, yet. */
  private drawnGraph: GraphModel['graph'] | undefined;
  /** What the stylesheet was built from. */
  private styledTheme: GraphModel['theme'] | undefined;
  private styledEncodings: GraphModel['encodings'] | undefined;
  private appliedScene: Scene | undefined;
  /** The scene classes the elements on the canvas have; undefined when none has any. */
  private appliedClasses: SceneClasses | undefined;
  private appliedRestore: CanvasRestore | undefined;
  /** The saved view the graph being added was placed by (see `sync`). */
  private placedBy: CanvasRestore | undefined;
  /** The detail `cy` was created for: its renderer options cannot change after creation. */
  private detail: Detail = 'full';
  /**
   * Counts the graphs put on the canvas (and the `cy`s destroyed), so that a slow, sliced add stops
   * when a newer one starts: each add keeps the generation it started in.
   */
  private addGeneration = 0;
  /** A large graph going onto the canvas in slices, until it is drawn. */
  private graphBeingAdded: GraphModel['graph'] | undefined;
  /** Who waits for a graph to be entirely on the canvas (see `whenDrawn`). */
  private waiting: { graph: GraphModel['graph']; resolve: (drawn: boolean) => void }[] = [];
  /** Until the reader zooms or pans, the graph keeps fitting the canvas as it resizes. */
  private viewportTouched = false;
  /** Where the container was on screen when Cytoscape last measured it (see `refreshPosition`). */
  private containerAt = { left: Number.NaN, top: Number.NaN };
  private measuredAt = Number.NEGATIVE_INFINITY;
  private resizeObserver: ResizeObserver | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement, options: CytoscapeControllerOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  hostConnected(): void {
    // On reconnect the container is still rendered but Lit will not update by itself.
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    const detail = detailOf(this.options.model());
    if (this.cy && detail !== this.detail) this.destroy();
    if (!this.cy) this.create(detail);
    this.sync();
  }

  hostDisconnected(): void {
    this.destroy();
  }

  /** How many elements a large graph going onto the canvas in slices has, while it does. */
  get elementsBeingAdded(): number | undefined {
    return this.graphBeingAdded && elementCount(this.graphBeingAdded);
  }

  get ready(): boolean {
    return this.cy !== undefined && this.drawnGraph !== undefined;
  }

  fit(animate = true): void {
    if (!this.cy) return;
    this.viewportTouched = false;
    fitGraph(this.cy, animate);
  }

  /** Zooms by `factor` around a point in canvas coordinates (the centre by default). */
  zoomBy(factor: number, around?: Position, animate = false): void {
    if (!this.cy) return;
    this.viewportTouched = true;
    zoomAround(this.cy, factor, around, animate);
  }

  /** Pans the element into view if it is (partly) outside the canvas, or to the centre if `center`. */
  reveal(id: string, center = false): void {
    const element = this.cy?.getElementById(id);
    if (!this.cy || !element || element.empty() || !element.visible()) return;
    this.viewportTouched = true;
    // A large graph, fitted, is too small to read: going to an element zooms in until labels show
    // (the lit neighbourhood of a selection would otherwise be a few pixels in a hairball).
    const readable = MIN_ZOOMED_FONT_SIZE / (this.options.model()?.theme.fontSize ?? MIN_ZOOMED_FONT_SIZE);
    if (this.detail === 'reduced' && this.cy.zoom() < readable) zoomOnto(this.cy, element, readable * 1.25);
    else if (center) centerOn(this.cy, element);
    else reveal(this.cy, element);
  }

  /** Client (viewport) coordinates of an actor's centre or of the middle of a relation's curve. */
  clientPositionOf(id: string): Point | undefined {
    const container = this.options.container();
    const element = this.cy?.getElementById(id);
    if (!container || !element || element.empty() || !element.visible()) return undefined;
    const local = element.group() === 'nodes' ? element.renderedPosition() : element.renderedMidpoint();
    const box = container.getBoundingClientRect();
    return { x: box.left + local.x, y: box.top + local.y };
  }

  /** Where the actors are drawn now, in graph units (the reader may have dragged some). */
  actorPositions(): Map<string, Point> {
    const positions = new Map<string, Point>();
    this.cy?.nodes().forEach((node) => void positions.set(node.id(), node.position()));
    return positions;
  }

  /** Positions, zoom, centre and canvas size as they are now; undefined before a graph is drawn. */
  viewState(): CanvasViewState | undefined {
    if (!this.cy || !this.ready) return undefined;
    this.cy.stop(true, true);
    return readViewState(this.cy);
  }

  /** See `graphImageSize`. */
  imageSize(region: ImageRegion): Size | undefined {
    return this.cy && this.ready ? graphImageSize(this.cy, region) : undefined;
  }

  /** See `graphImage`. */
  image(region: ImageRegion, scale: number): Promise<Blob> {
    if (!this.cy || !this.ready) return Promise.reject(new Error('There is no graph on the canvas.'));
    return graphImage(this.cy, region, scale);
  }

  private create(detail: Detail): void {
    const container = this.options.container();
    if (!container || !this.host.isConnected) return;
    this.detail = detail;
    this.cy = createSealedCytoscape({
      container,
      ...rendererOptions(detail),
      // The wheel never reaches Cytoscape (the canvas zooms on Ctrl+wheel itself); this keeps pinch.
      userZoomingEnabled: true,
    });
    this.cy.on('tap', (event: EventObject) => this.tapped(event));
    // Hover labels help on an article's graph; on a large one every class change costs a restyle
    // and a redraw while the pointer sweeps across thousands of edges.
    if (detail === 'full') {
      this.cy.on('mouseover', 'edge', (event: EventObject) => void event.target.addClass('hover'));
      this.cy.on('mouseout', 'edge', (event: EventObject) => void event.target.removeClass('hover'));
    }
    this.cy.on('mouseover', 'node, edge', () => void (container.style.cursor = 'pointer'));
    this.cy.on('mouseout', 'node, edge', () => void (container.style.cursor = ''));
    this.cy.on('dragpan pinchzoom grab', () => void (this.viewportTouched = true));
    this.cy.on('dragfree', 'node', () => {
      const graph = this.drawnGraph;
      if (this.cy && graph) applyLabelSides(this.cy, graph, this.actorPositions());
    });
    container.addEventListener('pointerdown', this.refreshPosition, { capture: true });
    container.addEventListener('pointermove', this.refreshPosition, { capture: true });
    this.resizeObserver = new ResizeObserver(() => {
      this.cy?.resize();
      // A graph still going on in slices keeps the viewport parked; it is fitted when complete.
      if (!this.viewportTouched && !this.graphBeingAdded) this.fit(false);
    });
    this.resizeObserver.observe(container);
  }

  private destroy(): void {
    if (!this.cy) return;
    const container = this.options.container();
    container?.removeEventListener('pointerdown', this.refreshPosition, { capture: true });
    container?.removeEventListener('pointermove', this.refreshPosition, { capture: true });
    this.resizeObserver?.disconnect();
    this.cy.destroy();
    this.cy = undefined;
    this.addGeneration++;
    this.graphBeingAdded = undefined;
    this.drawnGraph = this.styledTheme = this.styledEncodings = this.appliedScene = undefined;
    this.appliedClasses = undefined;
    this.appliedRestore = undefined;
  }

  /**
   * Cytoscape caches where its container is on screen and refreshes it on scrolls of the container's
   * ancestors, but it walks `parentNode` and stops at our shadow root: after a page scroll its cache
   * is stale and a click would hit the wrong element. Before each pointer event reaches it, compare
   * and re-measure if the container moved (scroll events come a frame late, so they cannot be trusted).
   */
  private readonly refreshPosition = (event: Event): void => {
    // Pointer moves come many times a frame; the page cannot scroll more often than it draws.
    if (event.type === 'pointermove') {
      if (performance.now() - this.measuredAt < 16) return;
    }
    this.measuredAt = performance.now();
    const box = (event.currentTarget as HTMLElement).getBoundingClientRect();
    if (box.left === this.containerAt.left && box.top === this.containerAt.top) return;
    this.containerAt = { left: box.left, top: box.top };
    this.cy?.resize();
  };

  private tapped(event: EventObject): void {
    const target = event.target as Core | SingularElementArgument;
    if (target === this.cy) this.options.onTap(null);
    else if ('isNode' in target)
      this.options.onTap({ kind: target.isNode() ? 'actor' : 'relation', id: target.id() });
  }

  private sync(): void {
    const cy = this.cy;
    const model = this.options.model();
    if (!cy) return;
    if (!model) {
      if (this.drawnGraph) cy.elements().remove();
      this.drawnGraph = undefined;
      this.appliedClasses = undefined;
      return;
    }
    if (model.theme !== this.styledTheme || model.encodings !== this.styledEncodings) {
      cy.style(buildStylesheet(model.theme, model.encodings, this.detail));
      this.styledTheme = model.theme;
      this.styledEncodings = model.encodings;
    }
    const scene = this.options.scene();
    // A large graph still going onto the canvas, slice by slice: let it finish.
    if (model.graph === this.graphBeingAdded) return;
    if (model.graph !== this.drawnGraph) {
      const generation = ++this.addGeneration;
      cy.batch(() => void cy.elements().remove());
      this.appliedClasses = undefined;
      // A saved view for this graph places its actors as they go on, so its positions (and the
      // label sides worked out from them) are applied once, not once by the layout and again by it.
      const restore = this.options.restore();
      const positions = restore?.graph === model.graph ? restore.positions : model.positions;
      this.placedBy = restore?.graph === model.graph ? restore : undefined;
      const elements = () => toElements(model.graph, { encodings: model.encodings, positions });
      if (elementCount(model.graph) > ADD_SLICE) {
        this.graphBeingAdded = model.graph;
        cy.viewport(PARKED);
        // The host shows that the graph is going on (see `elementsBeingAdded`).
        this.host.requestUpdate();
        void this.addInSlices(cy, elements, generation, model);
        return;
      }
      cy.add(elements());
      this.added(model, scene);
      return;
    }
    if (scene !== this.appliedScene) this.applyScene(model, scene);
    this.applyRestore();
  }

  /**
   * A large graph, a slice per task: one `cy.add` of 50,000 elements would hold the page for seconds.
   * Nodes come first in `toElements`, so every edge finds its ends. A newer graph (or a new `cy`)
   * stops the loop.
   */
  private async addInSlices(
    cy: Core,
    makeElements: () => ElementDefinition[],
    generation: number,
    model: GraphModel,
  ): Promise<void> {
    /** Waits for the next task; false if a newer graph or a new `cy` took over meanwhile. */
    const nextTask = async (): Promise<boolean> => {
      await new Promise((resolve) => setTimeout(resolve, 0));
      return generation === this.addGeneration && cy === this.cy;
    };
    // Mapping 50,000 elements takes a task of its own, after the one that received the graph.
    if (!(await nextTask())) return;
    const elements = makeElements();
    let size = ADD_SLICE;
    for (let start = 0; start < elements.length;) {
      if (!(await nextTask())) return;
      const began = performance.now();
      addSlice(cy, elements.slice(start, start + size));
      start += size;
      const took = Math.max(1, performance.now() - began);
      size = Math.round(Math.min(size * 2, Math.max(ADD_SLICE / 2, (size * SLICE_MS) / took)));
    }
    if (!(await nextTask())) return;
    this.added(model, this.options.scene());
    this.host.requestUpdate();
  }

  /** The graph is on the canvas: mark it drawn, apply the scene and the saved view (or fit). */
  private added(model: GraphModel, scene: Scene): void {
    this.graphBeingAdded = undefined;
    this.drawnGraph = model.graph;
    this.appliedScene = undefined;
    this.applyScene(model, scene);
    if (!this.applyRestore(this.placedBy)) this.fit(false);
    this.placedBy = undefined;
    this.settleWaiting();
  }

  /**
   * Resolves true once `graph` is entirely on the canvas (a large one goes on in slices), or false if
   * another graph replaces it first or the canvas goes away.
   */
  whenDrawn(graph: GraphModel['graph']): Promise<boolean> {
    if (this.drawnGraph === graph && this.cy) return Promise.resolve(true);
    return new Promise((resolve) => this.waiting.push({ graph, resolve }));
  }

  private settleWaiting(): void {
    const waiting = this.waiting;
    this.waiting = [];
    for (const { graph, resolve } of waiting) {
      if (graph === this.drawnGraph && this.cy) resolve(true);
      else if (graph === this.graphBeingAdded || graph === this.options.model()?.graph)
        this.waiting.push({ graph, resolve });
      else resolve(false);
    }
  }

  /**
   * Shows a saved view once, when it is new and its graph is the one drawn; true if it did. `placed`:
   * the view whose positions the elements were added with, which need not be applied again.
   */
  private applyRestore(placed?: CanvasRestore): boolean {
    const restore = this.options.restore();
    const cy = this.cy;
    if (!cy || !restore || restore === this.appliedRestore || restore.graph !== this.drawnGraph) return false;
    this.appliedRestore = restore;
    if (restore !== placed) {
      applyPositions(cy, restore.positions);
      applyLabelSides(cy, restore.graph, restore.positions);
    }
    // The container may have been measured before it was laid out; a viewport needs its real size.
    cy.resize();
    if (restore.viewport) {
      this.viewportTouched = true;
      applyViewport(cy, restore.viewport);
    } else this.fit(false);
    return true;
  }

  private applyScene(model: GraphModel, scene: Scene): void {
    const cy = this.cy;
    if (!cy) return;
    const classes = sceneClasses(model.graph, scene, this.detail === 'full');
    const before = this.appliedClasses;
    cy.batch(() => {
      // Only the changes: Cytoscape's removeClass and addClass restyle every element they are called
      // on, whether or not it had the class, and a restyle drops the element's cached bounds (the
      // first fit of a graph of 20,000 actors took 2.5 s longer for it).
      for (const name of SCENE_CLASS_NAMES) {
        const had = before?.[name] ?? NONE;
        const has = classes[name];
        for (const id of had) if (!has.has(id)) cy.getElementById(id).removeClass(name);
        for (const id of has) if (!had.has(id)) cy.getElementById(id).addClass(name);
      }
      const selected =
        scene.selection && !classes.filtered.has(scene.selection.id) ? scene.selection.id : undefined;
      cy.$(':selected').forEach((element) => void (element.id() === selected || element.unselect()));
      if (selected !== undefined) cy.getElementById(selected).select();
    });
    this.appliedClasses = classes;
    this.appliedScene = scene;
  }
}

const NONE: ReadonlySet<string> = new Set();
