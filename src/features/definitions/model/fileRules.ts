import { shownFileName } from './shownFileName.ts';

/** Default largest definition file, in bytes (the sandbox's default limit too). */
export const DEFAULT_MAX_FILE_BYTES = 5 * 1024 * 1024;

/** MIME types browsers report for XML files ('' or octet-stream when the OS does not know). */
const XML_TYPES = new Set(['', 'text/xml', 'application/xml', 'application/octet-stream']);

/** What the drop zone accepts (react-dropzone `accept`). */
export const acceptedFileTypes = { 'text/xml': ['.xml'], 'application/xml': ['.xml'] };

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

/** The rules as a sentence, shown next to the drop zone. */
export const fileRulesText = (maxBytes: number) =>
  `OSWorkflow XML files (.xml), up to ${formatBytes(maxBytes)} each.`;

/** Extension and type: `.xml`, and an XML (or unknown) MIME type. */
export function checkFileType(file: { name: string; type: string }): string | null {
  if (!/\.xml$/i.test(file.name)) return `${shownFileName(file.name)} is not an .xml file.`;
  const type = file.type.toLowerCase();
  if (!XML_TYPES.has(type) && !type.endsWith('+xml'))
    return `${shownFileName(file.name)} is of type ${file.type}, not XML.`;
  return null;
}

/** What to do about a file over the limit: most often it is not the definition meant. */
const TOO_LARGE_ADVICE =
  'Definitions are usually a few kilobytes: check that this is the file you meant; if it is, make it smaller, for example by splitting the workflow into several definitions.';

export function checkFileSize(
  file: { name: string; size: number },
  maxBytes: number,
): string | null {
  if (file.size === 0)
    return `${shownFileName(file.name)} is empty (0 bytes): it may not have been saved yet. Choose the saved definition file.`;
  if (file.size <= maxBytes) return null;
  const name = shownFileName(file.name);
  const [size, limit] = [formatBytes(file.size), formatBytes(maxBytes)];
  if (size !== limit) return `${name} is ${size}; the limit is ${limit}. ${TOO_LARGE_ADVICE}`;
  // Rounded, both would read "5 MB": the exact sizes say why it is refused.
  const exact = (n: number) => `${n.toLocaleString('en')} bytes`;
  return `${name} is ${exact(file.size)}, just over the limit of ${limit} (${exact(maxBytes)}). ${TOO_LARGE_ADVICE}`;
}
