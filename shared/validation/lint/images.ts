import { asString } from '../context';
import type { Rule } from '../context';
import { designed } from './shared';

/** The placeholder a quick fix pins, for the author to replace with a real version. */
export const TAG_PLACEHOLDER = 'set-a-version';

/** The repository and tag of an image reference (`registry:5000/team/app:v2@sha256:…`). */
export function splitImage(image: string): {
  repository: string;
  tag: string | null;
  digest: boolean;
} {
  const at = image.indexOf('@');
  const digest = at >= 0;
  const name = digest ? image.slice(0, at) : image;
  const slash = name.lastIndexOf('/');
  const colon = name.lastIndexOf(':');
  if (colon > slash)
    return { repository: name.slice(0, colon), tag: name.slice(colon + 1), digest };
  return { repository: name, tag: null, digest };
}

const unpinnedImage: Rule = {
  id: 'lint/image-not-pinned',
  severity: 'warning',
  title: 'Image without a tag, or :latest',
  explanation:
    'An image with no tag means `:latest`, which moves: two Nodes can pull two different images for the same Pod, a restart can silently upgrade, and a rollback has nothing to go back to. Pin an explicit version tag (`my-api:v2`), or a digest.',
  check(ctx, report) {
    for (const c of designed(ctx)) {
      const image = asString(c.data.image)?.trim();
      if (!image) continue;
      const { repository, tag, digest } = splitImage(image);
      // A placeholder is a tag; placeholderTag says it is still no version.
      if (digest || (tag !== null && tag !== 'latest')) continue;
      report({
        path: [...c.path, 'image'],
        message:
          tag === 'latest'
            ? `Container "${c.name}" uses ${image}: \`latest\` is not a version.`
            : `Container "${c.name}" uses ${image} with no tag, which means \`latest\`.`,
        fix: {
          title: `Pin a tag placeholder (${repository}:${TAG_PLACEHOLDER})`,
          edits: [
            {
              type: 'setField',
              target: { container: c.name },
              path: ['image'],
              value: `${repository}:${TAG_PLACEHOLDER}`,
            },
          ],
        },
      });
    }
  },
};

const placeholderTag: Rule = {
  id: 'lint/image-placeholder-tag',
  severity: 'warning',
  title: 'Image tag still a placeholder',
  explanation: `The quick fix for an unpinned image writes the tag \`:${TAG_PLACEHOLDER}\`, for the author to replace with the version to run. Until then no registry has that tag: the kubelet fails to pull the image (ErrImagePull, then ImagePullBackOff) and the container never starts.`,
  check(ctx, report) {
    for (const c of designed(ctx)) {
      const image = asString(c.data.image)?.trim();
      if (!image || splitImage(image).tag !== TAG_PLACEHOLDER) continue;
      report({
        path: [...c.path, 'image'],
        message: `Container "${c.name}" has the placeholder tag :${TAG_PLACEHOLDER}: replace it with the version to run.`,
      });
    }
  },
};

export const IMAGE_RULES: readonly Rule[] = [unpinnedImage, placeholderTag];
