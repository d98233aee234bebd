import { html, nothing, type TemplateResult } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import type { Problem } from '../../src/validate/problem.ts';
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
): TemplateResult {
  if (status === 'error') {
    const h = headingTag(headingLevel);
    return html`<div part="error" class="box error" role="alert">
      ${staticHtml`<${h} class="box-title">This graph could not be shown</${h}>`}
      <p>The dataset has problems that must be fixed first:</p>
      ${problemList(problems)}
    </div>`;
  }
  const loading = status === 'loading';
  return html`<div part="status" class="box status" role="status">
    ${loading ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}
    ${loading ? 'Loading graph…' : 'No graph to show yet: set the src attribute or the data property.'}
  </div>`;
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
