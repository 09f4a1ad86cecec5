import { useEffect, useRef, useState } from 'react';
import {
  cleanUpClusterRecord,
  podTemplateDeployment,
  type ClusterRecord,
  type Removal,
  type RemovalGroup,
} from '../../shared';
import { Dialog } from '../app/Dialog';
import type { PodStore } from '../store/pod-store';
import { UserText } from '../ui/UserText';
import { applyChange } from './apply-change';

const GROUPS: { group: RemovalGroup; title: string }[] = [
  { group: 'record', title: 'What the cluster recorded' },
  { group: 'admission', title: 'What admission plugins added' },
  { group: 'default', title: 'Defaults the API server filled in' },
];

function RemovalList({ removals }: { removals: readonly Removal[] }) {
  return (
    <ul className="cluster-removals">
      {removals.map((r) => (
        <li key={r.field}>
          <code>
            <UserText text={r.field} />
          </code>
          {r.value !== '' && (
            <span className="cluster-removals__value">
              {' '}
              <UserText text={r.value} />
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}

/**
 * Shows every field the clean-up removes, grouped by who added it, before anything changes;
 * removing the namespace is the user's choice. In `template` mode the cleaned Pod then becomes
 * the Deployment its ReplicaSet was made for.
 */
export function CleanUpDialog({
  record,
  mode,
  store,
  onClose,
}: {
  record: ClusterRecord;
  mode: 'clean' | 'template';
  store: PodStore;
  onClose: () => void;
}) {
  const [withOptional, setWithOptional] = useState(false);
  // The dialog opens on its first control, the namespace's checkbox below the list: start on
  // Cancel instead, with the list read from its top.
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    cancel.current?.focus();
    const body = cancel.current?.closest('dialog')?.querySelector('.dialog__body');
    if (body) body.scrollTop = 0;
  }, []);
  const sure = record.removals.filter((r) => !r.optional);
  const optional = record.removals.filter((r) => r.optional);
  const count = sure.length + (withOptional ? optional.length : 0);
  const owner = record.replicaSet;
  const apply = () => {
    const text = store.getState().text;
    const result =
      mode === 'template'
        ? podTemplateDeployment(text, record, withOptional)
        : cleanUpClusterRecord(text, record, withOptional);
    if (applyChange(store, result)) onClose();
  };
  const title =
    mode === 'template' && owner
      ? `Make it the Deployment ${owner.deployment}`
      : `Clean up the ${record.kind} copied from a cluster`;
  return (
    <Dialog
      title={title}
      onClose={onClose}
      actions={
        <>
          <button type="button" className="button" onClick={onClose} ref={cancel}>
            Cancel
          </button>
          <button type="button" className="button button--primary" onClick={apply}>
            {mode === 'template' ? 'Make the Deployment' : `Remove ${count} fields`}
          </button>
        </>
      }
    >
      {mode === 'template' && owner ? (
        <p>
          The ReplicaSet <code>{owner.name}</code> made this Pod from the Pod template of the
          Deployment <code>{owner.deployment}</code>. The Pod becomes that Deployment: its labels
          select the Pods, and its labels, annotations and spec become the template, without the{' '}
          {count} fields below.
        </p>
      ) : (
        <p>
          These {count} fields are the cluster&apos;s, not the manifest&apos;s. Each default is
          removed only where it holds the default value; what changes behaviour stays.
        </p>
      )}
      {GROUPS.map(({ group, title: heading }) => {
        const list = sure.filter((r) => r.group === group);
        return list.length === 0 ? null : (
          <section key={group} aria-label={heading}>
            <h3 className="cluster-removals__title">{heading}</h3>
            <RemovalList removals={list} />
          </section>
        );
      })}
      {optional.map((r) => (
        <label key={r.field} className="cluster-removals__option">
          <input
            type="checkbox"
            checked={withOptional}
            onChange={(event) => setWithOptional(event.target.checked)}
          />{' '}
          Also remove <code>{r.field}</code> <UserText text={r.value} />: kubectl apply then uses
          the namespace of its current context.
        </label>
      ))}
      {record.kept.length > 0 && (
        <p className="cluster-removals__kept">
          Kept, because the last-applied configuration shows they were written:{' '}
          {record.kept.map((field, i) => (
            <span key={field}>
              {i > 0 && ', '}
              <code>
                <UserText text={field} />
              </code>
            </span>
          ))}
          .
        </p>
      )}
    </Dialog>
  );
}
