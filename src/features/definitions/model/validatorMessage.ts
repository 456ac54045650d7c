/** fast-xml-parser's report of a closing tag that does not match the element still open. */
const MISMATCH =
  /^Expected closing tag '([^']*)' \(opened in line (\d+), col (\d+)\) instead of closing tag '([^']*)'\.$/;

/**
 * The XML validator's message in the page's words. Its closing-tag report names a second place in
 * its own style ("opened in line 5, col 5"), which, followed by the page's "(line 6, column 3)",
 * read as two positions in two styles: it becomes one sentence naming the open element's line,
 * the position of the problem being given once, after it. Any other "col" is spelled out.
 */
export function validatorMessage(message: string): string {
  const mismatch = MISMATCH.exec(message);
  if (mismatch) {
    const [, open, line, , close] = mismatch;
    return `<${open}>, opened on line ${line}, must be closed before </${close}>.`;
  }
  return message
    .replace(/\bin line (\d+), col (\d+)/g, 'on line $1, column $2')
    .replace(/\bcol (\d+)/g, 'column $1');
}
