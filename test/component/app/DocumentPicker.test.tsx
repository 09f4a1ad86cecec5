import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { DocumentPicker } from '../../../renderer/app/DocumentPicker';
import { createPodStore, PodStoreProvider } from '../../../renderer/store/pod-store';

const pod = `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: app
      image: nginx:1.27
`;

function options(text: string): string[] {
  const store = createPodStore({ text, fileName: 'pod.yaml' });
  render(
    <PodStoreProvider store={store}>
      <DocumentPicker />
    </PodStoreProvider>,
  );
  const picker = screen.getByRole('combobox', { name: 'Document' });
  return within(picker)
    .getAllByRole('option')
    .map((option) => option.textContent ?? '');
}

describe('the Document picker', () => {
  it('names each document by its kind and name', () => {
    expect(options(`${pod}---\napiVersion: v1\nkind: Service\nmetadata:\n  name: web\n`)).toEqual([
      '1. Pod web',
      '2. Service web (not editable here)',
    ]);
  });

  it('calls a document left empty "empty", and one without a kind "no kind"', () => {
    expect(options(`${pod}---\n# nothing yet\n---\nmetadata:\n  name: stray\n`)).toEqual([
      '1. Pod web',
      '2. empty (not editable here)',
      '3. no kind stray (not editable here)',
    ]);
  });
});
