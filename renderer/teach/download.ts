/**
 * Saves a Blob as a browser download: the fallback `save` for diagram exports when the host
 * has no way to write binary files.
 */
export function downloadBlob(blob: Blob, suggestedName: string): Promise<void> {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = suggestedName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser a moment to start the download before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return Promise.resolve();
}
