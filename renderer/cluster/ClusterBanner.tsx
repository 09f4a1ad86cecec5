import { useState } from 'react';
import type { ClusterRecord } from '../../shared';
import { podDocumentOf, usePod, usePodStoreApi } from '../store/pod-store';
import { UserText } from '../ui/UserText';
import { CleanUpDialog } from './CleanUpDialog';
import './cluster.css';

/** The record of the shown document, when it was copied from a cluster. */
function useClusterRecord(): ClusterRecord | null {
  return usePod((s) => podDocumentOf(s).clusterRecord());
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/**
 * Over the canvas, when the document was read back from a cluster (`kubectl get -o yaml`): what
 * the cluster added, and the actions that turn it back into the manifest a person would write.
 */
export function ClusterBanner() {
  const store = usePodStoreApi();
  const record = useClusterRecord();
  const [open, setOpen] = useState<'clean' | 'template' | null>(null);
  if (!record || record.removals.every((r) => r.optional)) return null;
  const count = (group: string) => record.removals.filter((r) => r.group === group).length;
  const defaults = count('default');
  const added = count('admission');
  return (
    <div className="cluster-banner" role="group" aria-label="Copied from a cluster">
      <p className="cluster-banner__text">
        <strong>
          This {record.kind} was copied from a cluster
          {record.name !== null && (
            <>
              {' '}
              (<UserText text={record.name} />)
            </>
          )}
          .
        </strong>{' '}
        It holds what the cluster recorded, {plural(added, 'addition')} by admission and{' '}
        {plural(defaults, 'default')} the API server filled in.
      </p>
      <div className="cluster-banner__actions">
        <button type="button" className="button button--primary" onClick={() => setOpen('clean')}>
          Clean up…
        </button>
        {record.replicaSet && (
          <button type="button" className="button" onClick={() => setOpen('template')}>
            Make it the Deployment…
          </button>
        )}
      </div>
      {open && (
        <CleanUpDialog record={record} mode={open} store={store} onClose={() => setOpen(null)} />
      )}
    </div>
  );
}
