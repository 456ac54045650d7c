import fs from 'node:fs';

/**
 * The app's index.html for SPA routes, read again whenever the file changes (`npm run build`
 * while the server runs), so deep links never load a previous build's asset names. While a
 * rebuild has the file missing, the last copy read is served.
 */
export function currentIndexHtml(file: string): () => string {
  let html = fs.readFileSync(file, 'utf8');
  let version = versionOf(file);
  return () => {
    const now = versionOf(file);
    if (now !== undefined && now !== version) {
      try {
        html = fs.readFileSync(file, 'utf8');
        version = now;
      } catch {
        // Removed between stat and read (a rebuild under way): keep the last copy.
      }
    }
    return html;
  };
}

/** Modification time and size: either changes when the file is rewritten. */
function versionOf(file: string): string | undefined {
  try {
    const s = fs.statSync(file);
    return `${s.mtimeMs}:${s.size}`;
  } catch {
    return undefined;
  }
}
