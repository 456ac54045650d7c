import {
  checkDefinitionXml,
  lineExcerpt,
  positionOf,
  type DefinitionSummary,
} from './definitionXml.ts';
import { decodeXmlBytes } from './decodeXmlBytes.ts';
import { contentKey } from './contentKey.ts';
import { binaryKind } from './binaryKind.ts';

/**
 * What checking one definition file found, in the shape a batch row shows it. Plain data, so a
 * Web Worker can send it back to the page.
 */
export type FileCheck =
  | {
      ok: true;
      summary: DefinitionSummary;
      /** Its text's key (see `contentKey`): a renamed copy of it has the same. */
      contentKey: string;
    }
  | {
      ok: false;
      /** The problem with where it is, e.g. "… (line 7, column 5)". */
      problem: string;
      /** Null when the file is not text at all (nothing to point at or quote). */
      position: { line: number; column: number } | null;
      /** The text of that line. */
      excerpt: string | null;
    };

/**
 * Reads a file's bytes by its byte order mark or declared encoding, as the platform reads it (not
 * always UTF-8), and checks the XML. Pure: runs on the page or in a worker alike.
 */
export function checkDefinitionBytes(bytes: Uint8Array): FileCheck {
  const binary = binaryKind(bytes);
  if (binary)
    return {
      ok: false,
      problem: `This is ${binary}, not an XML text file (it may have been renamed to .xml). Choose the definition’s XML file.`,
      position: null,
      excerpt: null,
    };
  const decoded = decodeXmlBytes(bytes);
  const text = decoded.text;
  const result = decoded.ok
    ? checkDefinitionXml(text)
    : { ok: false as const, message: decoded.message, ...positionOf(text, decoded.index) };
  if (result.ok) return { ...result, contentKey: contentKey(text) };
  const { line, column } = result;
  return {
    ok: false,
    problem: `${result.message} (line ${line}, column ${column})`,
    position: { line, column },
    excerpt: lineExcerpt(text, line, column),
  };
}
