import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { exportFormat } from '../../src/export/formats.ts';
import { serializeViewSnapshot } from '../../src/view/snapshot.ts';
import type { ExportSource, ExportedFile } from '../export-pipeline/index.ts';
import { snapshotOf } from '../export-pipeline/snapshot-of.ts';
import type { ActorGraphExportRequestDetail } from '../shared/events.ts';
import type { ExportOptions, ExportStatus, WidgetExportFormat } from '../shared/export-options.ts';

export interface ExportControllerOptions {
  /** What is on screen now; undefined while there is no graph. */
  readonly source: () => ExportSource | undefined;
  /** Where download links are clicked: the widget's shadow root. */
  readonly root: () => ParentNode;
  readonly announce: (message: string) => void;
}

const NO_GRAPH = 'There is no graph to export yet.';

let pipeline: Promise<typeof import('../export-pipeline/index.ts')> | undefined;
/**
 * The export pipeline (the SVG and PNG painters, the data writers), loaded when the reader first
 * exports: a page that only shows the graph never fetches it. A failed fetch is tried again next time.
 */
const loadPipeline = (): Promise<typeof import('../export-pipeline/index.ts')> =>
  (pipeline ??= import('../export-pipeline/index.ts').catch((error: unknown) => {
    pipeline = undefined;
    throw error;
  }));

/**
 * The widget's exports: files in memory (`exportAs`), downloads, the view as a snapshot or a link,
 * and the status line of the export menu. The files come from `exportFile`; this only runs them.
 */
export class ExportController implements ReactiveController {
  status: ExportStatus | undefined;
  private readonly host: ReactiveControllerHost;
  private readonly options: ExportControllerOptions;

  constructor(host: ReactiveControllerHost, options: ExportControllerOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  hostConnected(): void {}

  /** The file, in memory. Rejects with an `ExportError` (a `code` and a `path`) on bad options. */
  async exportAs(format: WidgetExportFormat, options?: ExportOptions): Promise<ExportedFile> {
    const source = this.options.source();
    if (!source) throw new Error(NO_GRAPH);
    const { exportFile } = await loadPipeline();
    return exportFile(source, format, options);
  }

  /** Makes the file and saves it under its file name. */
  async download(format: WidgetExportFormat, options?: ExportOptions): Promise<ExportedFile> {
    const file = await this.exportAs(format, options);
    const { saveFile } = await loadPipeline();
    saveFile(this.options.root(), file.blob, file.fileName);
    return file;
  }

  /** The view now as snapshot JSON text; undefined while there is no graph. */
  viewSnapshot(): string | undefined {
    const source = this.options.source();
    const state = source?.canvas.viewState();
    return source && state ? serializeViewSnapshot(snapshotOf(source, state)) : undefined;
  }

  /** Does what the menu asked, and says how it went in the menu and the live region. */
  handle({ action, options }: ActorGraphExportRequestDetail): void {
    if (action === 'link') {
      void this.report(this.copyLink());
      return;
    }
    const label = action === 'view' ? 'View snapshot' : exportFormat(action).label;
    this.show({ state: 'busy', message: `Preparing the ${label}…` });
    void this.report(
      this.download(action, options).then((file) => {
        const size = file.pixels ? ` (${file.pixels.width} × ${file.pixels.height} pixels)` : '';
        return [`Downloaded ${file.fileName}${size}.`, file.message].filter(Boolean).join(' ');
      }),
      `The ${label} could not be made`,
    );
  }

  private async copyLink(): Promise<string> {
    const source = this.options.source();
    const state = source?.canvas.viewState();
    if (!source || !state) throw new Error(NO_GRAPH);
    const snapshot = snapshotOf(source, state);
    const { copyViewLink } = await loadPipeline();
    const link = await copyViewLink(snapshot);
    return link.copied
      ? 'Link to this view copied. The address bar shows it too.'
      : 'The link to this view is in the address bar: copy it from there.';
  }

  private async report(work: Promise<string>, failure = 'The link could not be made'): Promise<void> {
    try {
      this.show({ state: 'done', message: await work });
    } catch (error) {
      this.show({
        state: 'error',
        message: `${failure}: ${error instanceof Error ? error.message : String(error)}`,
      });
    }
  }

  private show(status: ExportStatus): void {
    this.status = status;
    this.options.announce(status.message);
    this.host.requestUpdate();
  }
}
