/** One field of an API object type, as the editor's completion and hover describe it. */
export interface FieldDoc {
  /**
   * The field's type: an object type of the table (`v1/Probe`), '[]' first for a list of it, or
   * a scalar: `string`, `number`, `boolean`, `quantity`, `int-or-string`, `map` (free-form keys).
   */
  t: string;
  /** The description from the Kubernetes API reference. */
  d: string;
  /** Present (1) when the API requires the field. */
  r?: 1;
  /** The values the field accepts, each with what it means ('' when the API says nothing). */
  e?: [string, string][];
}

/** The fields of one object type, by name. */
export type TypeDocs = Readonly<Record<string, FieldDoc>>;

/**
 * What the generated `field-docs.ts` holds of a field in every version: its description, its
 * type when it is a scalar (an object type and requiredness are per version, in
 * `known-fields.ts`) and its enum values.
 */
export interface FieldText {
  t?: string;
  d: string;
  e?: [string, string][];
}
