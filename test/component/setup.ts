import '@testing-library/jest-dom/vitest';
import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/react';
import { useSettings } from '../../renderer/settings/settings-store';
import { useViewPrefs } from '../../renderer/ui/view-prefs';

afterEach(() => cleanup());

// The files share their modules (isolate: false in vitest.config.ts), and with them the
// installation's preferences: each file starts from the defaults, as on a new installation.
localStorage.clear();
useSettings.setState(useSettings.getInitialState(), true);
useViewPrefs.setState(useViewPrefs.getInitialState(), true);

// jsdom has no layout: React Flow measures nodes with ResizeObserver and DOMMatrix.
class ResizeObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver ??= ResizeObserverStub as unknown as typeof ResizeObserver;
