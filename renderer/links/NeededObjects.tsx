import type { FileObject, PodLinks, PodNeed } from '../../shared';
import { usePodStoreApi } from '../store/pod-store';
import { Section, TextField } from '../inspector/fields';
import { useCommit } from '../inspector/use-commit';
import { checkDnsSubdomain } from '../../shared/inspect';
import { UserText } from '../ui/UserText';
import { kindWord, needsOf, NO_LINKS } from './use-links';
import { useFormDocument } from '../inspector/form-document';
import './links.css';

/** Moves the editor's cursor to an object's name in its document: "a click opens it". */
function useShow(): (object: FileObject) => void {
  const store = usePodStoreApi();
  return (object) => store.getState().jumpTo(object.nameRange?.from ?? object.range.from);
}

function NeedRow({ need, orphans }: { need: PodNeed; orphans: FileObject[] }) {
  const commit = useCommit();
  const show = useShow();
  const { object, kind, name } = need;
  const rename = (from: string, to: string) =>
    commit({ type: 'renameNeededObject', kind, name: from, newName: to });
  return (
    <li className={`needed-object${object ? ' is-linked' : ' is-missing'}`}>
      <div className="needed-object__head">
        <span className="needed-object__kind">{kindWord(kind)}</span>{' '}
        <code>
          <UserText text={name} />
        </code>
      </div>
      {object ? (
        <>
          <p className="needed-object__state">
            <span aria-hidden="true">⇄ </span>Linked: document {object.index + 1} of this file.{' '}
            <button type="button" className="inspector-link" onClick={() => show(object)}>
              Show it in the editor
            </button>
          </p>
          {need.missingKeys.length > 0 && (
            <p className="needed-object__warning">
              It has no key {need.missingKeys.map((k) => `“${k}”`).join(', ')}, which the Pod reads.
            </p>
          )}
          <TextField
            label={`Rename the ${kindWord(kind)} and the Pod's references`}
            value={name}
            check={checkDnsSubdomain}
            mono
            onCommit={(newName) => rename(name, newName)}
          />
        </>
      ) : (
        <>
          <p className="needed-object__state">
            Not in this file: it must exist in the namespace before the Pod can start
            {need.keys.length > 0 && (
              <> (the Pod reads {need.keys.map((k) => `“${k}”`).join(', ')})</>
            )}
            .
          </p>
          <div className="needed-object__actions">
            <button
              type="button"
              className="button"
              onClick={() => commit({ type: 'addNeededObject', kind, name })}
            >
              Add it to the file
            </button>
            {orphans.map((o) => (
              <button
                key={o.index}
                type="button"
                className="button"
                onClick={() => rename(name, o.name)}
              >
                Use {kindWord(kind)} {o.name}
              </button>
            ))}
            {orphans.map((o) => (
              <button
                key={`rename-${o.index}`}
                type="button"
                className="button"
                onClick={() =>
                  commit({ type: 'renameNeededObject', kind, name: o.name, newName: name })
                }
              >
                Rename {o.name} to {name}
              </button>
            ))}
          </div>
        </>
      )}
    </li>
  );
}

/**
 * The ConfigMaps, Secrets and claims the selection uses, linked to their documents in the file;
 * for the Pod as a whole, also its Service, one action away.
 */
export function NeededObjects({
  links,
  needs,
  service,
}: {
  links: PodLinks;
  needs: PodNeed[];
  /** For the Pod: whether to offer a Service. */
  service?: boolean;
}) {
  const commit = useCommit();
  const show = useShow();
  if (needs.length === 0 && !service) return null;
  // Objects of the file that nothing names: a rename on one side only leaves one behind.
  const orphans = (need: PodNeed) =>
    links.objects.filter(
      (o) => o.kind === need.kind && !links.needs.some((n) => n.object?.index === o.index),
    );
  const services = links.objects.filter((o) => o.kind === 'Service');
  return (
    <Section title="Objects it needs">
      {needs.length > 0 && (
        <ul className="needed-objects">
          {needs.map((need) => (
            // A linked object's row is keyed by its document, not its name: a rename keeps the
            // row, and the focus in its field.
            <NeedRow
              key={need.object ? `${need.kind}#${need.object.index}` : `${need.kind}/${need.name}`}
              need={need}
              orphans={orphans(need)}
            />
          ))}
        </ul>
      )}
      {service && (
        <div className="needed-object__service">
          {services.length > 0 ? (
            services.map((s) => (
              <p key={s.index} className="needed-object__state">
                Service <code>{s.name}</code> is document {s.index + 1} of this file.{' '}
                <button type="button" className="inspector-link" onClick={() => show(s)}>
                  Show it in the editor
                </button>
              </p>
            ))
          ) : (
            <button type="button" className="button" onClick={() => commit({ type: 'addService' })}>
              Add a Service for this Pod
            </button>
          )}
        </div>
      )}
    </Section>
  );
}

/** What a volume or a container's variables need, under its form. */
export function NeedsOf({ volume, container }: { volume?: string; container?: string }) {
  const links = useFormLinks();
  const where = volume !== undefined ? { volume } : { container };
  return <NeededObjects links={links} needs={needsOf(links, where)} />;
}

/** Everything the Pod needs, and its Service, under the Pod's form. */
export function NeedsOfPod() {
  const links = useFormLinks();
  return <NeededObjects links={links} needs={links.needs} service />;
}

/** The links of the document the form shows, read in the form's rhythm (see useFormDocument). */
function useFormLinks(): PodLinks {
  return useFormDocument().links() ?? NO_LINKS;
}
