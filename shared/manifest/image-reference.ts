/**
 * Image references as container runtimes parse them. The inspector checks the Image field with
 * this, and the rule pod/invalid-image checks the manifest with it, so that the two agree.
 */

const PATH_COMPONENT = /^[a-z0-9]+((\.|_|__|-+)[a-z0-9]+)*$/;
const DOMAIN =
  /^([a-zA-Z0-9]([a-zA-Z0-9-]*[a-zA-Z0-9])?)(\.[a-zA-Z0-9]([a-zA-Z0-9-]*[a-zA-Z0-9])?)*(:\d+)?$/;
const IPV6_HOST = /^\[[0-9a-fA-F:]+\](:\d+)?$/;
const TAG = /^\w[\w.-]{0,127}$/;
const DIGEST = /^[a-z0-9]+([+._-][a-z0-9]+)*:[a-fA-F0-9]{32,}$/;

/** An image reference: `[registry[:port]/]path[:tag][@digest]`, as container runtimes parse it. */
export function checkImage(text: string): string | null {
  if (text.length === 0) return 'a container needs an image, such as nginx:1.27';
  if (/\s/.test(text)) return `"${text}" holds a space: an image reference has none`;
  // Hidden and non-Latin characters: quoted, the text would not show what is wrong with it.
  if (/[^\x21-\x7e]/.test(text))
    return 'the image holds a character other than printable ASCII (a hidden or non-Latin one)';
  let rest = text;
  const at = rest.indexOf('@');
  if (at >= 0) {
    const digest = rest.slice(at + 1);
    if (!DIGEST.test(digest)) return `"${digest}" is not a digest: use sha256:<64 hex digits>`;
    rest = rest.slice(0, at);
  }
  const slash = rest.lastIndexOf('/');
  const colon = rest.lastIndexOf(':');
  if (colon > slash) {
    const tag = rest.slice(colon + 1);
    if (!TAG.test(tag)) return `"${tag}" is not a tag: letters, digits, '_', '.' and '-'`;
    rest = rest.slice(0, colon);
  }
  const parts = rest.split('/');
  const first = parts[0] ?? '';
  // As the runtimes' reference library splits a name: a first part with a dot, a port, an
  // upper-case letter, or localhost, is the registry's host.
  const hasDomain =
    parts.length > 1 &&
    (/[.:]/.test(first) || first === 'localhost' || first !== first.toLowerCase());
  if (hasDomain && !DOMAIN.test(first) && !IPV6_HOST.test(first))
    return `"${first}" is not a registry host`;
  for (const part of hasDomain ? parts.slice(1) : parts) {
    if (part === '') return `"${text}" has an empty part between slashes`;
    if (part !== part.toLowerCase()) return `"${part}": repository names must be lower-case`;
    if (!PATH_COMPONENT.test(part)) return `"${part}" is not a valid repository name part`;
  }
  return null;
}
