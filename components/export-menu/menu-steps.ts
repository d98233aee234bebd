import { html, nothing, type TemplateResult } from 'lit';
import type { ExportOptions, WidgetExportFormat } from '../shared/export-options.ts';
import { choice, item } from './menu-choices.ts';

/** The menu's small options, as the reader last set them. */
export interface MenuChoices {
  readonly region: 'full' | 'view';
  /** Data exports hold only the relations the filters show. */
  readonly filtered: boolean;
  readonly embedSources: boolean;
  readonly scale: '1' | '2' | '4';
  readonly background: 'theme' | 'white' | 'transparent';
}

export const DEFAULT_MENU_CHOICES: MenuChoices = Object.freeze({
  region: 'full',
  filtered: false,
  embedSources: false,
  scale: '2',
  background: 'theme',
});

export type MenuAction = WidgetExportFormat | 'link';

/** What the steps are given: the choices, and what changing them and choosing an item does. */
export interface StepContext {
  readonly choices: MenuChoices;
  readonly change: (patch: Partial<MenuChoices>) => void;
  readonly request: (action: MenuAction) => void;
  readonly goTo: (step: 'list' | 'png') => void;
}

/** The export options an item asks for, from the choices that apply to it. */
export function optionsFor(action: MenuAction, choices: MenuChoices): ExportOptions {
  const { region, filtered } = choices;
  switch (action) {
    case 'png':
      return { region, scale: Number(choices.scale), background: choices.background };
    case 'svg':
      return { region };
    case 'json':
      return { filtered, embedSources: choices.embedSources };
    case 'graphml':
    case 'gexf':
    case 'csv':
      return { filtered };
    default:
      return {};
  }
}

function regionChoice({ choices, change }: StepContext): TemplateResult {
  return choice(
    'region',
    'Show',
    [
      { value: 'full', label: 'Whole graph' },
      { value: 'view', label: 'Current view' },
    ],
    choices.region,
    (region) => change({ region }),
  );
}

/** Every format, in three groups, with the options that apply to each group. */
export function listStep(
  context: StepContext,
  relations: { readonly shown: number; readonly total: number },
  viewLink: boolean,
): TemplateResult {
  const { choices, change, request } = context;
  return html`<div class="group" role="group" aria-labelledby="images">
      <p class="group-title" id="images">Image</p>
      <button type="button" class="item" data-item data-png @click=${() => context.goTo('png')}>
        <span class="label">PNG image…</span><span class="hint" aria-hidden="true">.png</span>
      </button>
      ${item('SVG image', '.svg', () => request('svg'))} ${regionChoice(context)}
    </div>
    <div class="group" role="group" aria-labelledby="data">
      <p class="group-title" id="data">Data</p>
      ${item('JSON (data)', '.json', () => request('json'))}
      ${item('GraphML', '.graphml', () => request('graphml'))} ${item('GEXF', '.gexf', () => request('gexf'))}
      ${item('CSV (relations and quotes)', '.csv', () => request('csv'))}
      ${choice(
        'relations',
        'Relations',
        [
          { value: 'all', label: `All (${relations.total})` },
          { value: 'shown', label: `Only shown (${relations.shown})` },
        ],
        choices.filtered ? 'shown' : 'all',
        (value) => change({ filtered: value === 'shown' }),
      )}
      <label class="check">
        <input
          type="checkbox"
          .checked=${choices.embedSources}
          @change=${(e: Event) => change({ embedSources: (e.target as HTMLInputElement).checked })}
        />
        Embed source texts in JSON
      </label>
    </div>
    <div class="group" role="group" aria-labelledby="view">
      <p class="group-title" id="view">View</p>
      ${item('View snapshot (JSON)', '.json', () => request('view'))}
      ${viewLink ? item('Copy link to this view', '#view', () => request('link')) : nothing}
    </div>`;
}

/** What "PNG image…" opens: region, scale and background, and the button that downloads it. */
export function pngStep(context: StepContext): TemplateResult {
  const { choices, change } = context;
  return html`<div class="group" role="group" aria-labelledby="png">
    <div class="step-head">
      <button
        type="button"
        class="back"
        data-item
        aria-label="Back to all formats"
        @click=${() => context.goTo('list')}
      >
        <span aria-hidden="true">←</span>
      </button>
      <p class="group-title" id="png">PNG image</p>
    </div>
    ${regionChoice(context)}
    ${choice(
      'scale',
      'Scale',
      [
        { value: '1', label: '1×' },
        { value: '2', label: '2×' },
        { value: '4', label: '4×' },
      ],
      choices.scale,
      (scale) => change({ scale }),
    )}
    ${choice(
      'background',
      'Background',
      [
        { value: 'theme', label: 'Theme' },
        { value: 'white', label: 'White' },
        { value: 'transparent', label: 'None' },
      ],
      choices.background,
      (background) => change({ background }),
    )}
    <button type="button" class="save" data-item @click=${() => context.request('png')}>Download PNG</button>
  </div>`;
}
