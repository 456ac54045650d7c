/** What was dropped when it held no file: a link, some text, or something else. */
export type NotFileDrop = 'link' | 'text' | 'other';

/**
 * What a drop held when it held no file (`types` and the kinds of `items` of its DataTransfer), or
 * null when it held a file (react-dropzone then takes it).
 */
export function notFileDrop(
  types: readonly string[],
  kinds: readonly string[],
): NotFileDrop | null {
  if (types.includes('Files') || kinds.includes('file')) return null;
  if (types.includes('text/uri-list')) return 'link';
  if (types.includes('text/plain') || types.includes('text/html')) return 'text';
  return 'other';
}

const what: Record<NotFileDrop, string> = {
  link: 'A link was dropped, not a file. Save the file to your computer first, then',
  text: 'Some text was dropped, not a file. Save the XML as a file first, then',
  other: 'What was dropped is not a file. Drop XML files from your computer, or',
};

/** The notice for such a drop: what happened and what to do instead. */
export function notFileDropText(kind: NotFileDrop): string {
  const rest =
    kind === 'other'
      ? 'click the drop zone to choose them.'
      : 'drop it here or click the drop zone to choose it.';
  return `${what[kind]} ${rest}`;
}
