import { useEffect, useMemo, useRef, useState } from 'react';
import type { Host, TemplateInfo } from '../../shared';
import { acceptFileDrops, connectDocument, type DocumentController } from '../host';
import type { PodStore } from '../store/pod-store';

/**
 * Connects the open document to the host: New / Open / Save / Save As (menu and toolbar), files
 * the host opens by itself or that are dropped on the window, and the title's unsaved marker.
 */
/** The file commands the toolbar and the shortcuts offer. */
export type FileCommands = Pick<DocumentController, 'newDocument' | 'open' | 'save' | 'saveAs'>;

export function useDocument(host: Host, store: PodStore) {
  const controller = useRef<DocumentController | null>(null);
  const [templates, setTemplates] = useState<TemplateInfo[]>([]);

  useEffect(() => {
    const connected = connectDocument(host, {
      current: () => {
        store.getState().settle();
        const s = store.getState();
        return { name: s.fileName, path: s.filePath, text: s.text, dirty: s.text !== s.savedText };
      },
      load: (file) => {
        store.getState().loadFile(file);
        // A recovered draft is unsaved work: nothing of it is on disk yet.
        if (file.recovered) store.setState({ savedText: '' });
      },
      saved: (file) => store.getState().markSaved(file),
      notify: (kind, message) => store.getState().notify({ kind, message }),
      subscribe: (listener) => store.subscribe(listener),
    });
    const stopDrops = acceptFileDrops(window, {
      onFile: (file) => void connected.openDropped(file),
    });
    controller.current = connected;
    return () => {
      controller.current = null;
      connected.dispose();
      stopDrops();
    };
  }, [host, store]);

  useEffect(() => {
    let live = true;
    void host.templates.list().then((result) => {
      if (live && result.ok) setTemplates(result.value);
    });
    return () => {
      live = false;
    };
  }, [host]);

  const commands = useMemo<FileCommands>(
    () => ({
      newDocument: async (templateId) => controller.current?.newDocument(templateId),
      open: async () => controller.current?.open(),
      save: async () => controller.current?.save(),
      saveAs: async () => controller.current?.saveAs(),
    }),
    [],
  );
  return { commands, templates };
}
