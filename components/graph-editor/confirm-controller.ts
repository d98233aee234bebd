import {
  html,
  nothing,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';

export interface ConfirmText {
  readonly title: string;
  readonly body: string;
  /** The button that goes ahead; the other keeps things as they are (and has focus first). */
  readonly yes: string;
}

/**
 * Asks the reader before anything is thrown away, in a modal `<dialog>` (focus moves into it and
 * stays, Escape answers "keep"). `ask` resolves to whether they went ahead.
 */
export class ConfirmController implements ReactiveController {
  text: ConfirmText | undefined;
  private answer: ((yes: boolean) => void) | undefined;
  private readonly host: ReactiveControllerHost & { readonly renderRoot: ParentNode };

  constructor(host: ReactiveControllerHost & { readonly renderRoot: ParentNode }) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {}

  /** A dialog left open when the editor leaves the page counts as "keep". */
  hostDisconnected(): void {
    this.answer?.(false);
    this.answer = undefined;
  }

  async ask(text: ConfirmText): Promise<boolean> {
    this.answer?.(false);
    this.text = text;
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.dialog()?.showModal();
    return new Promise((resolve) => (this.answer = resolve));
  }

  private dialog(): HTMLDialogElement | null {
    return this.host.renderRoot.querySelector('dialog.confirm');
  }

  private readonly onClose = (): void => {
    this.answer?.(this.dialog()?.returnValue === 'yes');
    this.answer = undefined;
    this.text = undefined;
    this.host.requestUpdate();
  };

  render(): TemplateResult {
    const text = this.text;
    return html`<dialog
      class="confirm"
      aria-labelledby="confirm-title"
      aria-describedby="confirm-body"
      @close=${this.onClose}
    >
      ${
        text
          ? html`<form method="dialog">
              <h2 id="confirm-title">${text.title}</h2>
              <p id="confirm-body">${text.body}</p>
              <div class="actions">
                <button class="button danger" value="yes">${text.yes}</button>
                <button class="button" value="no" autofocus>Keep them</button>
              </div>
            </form>`
          : nothing
      }
    </dialog>`;
  }
}
