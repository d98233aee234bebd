import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ThemeName } from './read-theme.ts';

export type ThemeSetting = 'light' | 'dark' | 'auto';

/**
 * Follows `prefers-color-scheme` while the host is connected, so `theme="auto"` switches with the
 * reader's system setting; the host re-renders (and rebuilds the canvas stylesheet) on a change.
 */
export class ColorSchemeController implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private query: MediaQueryList | undefined;
  private readonly onChange = (): void => this.host.requestUpdate();

  constructor(host: ReactiveControllerHost) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.query ??= matchMedia('(prefers-color-scheme: dark)');
    this.query.addEventListener('change', this.onChange);
  }

  hostDisconnected(): void {
    this.query?.removeEventListener('change', this.onChange);
  }

  /** The scheme a setting means right now. */
  resolve(setting: ThemeSetting): ThemeName {
    if (setting === 'light' || setting === 'dark') return setting;
    return (this.query ?? matchMedia('(prefers-color-scheme: dark)')).matches ? 'dark' : 'light';
  }
}

export const toThemeSetting = (value: unknown): ThemeSetting =>
  value === 'light' || value === 'dark' ? value : 'auto';
