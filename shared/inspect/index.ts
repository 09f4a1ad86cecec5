/** Pure helpers for the inspector: reading the selected object, checking typed values. */
export * from './checks';
export * from './plain';
export * from './read-target';
export * from './selection';
export * from './yaml-value';
export * from './values';
export * from './stored-text';
export * from './ports';
