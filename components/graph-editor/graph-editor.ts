import { LitElement, html, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { relationName, type EditRequest } from '../../src/edit/apply-edit.ts';
import { EditError } from '../../src/edit/edit-error.ts';
import {
  ColorSchemeController,
  toThemeSetting,
  type ThemeSetting,
} from '../actor-graph-view/color-scheme-controller.ts';
import '../edit-actors/edit-actors.ts';
import type { ActorGraphEditActors } from '../edit-actors/edit-actors.ts';
import '../edit-article/edit-article.ts';
import type { ActorGraphEditArticle } from '../edit-article/edit-article.ts';
import '../edit-relations/edit-relations.ts';
import type { ActorGraphEditRelations } from '../edit-relations/edit-relations.ts';
import { ConfirmController } from './confirm-controller.ts';
import { emitEdit, type EditorEventMap, type TextSelection } from './edit-events.ts';
import { EditSession } from './edit-session.ts';
import { toolbar } from './editor-toolbar.ts';
import { banners, emptyState, statusLine } from './editor-views.ts';
import { workspace } from './editor-workspace.ts';
import styles from './graph-editor.styles.ts';
import { OpenFlow } from './open-flow.ts';
import { canPickFile } from './save-dataset.ts';
import { saveWork } from './save-flow.ts';

/** Edits after which the next relation is shown, and the form's title takes the keyboard focus. */
const MOVES_ON: ReadonlySet<EditRequest['kind']> = new Set(['accept', 'reject', 'create-relation']);

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
  private readonly confirmer = new ConfirmController(this);
  private readonly files = new OpenFlow({
    session: this.session,
    confirm: (text) => this.confirmer.ask(text),
    announce: (message) => this.announce(message),
    notify: (text) => (this.notice = text === undefined ? undefined : { kind: 'error', text }),
    opened: () => this.opened(),
    requestUpdate: () => this.requestUpdate(),
  });
  private announcements = 0;

  @query('actor-graph-edit-article') private article!: ActorGraphEditArticle | null;
  @query('actor-graph-edit-relations') private relations!: ActorGraphEditRelations | null;
  @query('actor-graph-edit-actors') private actors!: ActorGraphEditActors | null;
  @query('#open-file') private fileInput!: HTMLInputElement | null;

  @state() private selected: string | undefined;
  @state() private selection: TextSelection | null = null;
  @state() private creating: TextSelection | null = null;
  @state() private source: string | undefined;
  @state() private announcement = '';
  @state() private notice: { readonly text: string; readonly kind: 'error' | 'info' } | undefined;

  @property() src: string | undefined;
  @property() theme: ThemeSetting = 'auto';

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src') && this.src) this.files.openSrc(this.src);
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
    // A trailing no-break space on every other message makes a repeated sentence count as new.
    this.announcement = message + (++this.announcements % 2 ? '\u00a0' : '');
  }

  private opened(): void {
    const dataset = this.session.dataset!;
    const drafts = dataset.relations.filter((r) => r.draft).length;
    this.selected = (dataset.relations.find((r) => r.draft) ?? dataset.relations[0])?.id;
    this.source = dataset.sources[0]?.id;
    this.selection = this.creating = null;
    const name = this.session.doc!.name;
    emitEdit(this, 'actor-graph-edit-open', { name, relations: dataset.relations.length, drafts });
    this.announce(`Opened ${name}: ${dataset.relations.length} relations, ${drafts} to review.`);
  }

  private readonly pickFiles = (): void => this.fileInput?.click();

  private async save(how: 'save' | 'download'): Promise<void> {
    const report = await saveWork(this.renderRoot, this.session, how);
    this.notice = report.notice;
    this.announce(report.announce);
    if (report.saved) emitEdit(this, 'actor-graph-edit-save', report.saved);
  }

  private apply(edit: EditRequest): void {
    try {
      const outcome = this.session.apply(edit);
      this.notice = undefined;
      if (outcome.select) this.selected = outcome.select;
      if (edit.kind === 'add-evidence' || edit.kind === 'create-relation') {
        this.article?.clearSelection();
        this.selection = this.creating = null;
      }
      if (edit.kind === 'add-alias' || edit.kind === 'add-actor') this.actors?.clearForms();
      const dataset = this.session.dataset!;
      const drafts = dataset.relations.filter((r) => r.draft).length;
      const moves = MOVES_ON.has(edit.kind) && this.selected !== undefined;
      const next = moves ? ` Now showing ${relationName(dataset, this.selected!)}.` : '';
      this.announce(`${outcome.label}. ${drafts} to review.${next}`);
      if (moves) {
        void this.relations?.focusForm();
        this.revealSelected();
      }
    } catch (error) {
      if (!(error instanceof EditError)) throw error;
      this.notice = { kind: 'error', text: error.message };
      this.announce(error.message);
    }
  }

  private readonly onRequest = (event: EditorEventMap['actor-graph-edit-request']): void => {
    event.stopPropagation();
    this.apply(event.detail.edit);
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

  /** Ctrl+S saves; Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y undo and redo, except in a text field (its own undo). */
  private readonly onKeyDown = (event: KeyboardEvent): void => {
    if (!(event.ctrlKey || event.metaKey) || !this.session.doc) return;
    const key = event.key.toLowerCase();
    const target = event.composedPath()[0];
    const typing = target instanceof HTMLInputElement && target.type === 'text';
    if (key === 's') void this.save(canPickFile() ? 'save' : 'download');
    else if (!typing && key === 'z') this.step(event.shiftKey ? 'redo' : 'undo');
    else if (!typing && key === 'y') this.step('redo');
    else return;
    event.preventDefault();
  };

  private step(which: 'undo' | 'redo'): void {
    const label = which === 'undo' ? this.session.undo() : this.session.redo();
    if (label === undefined) {
      this.announce(which === 'undo' ? 'Nothing to undo.' : 'Nothing to redo.');
      return;
    }
    const dataset = this.session.dataset!;
    if (!dataset.relations.some((r) => r.id === this.selected)) this.selected = dataset.relations[0]?.id;
    this.announce(`${which === 'undo' ? 'Undid' : 'Redid'}: ${label}.`);
  }

  protected override render(): unknown {
    const { session } = this;
    const doc = session.doc;
    const stop = (e: Event): void => e.stopPropagation();
    return html`<div
      part="base"
      class="base ${this.scheme.resolve(toThemeSetting(this.theme))}"
      aria-busy=${session.opening ? 'true' : 'false'}
      @actor-graph-edit-request=${this.onRequest}
      @actor-graph-edit-choose=${this.onChoose}
      @actor-graph-edit-text-select=${(e: EditorEventMap['actor-graph-edit-text-select']) => {
        stop(e);
        this.selection = e.detail.selection;
      }}
      @actor-graph-edit-announce=${(e: EditorEventMap['actor-graph-edit-announce']) => {
        stop(e);
        this.announce(e.detail.message);
      }}
      @actor-graph-edit-reveal=${(e: EditorEventMap['actor-graph-edit-reveal']) => {
        stop(e);
        this.reveal(e.detail.source, e.detail.start);
      }}
      @actor-graph-edit-new-relation=${(e: EditorEventMap['actor-graph-edit-new-relation']) => {
        stop(e);
        if (!e.detail.open) this.creating = null;
      }}
      @keydown=${this.onKeyDown}
      @dragover=${(e: DragEvent) => e.preventDefault()}
      @drop=${(e: DragEvent) => {
        e.preventDefault();
        void this.files.openFiles([...(e.dataTransfer?.files ?? [])]);
      }}
    >
      ${toolbar({
        doc,
        title: session.dataset?.title,
        status: statusLine(session),
        pickFiles: this.pickFiles,
        chosen: (files) => void this.files.openFiles(files),
        save: (how) => void this.save(how),
        step: (which) => this.step(which),
      })}
      ${banners({
        session,
        notice: this.notice,
        restore: () => void this.files.restore(),
        discard: () => void this.files.discard(),
        chooseSources: (chosen) => void this.files.openFiles(chosen),
        cancelSources: () => {
          session.pending = undefined;
          this.requestUpdate();
        },
      })}
      ${
        doc
          ? workspace({
              dataset: session.dataset!,
              texts: doc.texts,
              problems: session.problems,
              targets: session.targets,
              source: this.source,
              selected: this.selected,
              selection: this.selection,
              creating: this.creating,
              chooseSource: (id) => (this.source = id),
              quoteSelection: (id, span) => this.apply({ kind: 'add-evidence', id, span }),
              removeType: (id) => this.apply({ kind: 'remove-type', id }),
              startRelation: (selection) => {
                this.creating = selection;
                void this.relations?.focusForm();
              },
            })
          : emptyState(this.pickFiles)
      }
      <div class="visually-hidden" aria-live="polite" aria-atomic="true">${this.announcement}</div>
      ${this.confirmer.render()}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'actor-graph-editor': ActorGraphEditor;
  }
}
