/** Offers text or a data URL to the user as a file download. */
export function downloadText(fileName: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  downloadUrl(fileName, url);
  // the click has started the download synchronously; the object URL is no longer needed after it
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export function downloadUrl(fileName: string, url: string): void {
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
}

export function exportFileName(journeyId: string): string {
  return `${journeyId}.journey.json`;
}

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
