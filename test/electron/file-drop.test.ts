// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { acceptFileDrops } from '../../renderer/host/file-drop';

/** jsdom has no DragEvent constructor with a DataTransfer; build the parts the code reads. */
function drag(type: string, types: string[], files: File[] = []) {
  const event = new Event(type, { bubbles: true, cancelable: true }) as DragEvent;
  Object.defineProperty(event, 'dataTransfer', {
    value: { types, files, dropEffect: 'none' },
  });
  return event;
}

let stop: () => void = () => undefined;

afterEach(() => stop());

describe('acceptFileDrops', () => {
  it('opens the first file dropped on the window', () => {
    const onFile = vi.fn();
    const onDragging = vi.fn();
    stop = acceptFileDrops(window, { onFile, onDragging });
    const file = new File(['kind: Pod\n'], 'pod.yaml');

    window.dispatchEvent(drag('dragenter', ['Files']));
    const over = drag('dragover', ['Files']);
    window.dispatchEvent(over);
    expect(over.defaultPrevented).toBe(true);
    const drop = drag('drop', ['Files'], [file, new File(['x'], 'b.yaml')]);
    window.dispatchEvent(drop);

    expect(drop.defaultPrevented).toBe(true);
    expect(onFile).toHaveBeenCalledWith(file);
    expect(onDragging.mock.calls).toEqual([[true], [false]]);
  });

  it('leaves drags without files to the canvas', () => {
    const onFile = vi.fn();
    stop = acceptFileDrops(window, { onFile });
    const over = drag('dragover', ['application/reactflow']);
    window.dispatchEvent(over);
    window.dispatchEvent(drag('drop', ['application/reactflow']));
    expect(over.defaultPrevented).toBe(false);
    expect(onFile).not.toHaveBeenCalled();
  });

  it('knows when a drag leaves the window, across child elements', () => {
    const onDragging = vi.fn();
    stop = acceptFileDrops(window, { onFile: vi.fn(), onDragging });
    window.dispatchEvent(drag('dragenter', ['Files']));
    window.dispatchEvent(drag('dragenter', ['Files']));
    window.dispatchEvent(drag('dragleave', ['Files']));
    expect(onDragging.mock.calls).toEqual([[true]]);
    window.dispatchEvent(drag('dragleave', ['Files']));
    expect(onDragging.mock.calls).toEqual([[true], [false]]);
  });

  it('stops listening', () => {
    const onFile = vi.fn();
    acceptFileDrops(window, { onFile })();
    window.dispatchEvent(drag('drop', ['Files'], [new File(['x'], 'a.yaml')]));
    expect(onFile).not.toHaveBeenCalled();
  });
});
