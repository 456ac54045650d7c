import { describe, expect, it } from 'vitest';
import {
  DEFAULT_MAX_FILE_BYTES,
  checkFileSize,
  checkFileType,
  fileRulesText,
  formatBytes,
} from './fileRules.ts';

describe('checkFileType', () => {
  it('names a refused file in stored order: "invoice\\u202Elmx.exe" shows as "…exe.xml"', () => {
    expect(checkFileType({ name: 'invoice\u202Elmx.exe', type: '' })).toBe(
      'invoicelmx.exe is not an .xml file.',
    );
  });

  it('accepts .xml with an XML or unknown type', () => {
    for (const type of [
      '',
      'text/xml',
      'application/xml',
      'application/octet-stream',
      'application/osworkflow+xml',
    ])
      expect(checkFileType({ name: 'flow.XML', type })).toBeNull();
  });

  it('refuses another extension or a non-XML type', () => {
    expect(checkFileType({ name: 'flow.json', type: 'application/json' })).toMatch(
      /not an \.xml file/,
    );
    expect(checkFileType({ name: 'flow.xml', type: 'image/png' })).toMatch(/image\/png, not XML/);
  });
});

describe('checkFileSize', () => {
  it('defaults to 5 MB and states the limit', () => {
    expect(DEFAULT_MAX_FILE_BYTES).toBe(5 * 1024 * 1024);
    expect(
      checkFileSize({ name: 'a.xml', size: DEFAULT_MAX_FILE_BYTES }, DEFAULT_MAX_FILE_BYTES),
    ).toBeNull();
    expect(checkFileSize({ name: 'a.xml', size: 6 * 1024 * 1024 }, DEFAULT_MAX_FILE_BYTES)).toBe(
      'a.xml is 6 MB; the limit is 5 MB. Definitions are usually a few kilobytes: check that this is the file you meant; if it is, make it smaller, for example by splitting the workflow into several definitions.',
    );
  });

  it('gives the sizes in bytes when, rounded, they read the same ("is 5 MB; the limit is 5 MB")', () => {
    expect(
      checkFileSize({ name: 'a.xml', size: DEFAULT_MAX_FILE_BYTES + 1 }, DEFAULT_MAX_FILE_BYTES),
    ).toMatch(
      /^a\.xml is 5,242,881 bytes, just over the limit of 5 MB \(5,242,880 bytes\)\. Definitions are usually/,
    );
    expect(checkFileSize({ name: 'a.xml', size: 1100 }, 1024)).toMatch(
      /^a\.xml is 1,100 bytes, just over the limit of 1 KB \(1,024 bytes\)\. Definitions/,
    );
  });

  it('honours a configured limit and refuses empty files', () => {
    expect(checkFileSize({ name: 'a.xml', size: 2048 }, 1024)).toMatch(/2 KB; the limit is 1 KB/);
    expect(checkFileSize({ name: 'a.xml', size: 0 }, 1024)).toBe(
      'a.xml is empty (0 bytes): it may not have been saved yet. Choose the saved definition file.',
    );
  });
});

describe('rules text', () => {
  it('says type and size', () => {
    expect(fileRulesText(DEFAULT_MAX_FILE_BYTES)).toBe(
      'OSWorkflow XML files (.xml), up to 5 MB each.',
    );
    expect(formatBytes(1536 * 1024)).toBe('1.5 MB');
    expect(formatBytes(10)).toBe('10 bytes');
  });
});
