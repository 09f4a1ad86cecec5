// kubernetes-models asks `ajv-i18n` for English messages only, but the package's entry bundles
// every language (about 80 kB). The renderer build points `ajv-i18n` here (vite.config.ts).
import en from 'ajv-i18n/localize/en';

export default { en };
