/** Words that start with a vowel letter but sound a consonant ("a user"), or the reverse ("an hour"). */
const consonantSound = /^(uni|use|usu|ute|uti|eu|ewe|one|once|ouija)/i;
const vowelSound = /^(hour|honest|honou?r|heir)/i;

/**
 * "a" or "an" before a word or phrase, by how its first word sounds in English: "an" before a
 * vowel sound ("an “Added to project” goal", "an hour"), "a" otherwise ("a “Form submitted”
 * goal", "a user"). Quotes and other marks before the first letter are skipped; a phrase that
 * starts with a digit takes "a", except 8, 11 and 18 ("an 8", "an 11").
 */
export function indefiniteArticle(phrase: string): 'a' | 'an' {
  const word = phrase.replace(/^[^\p{L}\p{N}]+/u, '');
  if (/^(8|1[18](\D|$))/.test(word)) return 'an';
  if (/^\d/.test(word)) return 'a';
  if (vowelSound.test(word)) return 'an';
  if (consonantSound.test(word)) return 'a';
  return /^[aeiou]/i.test(word) ? 'an' : 'a';
}

/** The phrase with its indefinite article: "an “Added to project” goal". */
export const withArticle = (phrase: string) => `${indefiniteArticle(phrase)} ${phrase}`;
