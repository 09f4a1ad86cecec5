/// <reference types="vite/client" />
/**
 * The templates in assets/templates/ and their index.json, bundled into the page so the browser
 * host can offer them (the desktop reads the same files in the main process).
 */
import index from '../../assets/templates/index.json';

const files = import.meta.glob<string>('../../assets/templates/*.yaml', {
  query: '?raw',
  import: 'default',
  eager: true,
});

export const BUNDLED_TEMPLATES: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(files).map(([file, text]) => [
    file.slice(file.lastIndexOf('/') + 1).replace(/\.yaml$/, ''),
    text,
  ]),
);

/** The parsed index.json: the order, titles and descriptions of the New menu. */
export const BUNDLED_TEMPLATE_INDEX: unknown = index;
