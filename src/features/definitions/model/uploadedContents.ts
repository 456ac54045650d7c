import type { UploadedContent } from './sameContentWarning.ts';

/**
 * Definitions uploaded from the page since the app was opened, by their text's key: kept when the
 * batch is cleared or the page is left, so a renamed copy added later is still recognised.
 */
const uploaded: UploadedContent[] = [];

export function rememberUpload(entry: UploadedContent): void {
  uploaded.push(entry);
}

export const uploadedContents = (): readonly UploadedContent[] => uploaded;
