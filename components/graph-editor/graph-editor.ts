import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { relationName } from '../../src/edit/apply-edit.ts';
import { datasetJson } from '../../src/edit/check-edit.ts';
import { EditError } from '../../src/edit/edit-error.ts';
import type { OpenRequest } from '../../src/edit/open-dataset.ts';
import { PROBLEM_CODES } from '../../src/validate/problem.ts';
import {
  ColorSchemeController,
  toThemeSetting,
  type ThemeSetting,
} from '../actor-graph-view/color-scheme-controller.ts';
import '../edit-actors/edit-actors.ts';
import type { ActorGraphEditActors } from '../edit-actors/edit-actors.ts';
import '../edit-article/edit-article.ts';
import type { ActorGraphEditArticle, ArticleMark } from '../edit-article/edit-article.ts';
import '../edit-relations/edit-relations.ts';
import type { ActorGraphEditRelations } from '../edit-relations/edit-relations.ts';
import { fetchBytes } from '../shared/fetch-bytes.ts';
import { clip } from '../edit-relations/relation-form.ts';
import { emitEdit, type EditorEventMap, type TextSelection } from './edit-events.ts';
import { problemList } from './edit-fields.ts';
import { EditSession } from './edit-session.ts';
import { emptyState, failureBanner, restoreBanner, savedLine, sourcePicker } from './editor-views.ts';
import styles from './graph-editor.styles.ts';
import { readChosen } from './read-files.ts';
import { canPickFile, downloadDataset, writeDataset } from './save-dataset.ts';

/**
 * The review editor: open a draft (from `actor-graph draft`) or any dataset, read its article with
 * every quote highlighted, accept, fix or reject each relation, quote more words by selecting them,
 * make relations and actors, merge duplicates, add aliases; every change is validated at once and
 * kept in the browser until the file is saved (downloaded, or written with the File System Access
 * API where the browser has it).
 *
 * @summary Review and finish a drafted actor graph.
 *
 * @attr src - URL of a dataset to open; its source files resolve relative to it.
 * @attr theme - `light`, `dark` or `auto` (default: follows the reader's system setting).
 *
 * @fires actor-graph-edit-open - A dataset opened. `detail: { name, relations, drafts }`.
 * @fires actor-graph-edit-save - The dataset was saved. `detail: { fileName, method }`.
 *
 * @slot examples - Links to example datasets, shown while nothing is open.
 *
 * @cssproperty --actor-graph-background - Background.
 * @cssproperty --actor-graph-color - Text colour.
 * @cssproperty --actor-graph-muted-color - Secondary text.
 * @cssproperty --actor-graph-accent-color - Buttons, focus and the shown relation's quotes.
 * @cssproperty --actor-graph-font-family - Font.
 * @cssproperty --actor-graph-border-color - Borders.
 * @cssproperty --actor-graph-radius - Corner radius of boxes.
 *
 * @csspart base - The whole editor.
 */
@customElement('actor-graph-editor')
export class ActorGraphEditor extends LitElement {
  static override styles = styles;

  private readonly scheme = new ColorSchemeController(this);
  private readonly session = new EditSession(this);
  private announcements = 0;
  /** `src` waits while the reader decides about work kept from an earlier visit. */
  private waitingSrc: string | undefined;

  @query('actor-graph-edit-article') private article!: ActorGraphEditArticle | null;
  @query('actor-graph-edit-relations') private relations!: ActorGraphEditRelations | null;
  @query('actor-graph-edit-actors') private actors!: ActorGraphEditActors | null;
  @query('#open-file') private fileInput!: HTMLInputElement | null;
  @query('dialog') private dialog!: HTMLDialogElement | null;

  @state() private selected: string | undefined;
  @state() private selection: TextSelection | null = null;
  @state() private creating: TextSelection | null = null;
  @state() private source: string | undefined;
  @state() private announcement = '';
  @state() private notice: { readonly text: string; readonly kind: 'error' | 'info' } | undefined;
  @state() private confirmText:
    { readonly title: string; readonly body: string; readonly yes: string } | undefined;

  @property() src: string | undefined;
  @property() theme: ThemeSetting = 'auto';

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src') && this.src) {
      if (this.session.stored && this.session.stored.unsaved > 0) this.waitingSrc = this.src;
      else void this.openUrl(this.src);
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('beforeunload', this.onBeforeUnload);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('beforeunload', this.onBeforeUnload);
  }

  /** Only when the browser could not keep the work does closing the page lose it: then ask. */
  private readonly onBeforeUnload = (event: BeforeUnloadEvent): void => {
    if (this.session.unsaved && this.session.storageProblem) event.preventDefault();
  };

  private announce(message: string): void {
    this.announcement = message + (++this.announcements % 2 ? '\u00a0' : '');
  }

  private async openUrl(src: string): Promise<void> {
    let url: URL;
    try {
      url = new URL(src, document.baseURI);
    } catch {
      this.notice = { kind: 'error', text: `“${src}” is not a URL this page can open.` };
      return;
    }
    let bytes: Uint8Array;
    try {
      bytes = await fetchBytes(url);
    } catch (error) {
      this.session.failure = {
        name: url.href,
        problems: [
          {
            code: PROBLEM_CODES.readFailed,
            severity: 'error',
            file: url.href,
            path: '$',
            message: error instanceof Error ? error.message : String(error),
          },
        ],
      };
      this.requestUpdate();
      return;
    }
    await this.openRequest({
      name: url.href,
      bytes,
      resolveSource: (file) => fetchBytes(new URL(file, url)),
    });
  }

  private async openRequest(request: OpenRequest): Promise<void> {
    this.notice = undefined;
    const opened = await this.session.open(request);
    if (opened) this.afterOpen();
    else if (this.session.pending) this.announce(`${request.name} needs its text files: choose them.`);
    else this.announce(`${request.name} could not be opened.`);
  }

  private afterOpen(): void {
    const dataset = this.session.dataset!;
    const drafts = dataset.relations.filter((r) => r.draft).length;
    this.selected = (dataset.relations.find((r) => r.draft) ?? dataset.relations[0])?.id;
    this.source = dataset.sources[0]?.id;
    this.selection = this.creating = null;
    this.waitingSrc = undefined;
    const name = this.session.doc!.name;
    emitEdit(this, 'actor-graph-edit-open', { name, relations: dataset.relations.length, drafts });
    this.announce(`Opened ${name}: ${dataset.relations.length} relations, ${drafts} to review.`);
  }

  private pickFiles = (): void => this.fileInput?.click();

  private async openChosen(files: File[]): Promise<void> {
    if (files.length === 0) return;
    const chosen = await readChosen(files);
    if (chosen.problem) {
      this.notice = { kind: 'error', text: chosen.problem };
      return;
    }
    const pending = this.session.pending;
    if (!chosen.dataset) {
      if (pending) {
        const companions = new Map([...(pending.request.companions ?? []), ...chosen.companions]);
        await this.openRequest({ ...pending.request, companions });
      } else
        this.notice = {
          kind: 'error',
          text: 'Choose a dataset: a .json file (with its text files, if any).',
        };
      return;
    }
    if (this.session.hasUnsavedWork) {
      const work = this.session.doc?.name ?? this.session.stored?.name ?? 'the dataset';
      const yes = await this.confirm({
        title: 'Replace your unsaved changes?',
        body: `Your unsaved changes to ${work} will be lost if you open ${chosen.dataset.name}. Save or download them first to keep them.`,
        yes: `Discard them and open ${chosen.dataset.name}`,
      });
      if (!yes) return;
    }
    await this.openRequest({ ...chosen.dataset, companions: chosen.companions });
  }

  private confirmAnswer: ((yes: boolean) => void) | undefined;

  private async confirm(text: { title: string; body: string; yes: string }): Promise<boolean> {
    this.confirmText = text;
    await this.updateComplete;
    this.dialog?.showModal();
    return new Promise((resolve) => (this.confirmAnswer = resolve));
  }

  private readonly onDialogClose = (): void => {
    this.confirmAnswer?.(this.dialog?.returnValue === 'yes');
    this.confirmAnswer = undefined;
    this.confirmText = undefined;
  };

  private async restore(): Promise<void> {
    const work = this.session.stored;
    if (!work) return;
    if (await this.session.restore(work)) {
      this.afterOpen();
      this.announce(
        `Restored ${work.unsaved} unsaved change${work.unsaved === 1 ? '' : 's'} to ${work.name}.`,
      );
    }
  }

  private async discard(): Promise<void> {
    const work = this.session.stored;
    if (!work) return;
    const yes = await this.confirm({
      title: 'Discard your unsaved changes?',
      body: `${work.unsaved} unsaved change${work.unsaved === 1 ? '' : 's'} to ${work.name} will be gone for good.`,
      yes: 'Discard them',
    });
    if (!yes) return;
    this.session.discardStored();
    this.announce('Discarded the unsaved changes.');
    const src = this.waitingSrc;
    if (src) void this.openUrl(src);
  }

  private async save(how: 'save' | 'download'): Promise<void> {
    const doc = this.session.doc;
    if (!doc) return;
    const text = datasetJson(doc.history.present);
    const errors = this.session.problems.filter((p) => p.severity === 'error').length;
    const outcome =
      how === 'download'
        ? downloadDataset(this.renderRoot, text, doc.name)
        : await writeDataset(text, doc.name, doc.handle);
    if (outcome.status === 'cancelled') {
      this.notice = {
        kind: 'info',
        text: 'Not saved: no file was chosen. Your changes are still kept in this browser.',
      };
      return;
    }
    if (outcome.status === 'failed') {
      this.notice = {
        kind: 'error',
        text: `Not saved: ${outcome.message}. Your changes are still kept in this browser; try Download.`,
      };
      this.announce(this.notice.text);
      return;
    }
    this.session.markSaved(outcome.fileName, outcome.handle);
    const method = how === 'download' ? 'download' : 'file-system';
    emitEdit(this, 'actor-graph-edit-save', { fileName: outcome.fileName, method });
    const warning = errors
      ? ` It has ${errors} error${errors === 1 ? '' : 's'}: actor-graph will refuse the file until ${errors === 1 ? 'it is' : 'they are'} fixed.`
      : '';
    this.notice = warning ? { kind: 'error', text: `Saved ${outcome.fileName}.${warning}` } : undefined;
    this.announce(`${how === 'download' ? 'Downloaded' : 'Saved'} ${outcome.fileName}.${warning}`);
  }

  private readonly onRequest = (event: EditorEventMap['actor-graph-edit-request']): void => {
    event.stopPropagation();
    const { edit } = event.detail;
    try {
      const outcome = this.session.apply(edit);
      this.notice = undefined;
      if (outcome.select) this.selected = outcome.select;
      if (edit.kind === 'add-evidence' || edit.kind === 'create-relation') {
        this.article?.clearSelection();
        this.selection = this.creating = null;
      }
      if (edit.kind === 'add-alias' || edit.kind === 'add-actor') this.actors?.clearForms();
      const drafts = this.session.dataset!.relations.filter((r) => r.draft).length;
      const next =
        (edit.kind === 'accept' || edit.kind === 'reject' || edit.kind === 'create-relation') && this.selected
          ? ` Now showing ${relationName(this.session.dataset!, this.selected)}.`
          : '';
      this.announce(`${outcome.label}. ${drafts} to review.${next}`);
      if (edit.kind === 'accept' || edit.kind === 'reject' || edit.kind === 'create-relation') {
        void this.relations?.focusForm();
        this.revealSelected();
      }
    } catch (error) {
      if (!(error instanceof EditError)) throw error;
      this.notice = { kind: 'error', text: error.message };
      this.announce(error.message);
    }
  };

  private readonly onChoose = (event: EditorEventMap['actor-graph-edit-choose']): void => {
    event.stopPropagation();
    this.selected = event.detail.relation ?? undefined;
    this.creating = null;
    if (event.detail.reveal) this.revealSelected();
  };

  private revealSelected(): void {
    const relation = this.session.dataset?.relations.find((r) => r.id === this.selected);
    const quote = relation?.evidence[0];
    if (quote) this.reveal(quote.source, quote.start);
  }

  private reveal(source: string, start: number): void {
    this.source = source;
    void this.updateComplete.then(() => this.article?.reveal(start));
  }

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    const mod = event.ctrlKey || event.metaKey;
    if (!mod || !this.session.doc) return;
    const key = event.key.toLowerCase();
    const target = event.composedPath()[0];
    const typing = target instanceof HTMLInputElement && target.type === 'text';
    if (key === 's') {
      event.preventDefault();
      void this.save(canPickFile() ? 'save' : 'download');
    } else if (!typing && key === 'z') {
      event.preventDefault();
      this.step(event.shiftKey ? 'redo' : 'undo');
    } else if (!typing && key === 'y') {
      event.preventDefault();
      this.step('redo');
    }
  };

  private step(which: 'undo' | 'redo'): void {
    const label = which === 'undo' ? this.session.undo() : this.session.redo();
    if (label === undefined) {
      this.announce(which === 'undo' ? 'Nothing to undo.' : 'Nothing to redo.');
      return;
    }
    const dataset = this.session.dataset!;
    if (this.selected && !dataset.relations.some((r) => r.id === this.selected))
      this.selected = dataset.relations[0]?.id;
    this.announce(`${which === 'undo' ? 'Undid' : 'Redid'}: ${label}.`);
  }

  private statusLine(): string {
    const doc = this.session.doc!;
    if (this.session.unsaved) {
      const kept = this.session.storageProblem ? 'not kept in this browser' : 'kept in this browser';
      return `${doc.edits || 'Some'} unsaved change${doc.edits === 1 ? '' : 's'}, ${kept}.`;
    }
    return savedLine(doc.saved, doc.name) || 'No changes yet.';
  }

  private marks(): ArticleMark[] {
    const dataset = this.session.dataset;
    if (!dataset) return [];
    const marks: ArticleMark[] = [];
    for (const r of dataset.relations) {
      const problems = this.session.targets.relations.get(r.id) ?? [];
      r.evidence.forEach((e, i) => {
        if (e.source !== this.source) return;
        const problem = problems.some((p) => p.severity === 'error' && p.path.includes(`.evidence[${i}]`));
        marks.push({ id: r.id, start: e.start, end: e.end, draft: r.draft !== undefined, problem });
      });
    }
    return marks;
  }

  private renderSelectionBar(): unknown {
    const sel = this.selection;
    const dataset = this.session.dataset!;
    const relation = dataset.relations.find((r) => r.id === this.selected);
    if (!sel || sel.start === sel.end) {
      return html`<div class="selection-bar empty" role="group" aria-label="Selected words">
        <p class="hint">Select words in the article to quote them, or to make a relation from them.</p>
      </div>`;
    }
    return html`<div class="selection-bar" role="group" aria-label="Selected words">
      <p>
        <span class="quote">“${clip(sel.text)}”</span>
        <span class="hint">characters ${sel.start}–${sel.end}</span>
      </p>
      <div class="actions">
        <button
          type="button"
          class="button"
          ?disabled=${!relation}
          @click=${() => relation && this.onRequest(new CustomEvent('actor-graph-edit-request', { detail: { edit: { kind: 'add-evidence', id: relation.id, span: sel } } }))}
        >
          Add as a quote of ${relation ? relationName(dataset, relation.id) : 'the relation shown'}
        </button>
        <button
          type="button"
          class="button"
          @click=${() => {
            this.creating = sel;
            void this.relations?.focusForm();
          }}
        >
          New relation from these words
        </button>
      </div>
    </div>`;
  }

  private renderWorkspace(): unknown {
    const dataset = this.session.dataset!;
    const sourceId = this.source ?? dataset.sources[0]?.id ?? '';
    const text = this.session.doc!.texts.get(sourceId) ?? '';
    const errors = this.session.problems.filter((p) => p.severity === 'error').length;
    const warnings = this.session.problems.length - errors;
    const drafts = dataset.relations.filter((r) => r.draft).length;
    return html`<div class="workspace">
      <section class="article" aria-labelledby="article-title">
        <div class="article-head">
          <h2 id="article-title">Article</h2>
          ${
            dataset.sources.length > 1
              ? html`<label class="source-choice"
                  >Source
                  <select @change=${(e: Event) => (this.source = (e.target as HTMLSelectElement).value)}>
                    ${dataset.sources.map((s) => html`<option value=${s.id} ?selected=${s.id === sourceId}>${s.title}</option>`)}
                  </select></label
                >`
              : html`<span class="hint">${dataset.sources[0]?.title ?? ''}</span>`
          }
        </div>
        <actor-graph-edit-article
          .text=${text}
          source=${sourceId}
          .language=${dataset.language}
          .marks=${this.marks()}
          .active=${this.selected}
        ></actor-graph-edit-article>
        ${this.renderSelectionBar()}
      </section>
      <div class="side">
        <section class="checks ${errors ? 'has-errors' : ''}" aria-labelledby="checks-title">
          <h2 id="checks-title">Checks</h2>
          <p>
            ${errors ? `${errors} error${errors === 1 ? '' : 's'}` : 'No errors'}, ${warnings}
            warning${warnings === 1 ? '' : 's'}${drafts ? html`; <strong>${drafts}</strong> relation${drafts === 1 ? '' : 's'} still ${drafts === 1 ? 'a draft' : 'drafts'}` : ''}.
          </p>
          ${problemList(this.session.targets.other)}
        </section>
        <actor-graph-edit-relations
          .data=${dataset}
          .targets=${this.session.targets}
          .selected=${this.selected}
          .selection=${this.selection}
          .creating=${this.creating}
        ></actor-graph-edit-relations>
        <actor-graph-edit-actors
          .data=${dataset}
          .targets=${this.session.targets}
          .selection=${this.selection}
        ></actor-graph-edit-actors>
      </div>
    </div>`;
  }

  protected override render(): unknown {
    const { session } = this;
    const doc = session.doc;
    const theme = this.scheme.resolve(toThemeSetting(this.theme));
    return html`<div
      part="base"
      class="base ${theme}"
      aria-busy=${session.opening ? 'true' : 'false'}
      @actor-graph-edit-request=${this.onRequest}
      @actor-graph-edit-choose=${this.onChoose}
      @actor-graph-edit-text-select=${(e: EditorEventMap['actor-graph-edit-text-select']) => {
        e.stopPropagation();
        this.selection = e.detail.selection;
      }}
      @actor-graph-edit-announce=${(e: EditorEventMap['actor-graph-edit-announce']) => {
        e.stopPropagation();
        this.announce(e.detail.message);
      }}
      @actor-graph-edit-reveal=${(e: EditorEventMap['actor-graph-edit-reveal']) => {
        e.stopPropagation();
        this.reveal(e.detail.source, e.detail.start);
      }}
      @actor-graph-edit-new-relation=${(e: EditorEventMap['actor-graph-edit-new-relation']) => {
        e.stopPropagation();
        if (!e.detail.open) this.creating = null;
      }}
      @keydown=${this.onKeyDown}
      @dragover=${(e: DragEvent) => e.preventDefault()}
      @drop=${(e: DragEvent) => {
        e.preventDefault();
        void this.openChosen([...(e.dataTransfer?.files ?? [])]);
      }}
    >
      <div class="toolbar">
        <div class="doc">
          ${
            doc
              ? html`<p class="eyebrow">Editing ${doc.name}</p>
                  <h1 class="title">${session.dataset!.title}</h1>`
              : html`<h1 class="title">Review a draft</h1>`
          }
        </div>
        <div class="buttons">
          <button type="button" class="button" @click=${this.pickFiles}>Open…</button>
          <input
            id="open-file"
            type="file"
            hidden
            multiple
            accept=".json,.txt,application/json,text/plain"
            aria-label="Open a dataset or draft"
            @change=${(e: Event) => {
              const input = e.target as HTMLInputElement;
              const files = [...(input.files ?? [])];
              input.value = '';
              void this.openChosen(files);
            }}
          />
          ${
            doc
              ? html`${canPickFile() ? html`<button type="button" class="button primary" aria-keyshortcuts="Control+S" @click=${() => this.save('save')}>Save</button>` : nothing}
                  <button
                    type="button"
                    class="button ${canPickFile() ? '' : 'primary'}"
                    @click=${() => this.save('download')}
                  >
                    Download
                  </button>
                  <button
                    type="button"
                    class="button"
                    aria-keyshortcuts="Control+Z"
                    ?disabled=${doc.history.past.length === 0}
                    @click=${() => this.step('undo')}
                  >
                    Undo
                  </button>
                  <button
                    type="button"
                    class="button"
                    aria-keyshortcuts="Control+Shift+Z"
                    ?disabled=${doc.history.future.length === 0}
                    @click=${() => this.step('redo')}
                  >
                    Redo
                  </button>`
              : nothing
          }
        </div>
        ${doc ? html`<p class="status">${this.statusLine()}</p>` : nothing}
      </div>
      ${session.storageProblem && session.unsaved ? html`<p class="banner error" role="alert">${session.storageProblem}</p>` : nothing}
      ${this.notice ? html`<p class="banner ${this.notice.kind}" role=${this.notice.kind === 'error' ? 'alert' : 'status'}>${this.notice.text}</p>` : nothing}
      ${
        session.stored && session.stored.unsaved > 0 && !doc
          ? restoreBanner(
              session.stored,
              () => void this.restore(),
              () => void this.discard(),
            )
          : nothing
      }
      ${
        session.pending
          ? sourcePicker(
              session.pending,
              (files) => void this.openChosen(files),
              () => {
                session.pending = undefined;
                this.requestUpdate();
              },
            )
          : nothing
      }
      ${session.failure ? failureBanner(session.failure.name, session.failure.problems) : nothing}
      ${session.opening ? html`<p class="banner notice" role="status">Opening and checking…</p>` : nothing}
      ${doc ? this.renderWorkspace() : emptyState(this.pickFiles)}
      <div class="visually-hidden" aria-live="polite" aria-atomic="true">${this.announcement}</div>
      <dialog aria-labelledby="confirm-title" aria-describedby="confirm-body" @close=${this.onDialogClose}>
        ${
          this.confirmText
            ? html`<form method="dialog">
                <h2 id="confirm-title">${this.confirmText.title}</h2>
                <p id="confirm-body">${this.confirmText.body}</p>
                <div class="actions">
                  <button class="button danger" value="yes">${this.confirmText.yes}</button>
                  <button class="button" value="no" autofocus>Keep them</button>
                </div>
              </form>`
            : nothing
        }
      </dialog>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'actor-graph-editor': ActorGraphEditor;
  }
}
