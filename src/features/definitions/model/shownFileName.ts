/**
 * Bidirectional formatting characters: invisible, but a right-to-left override in a file name
 * ("report\u202Egpj.xml") shows it as "reportlmx.jpg", hiding the real end of the name.
 */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/** A file name as shown and announced: its characters in the order they are stored. */
export const shownFileName = (name: string) => name.replace(BIDI_CONTROLS, '');
