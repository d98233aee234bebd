import { html, nothing, type TemplateResult } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import type { ActorGraph } from '../../src/graph/actor-graph.ts';
import type { LayoutStrategy } from '../../src/layout/layout-plan.ts';
import type { PipelineProgress } from '../../src/pipeline/load-pipeline.ts';
import { PROBLEM_CODES, type Problem } from '../../src/validate/problem.ts';
import { headingTag } from '../shared/heading.ts';
import type { LoadStatus } from './graph-load-controller.ts';

const SHOWN = 25;

/** Where a problem is, the way editors and compilers print it: `file:line:column`. */
export function problemLocation(problem: Problem): string {
  return problem.line === undefined ? problem.file : `${problem.file}:${problem.line}:${problem.column ?? 1}`;
}

/** Problems as a list a reader can act on: errors before warnings, each with its message, place and JSON path. */
export function problemList(problems: readonly Problem[]): TemplateResult {
  const sorted = [...problems].sort((a, b) =>
    a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1,
  );
  const rest = sorted.length - SHOWN;
  return html`<ul class="problems">
    ${sorted.slice(0, SHOWN).map(
      (p) =>
        html`<li class=${p.severity}>
          <span class="severity">${p.severity}</span>
          <span class="message">${p.message}</span>
          <span class="where"><code>${problemLocation(p)}</code> at <code>${p.path}</code></span>
        </li>`,
    )}
    ${rest > 0 ? html`<li class="more">…and ${rest} more.</li>` : nothing}
  </ul>`;
}

/** What stands in the graph's place, at the graph's height, until there is a graph: never a blank box. */
export function placeholder(
  status: LoadStatus,
  problems: readonly Problem[],
  headingLevel: number,
  progress?: LoadProgress,
): TemplateResult {
  if (status === 'error') {
    const h = headingTag(headingLevel);
    const inData = problems.some((p) => p.code !== PROBLEM_CODES.readFailed);
    return html`<div part="error" class="box error" role="alert">
      ${staticHtml`<${h} class="box-title">This graph could not be shown</${h}>`}
      ${inData ? html`<p>The dataset has problems that must be fixed first:</p>` : nothing}
      ${problemList(problems)}
    </div>`;
  }
  const loading = status === 'loading';
  return html`<div part="status" class="box status" role="status">
    ${loading ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}
    ${loading ? progressLine(progress) : 'No graph to show yet: set the src attribute or the data property.'}
  </div>`;
}

/** A load in flight, as the reader sees it: what it is doing, how far, and a way to stop it. */
export interface LoadProgress {
  readonly progress: PipelineProgress | undefined;
  readonly onCancel: () => void;
}

const STRATEGY_WORDS: Readonly<Record<LayoutStrategy, string>> = {
  'fcose-proof': 'Arranging the graph',
  'fcose-default': 'Arranging the graph',
  'spectral-forceatlas2': 'Arranging a large graph',
};

/**
 * "Loading graph…" for a moment; then, once the work is long enough to report steps, what is being
 * done, a progress bar and Cancel. The bar is a native <progress>, so assistive technology reads it.
 */
export function progressLine(load?: LoadProgress): TemplateResult {
  const step = load?.progress;
  if (!load || !step) return html`Loading graph…`;
  if (step.stage === 'validating') {
    return html`<span class="progress-words">Checking the data…</span>
      <button type="button" class="button" @click=${load.onCancel}>Cancel</button>`;
  }
  const percent = Math.round((100 * step.done) / Math.max(1, step.total));
  return html`<span class="progress-words">${STRATEGY_WORDS[step.strategy]}… ${percent}%</span>
    <progress max=${step.total} .value=${step.done} aria-label="Layout progress"></progress>
    <button type="button" class="button" @click=${load.onCancel}>Cancel</button>`;
}

/** Above a graph whose reload failed: the old graph stays, and this says why the new one did not come. */
export function reloadBanner(problems: readonly Problem[], onDismiss: () => void): TemplateResult {
  return html`<div part="error" class="banner" role="alert">
    <div class="banner-head">
      <p><strong>The new graph could not be loaded.</strong> The previous graph is still shown.</p>
      <button type="button" class="button dismiss" @click=${onDismiss}>Dismiss</button>
    </div>
    ${problemList(problems)}
  </div>`;
}

/** Above a graph whose saved view could not be restored, or only in part: what and why. */
export function viewBanner(problems: readonly Problem[], onDismiss: () => void): TemplateResult {
  const failed = problems.some((p) => p.severity === 'error');
  return html`<div part="error" class="banner ${failed ? '' : 'notice'}" role=${failed ? 'alert' : 'status'}>
    <div class="banner-head">
      <p>
        ${
          failed
            ? html`<strong>The saved view could not be restored.</strong> The graph is shown without it.`
            : html`<strong>The saved view was restored in part.</strong> What this graph does not have was
                left out.`
        }
      </p>
      <button type="button" class="button dismiss" @click=${onDismiss}>Dismiss</button>
    </div>
    ${problemList(problems)}
  </div>`;
}

/**
 * Above a graph whose relations are still machine drafts (`actor-graph draft`): a reader must know
 * that no person has checked them. The validator warns once per draft; this says it once, with the count.
 */
export function draftBanner(graph: ActorGraph | undefined): TemplateResult | typeof nothing {
  const drafts = graph?.filterEdges((_, relation) => relation.draft !== undefined).length ?? 0;
  if (!graph || drafts === 0) return nothing;
  const of = drafts === graph.size ? `All ${drafts}` : `${drafts} of ${graph.size}`;
  return html`<div part="status" class="banner notice" role="status">
    <p>
      <strong>Draft.</strong> ${of} relations were proposed by a machine and have not been reviewed by a
      person yet: read each against its quotes.
    </p>
  </div>`;
}
