/** Saves text parts as a file through a temporary link (no `downloads` permission needed). */
export function saveFile(parts: BlobPart[], name: string, type: string): void {
  const url = URL.createObjectURL(new Blob(parts, { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // Chrome reads the blob asynchronously after the click; revoke a little later.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** YYYY-MM-DD of a time, for file names. */
export const fileDay = (time: number): string => new Date(time).toISOString().slice(0, 10);
