import { html, type TemplateResult } from 'lit';
import type { WorkRecord } from '../../src/edit/work-record.ts';
import { formatProblem, type Problem } from '../../src/validate/problem.ts';
import type { PendingOpen } from './edit-session.ts';

/** The editor's banners and empty states: templates only; the editor passes what they act on. */

const time = (iso: string | Date): string =>
  new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function restoreBanner(work: WorkRecord, restore: () => void, discard: () => void): TemplateResult {
  const edits = work.unsaved;
  return html`<div class="banner notice" role="region" aria-labelledby="restore-title">
    <p id="restore-title">
      <strong>Unsaved work found.</strong> ${edits} unsaved change${edits === 1 ? '' : 's'} to ${work.name}
      (“${work.dataset.title}”), last changed ${time(work.updated)}, are kept in this browser.
    </p>
    <div class="actions">
      <button type="button" class="button primary" @click=${restore}>Restore my changes</button>
      <button type="button" class="button" @click=${discard}>Discard them</button>
    </div>
  </div>`;
}

export function failureBanner(name: string, problems: readonly Problem[]): TemplateResult {
  const errors = problems.filter((p) => p.severity === 'error');
  return html`<div class="banner error" role="alert">
    <p>
      <strong>${name} cannot be opened for editing.</strong> ${errors.length}
      problem${errors.length === 1 ? '' : 's'}:
    </p>
    <ul class="problem-lines">
      ${errors.slice(0, 20).map((p) => html`<li><code>${formatProblem(p)}</code></li>`)}
    </ul>
  </div>`;
}

export function sourcePicker(
  pending: PendingOpen,
  choose: (files: File[]) => void,
  cancel: () => void,
): TemplateResult {
  const many = pending.files.length > 1;
  return html`<div class="banner notice" role="region" aria-labelledby="sources-title">
    <p id="sources-title">
      <strong>${pending.request.name} quotes from ${many ? 'text files' : 'a text file'} beside it:</strong>
      ${pending.files.map((f, i) => html`${i ? ', ' : ''}<code>${f}</code>`)}. Choose ${many ? 'them' : 'it'}
      to open the dataset.
    </p>
    <div class="actions">
      <label class="button file">
        Choose the text file${many ? 's' : ''}…
        <input
          type="file"
          class="visually-hidden"
          accept=".txt,text/plain"
          ?multiple=${many}
          @change=${(e: Event) => choose([...((e.target as HTMLInputElement).files ?? [])])}
        />
      </label>
      <button type="button" class="button" @click=${cancel}>Cancel</button>
    </div>
  </div>`;
}

export function emptyState(pickFiles: () => void): TemplateResult {
  return html`<div class="empty" data-drop>
    <h2>Open a dataset or a draft</h2>
    <p>
      A draft from <code>npx actor-graph draft article.txt</code>, or any actor-graph dataset (JSON). Its
      article opens beside its relations: accept, fix or reject each, add quotes by selecting words, and save.
    </p>
    <button type="button" class="button primary" @click=${pickFiles}>Open a file…</button>
    <p class="hint">
      Or drop the file here. A dataset whose source is a separate text file: choose or drop both together.
    </p>
    <slot name="examples"></slot>
  </div>`;
}

export const savedLine = (saved: Date | undefined, name: string): string =>
  saved ? `Saved ${name} ${time(saved)}.` : '';
