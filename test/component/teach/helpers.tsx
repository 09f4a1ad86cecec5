import type { ReactNode } from 'react';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createPodStore, PodStoreProvider } from '../../../renderer/store/pod-store';
import {
  createTeachStore,
  TeachStoreProvider,
  type TeachMode,
} from '../../../renderer/teach/teach-store';
import podAnatomy from '../../../assets/templates/pod-anatomy.yaml?raw';

export const anatomy: string = podAnatomy;

/** Renders `ui` over fresh Pod and teaching stores holding `text`, in `mode`. */
export function renderTeach(
  ui: ReactNode,
  { text = anatomy, mode = 'edit' }: { text?: string; mode?: TeachMode } = {},
) {
  const pod = createPodStore({ text, fileName: 'pod-anatomy.yaml' });
  const teach = createTeachStore(pod);
  teach.getState().setMode(mode);
  const user = userEvent.setup({ delay: null });
  const view = render(
    <PodStoreProvider store={pod}>
      <TeachStoreProvider store={teach}>{ui}</TeachStoreProvider>
    </PodStoreProvider>,
  );
  return { pod, teach, user, view };
}
