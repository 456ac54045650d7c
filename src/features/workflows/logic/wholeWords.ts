/** A piece of a name: a word kept on one line, or text that may break where it usually does. */
export interface NamePiece {
  text: string;
  whole: boolean;
}

/**
 * A name cut so that each hyphenated word ("Re-engagement", "follow-up") can be kept on one line,
 * rather than broken at its hyphen ("Re- / engagement"). Words longer than `longest` characters
 * are left free to break (a name typed without spaces must still wrap in a narrow window).
 */
export function wholeHyphenatedWords(name: string, longest = 20): NamePiece[] {
  const pieces: NamePiece[] = [];
  for (const part of name.split(/(\s+)/)) {
    if (part === '') continue;
    const whole = /\S-\S/.test(part) && [...part].length <= longest;
    const last = pieces[pieces.length - 1];
    if (!whole && last && !last.whole) last.text += part;
    else pieces.push({ text: part, whole });
  }
  return pieces;
}
