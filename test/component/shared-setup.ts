import { useSettings } from '../../renderer/settings/settings-store';
import { useViewPrefs } from '../../renderer/ui/view-prefs';
import { useAnnouncements } from '../../renderer/store/announcer';

// The files of the `component` project share their modules (isolate: false in
// vitest.config.ts), and with them the installation's preferences: each file starts from the
// defaults, as on a new installation. (Not for the files that mock a module: importing the app
// here, before their mocks, would load the real modules in their place.)
localStorage.clear();
useSettings.setState(useSettings.getInitialState(), true);
useViewPrefs.setState(useViewPrefs.getInitialState(), true);
// Nor has a screen reader heard anything yet.
useAnnouncements.setState(useAnnouncements.getInitialState(), true);
