import { describe, expect, it } from 'vitest';
import { XMLValidator } from 'fast-xml-parser';
import { validatorMessage } from './validatorMessage.ts';
import { checkDefinitionBytes } from './fileCheck.ts';
import { malformedDefinition } from '../fixtures/definitionFiles.ts';

/** The validator's own message for a text (as the page's check gets it). */
function parserMessage(text: string): string {
  const result = XMLValidator.validate(text, { allowBooleanAttributes: true });
  if (result === true) throw new Error('expected the text to be refused');
  return result.err.msg;
}

describe('validatorMessage', () => {
  it('says which element is left open, without the parser’s “col”', () => {
    const raw = parserMessage(malformedDefinition);
    expect(raw).toContain('col 3');
    expect(validatorMessage(raw)).toBe(
      '<steps>, opened on line 6, must be closed before </workflow>.',
    );
  });

  it('leaves the other messages as they are', () => {
    const raw = parserMessage('<workflow id="1" id="2"/>');
    expect(raw).toBe("Attribute 'id' is repeated.");
    expect(validatorMessage(raw)).toBe(raw);
  });

  it('spells out a “col” in any other message', () => {
    expect(validatorMessage('Something (opened in line 2, col 7) went wrong')).toBe(
      'Something (opened on line 2, column 7) went wrong',
    );
  });
});

describe('a file with a closing tag that does not match', () => {
  it('gives one sentence, and its line and column once, in the page’s words', () => {
    const result = checkDefinitionBytes(new TextEncoder().encode(malformedDefinition));
    expect(result).toMatchObject({
      ok: false,
      problem:
        'Not well-formed XML: <steps>, opened on line 6, must be closed before </workflow>. (line 7, column 5)',
    });
  });
});
