import { consume } from '@lit/context';
import { LitElement, html, nothing } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import { graphModelContext, type GraphModel } from '../shared/model-context.ts';
import styles from './embed-code.styles.ts';
import { embedContext, type EmbedSource } from './embed-context.ts';
import type { SnippetKind, Snippets } from './embed-dialog.ts';

type DialogCode = typeof import('./embed-dialog.ts');
let dialogCode: Promise<DialogCode> | undefined;
/** The snippets and their boxes, loaded when a reader first opens the dialog. */
const loadDialogCode = (): Promise<DialogCode> =>
  (dialogCode ??= import('./embed-dialog.ts').catch((error: unknown) => {
    dialogCode = undefined;
    throw error;
  }));

const COPIED = 'Copied.';
const REFUSED = 'Copying was refused here: the code is selected, press Ctrl+C (⌘C on a Mac) to copy it.';

/**
 * The toolbar's Embed button: a modal dialog with the code to put this graph on another page, as a
 * script tag with the element or as an iframe, each with a Copy button. The URLs come from the
 * `<actor-graph>` around the widget (the loader knows where it was loaded from); without one, as in a
 * bare `<actor-graph-view>`, there is nothing to point to and the button is not shown.
 *
 * @summary The embed-code button and dialog of `<actor-graph-view>`.
 *
 * @csspart button - The Embed button.
 * @csspart dialog - The dialog with the snippets.
 */
@customElement('actor-graph-embed-code')
export class ActorGraphEmbedCode extends LitElement {
  static override styles = styles;

  @query('dialog') private dialog!: HTMLDialogElement | null;
  @query('.open') private opener!: HTMLButtonElement | null;

  @consume({ context: embedContext })
  @state()
  private source: EmbedSource | undefined;

  @consume({ context: graphModelContext, subscribe: true })
  @state()
  private model: GraphModel | undefined;

  @state() private snippets: Snippets | undefined;
  private code: DialogCode | undefined;
  @state() private status: Partial<Record<SnippetKind, string>> = {};

  private readonly onOpen = async (): Promise<void> => {
    if (!this.source) return;
    // Read when opened: the element's attributes may have changed since the widget loaded.
    const description = this.source.describe();
    const heading = description.attributes.find(([name]) => name === 'heading')?.[1];
    const title = heading ?? this.model?.graph.getAttribute('title') ?? 'Actor graph';
    const code = (this.code = await loadDialogCode());
    this.snippets = code.makeSnippets(description, title);
    this.status = {};
    await this.updateComplete;
    this.dialog?.showModal();
  };

  private readonly onClose = (): void => {
    // Browsers differ in whether closing a dialog gives focus back; the reader expects it on the button.
    this.opener?.focus();
  };

  private readonly close = (): void => this.dialog?.close();

  private async copy(kind: SnippetKind): Promise<void> {
    const box = this.renderRoot.querySelector<HTMLTextAreaElement>(`#${kind}`);
    if (!box) return;
    try {
      // Absent on insecure origins, refused without permission: both fall back to selecting the text.
      await navigator.clipboard.writeText(box.value);
      this.status = { [kind]: COPIED };
    } catch {
      box.focus();
      box.select();
      this.status = { [kind]: REFUSED };
    }
  }

  protected override render(): unknown {
    if (!this.source) return nothing;
    return html`<button
        part="button"
        class="button open"
        type="button"
        aria-haspopup="dialog"
        @click=${this.onOpen}
      >
        Embed
      </button>
      <dialog part="dialog" aria-labelledby="embed-title" closedby="any" @close=${this.onClose}>
        <div class="head">
          <h2 id="embed-title">Embed this graph</h2>
          <button type="button" class="button" @click=${this.close}>Close</button>
        </div>
        ${
          this.snippets && this.code
            ? this.code.renderSnippets(this.snippets, this.status, (kind) => void this.copy(kind))
            : nothing
        }
      </dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'actor-graph-embed-code': ActorGraphEmbedCode;
  }
}
