/**
 * Why a ticket or token cannot be sent, or undefined when it can. They go in request headers, and
 * the browser refuses a header with a character outside Latin-1 (a “smart quote” or 日本 picked up
 * while copying), so every request then failed as if the server could not be reached. Tickets and
 * tokens are plain ASCII without spaces, so anything else is a copying mistake.
 */
export function credentialProblem(value: string, what: string): string | undefined {
  for (const ch of value) {
    if (/\s/.test(ch))
      return `Contains a space, which a ${what} never has: paste it again as issued.`;
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x21 || code > 0x7e) {
      const hex = code.toString(16).toUpperCase().padStart(4, '0');
      return `Contains the character ${ch} (U+${hex}), which cannot be sent: paste the ${what} again as issued.`;
    }
  }
  return undefined;
}
