/**
 * A definition name from a file name: without the extension, separators as spaces, camelCase
 * split, first letter capitalised ("user-2fa_workflow.v3.xml" → "User 2fa workflow v3").
 */
export function nameFromFileName(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, '').replace(/\.xml$/i, '');
  const words = base
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[-_.\s]+/g, ' ')
    .trim();
  if (!words) return 'Workflow definition';
  return words.charAt(0).toUpperCase() + words.slice(1);
}
