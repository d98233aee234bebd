import { html, nothing, type TemplateResult } from 'lit';
import type { WorkRecord } from '../../src/edit/work-record.ts';
import { formatProblem, type Problem } from '../../src/validate/problem.ts';
import type { EditSession, PendingOpen } from './edit-session.ts';

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

/** How the work stands: unsaved (and whether the browser keeps it), saved, or untouched. */
export function statusLine(session: EditSession): string {
  const doc = session.doc;
  if (!doc) return '';
  if (session.unsaved) {
    const kept = session.storageProblem ? 'not kept in this browser' : 'kept in this browser';
    return `${doc.edits || 'Some'} unsaved change${doc.edits === 1 ? '' : 's'}, ${kept}.`;
  }
  return doc.saved ? `Saved ${doc.name} ${time(doc.saved)}.` : 'No changes yet.';
}

export interface BannerInput {
  readonly session: EditSession;
  readonly notice: { readonly text: string; readonly kind: 'error' | 'info' } | undefined;
  readonly restore: () => void;
  readonly discard: () => void;
  readonly chooseSources: (files: File[]) => void;
  readonly cancelSources: () => void;
}

/** Everything the editor has to say above its work: failures, notices, questions. */
export function banners(input: BannerInput): TemplateResult {
  const { session, notice } = input;
  return html`${
    session.storageProblem && session.unsaved
      ? html`<p class="banner error" role="alert">${session.storageProblem}</p>`
      : nothing
  }
  ${
    notice
      ? html`<p class="banner ${notice.kind}" role=${notice.kind === 'error' ? 'alert' : 'status'}>
          ${notice.text}
        </p>`
      : nothing
  }
  ${
    session.stored && session.stored.unsaved > 0 && !session.doc
      ? restoreBanner(session.stored, input.restore, input.discard)
      : nothing
  }
  ${session.pending ? sourcePicker(session.pending, input.chooseSources, input.cancelSources) : nothing}
  ${session.failure ? failureBanner(session.failure.name, session.failure.problems) : nothing}
  ${session.opening ? html`<p class="banner notice" role="status">Opening and checking…</p>` : nothing}`;
}
