/**
 * Opening a manifest by dropping it on the window. Only drags that carry files are taken; the
 * canvas's own drags (palette items, nodes) carry none and pass untouched.
 */
export interface FileDropOptions {
  /** Called with the first dropped file. */
  onFile: (file: File) => void;
  /** Called while a file is dragged over the window (true) and when it leaves or drops (false). */
  onDragging?: (dragging: boolean) => void;
}

function carriesFiles(event: DragEvent): boolean {
  return Array.from(event.dataTransfer?.types ?? []).includes('Files');
}

/** Listens on `target` (the window); returns the function that stops listening. */
export function acceptFileDrops(target: Window, options: FileDropOptions): () => void {
  // dragenter/dragleave fire for every child element crossed; count them to know when the drag
  // really left the window.
  let depth = 0;
  const setDragging = (dragging: boolean): void => options.onDragging?.(dragging);

  const onDragEnter = (event: DragEvent): void => {
    if (!carriesFiles(event)) return;
    depth += 1;
    if (depth === 1) setDragging(true);
  };
  const onDragOver = (event: DragEvent): void => {
    if (!carriesFiles(event)) return;
    // Without this the drop would not be allowed (and a browser would open the file itself).
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
  };
  const onDragLeave = (event: DragEvent): void => {
    if (!carriesFiles(event)) return;
    depth = Math.max(0, depth - 1);
    if (depth === 0) setDragging(false);
  };
  const onDrop = (event: DragEvent): void => {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    depth = 0;
    setDragging(false);
    const file = event.dataTransfer?.files[0];
    if (file) options.onFile(file);
  };

  target.addEventListener('dragenter', onDragEnter);
  target.addEventListener('dragover', onDragOver);
  target.addEventListener('dragleave', onDragLeave);
  target.addEventListener('drop', onDrop);
  return () => {
    target.removeEventListener('dragenter', onDragEnter);
    target.removeEventListener('dragover', onDragOver);
    target.removeEventListener('dragleave', onDragLeave);
    target.removeEventListener('drop', onDrop);
  };
}
