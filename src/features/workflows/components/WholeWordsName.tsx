import { wholeHyphenatedWords } from '../logic/wholeWords.ts';
import styles from './WholeWordsName.module.css';

/**
 * A name whose hyphenated words stay on one line in a narrow column ("Re-engagement", not
 * "Re- / engagement"); it still wraps between words, and a very long word may break.
 */
export function WholeWordsName({ name }: { name: string }) {
  return (
    <>
      {wholeHyphenatedWords(name).map((piece, i) =>
        piece.whole ? (
          <span key={i} className={styles.whole}>
            {piece.text}
          </span>
        ) : (
          piece.text
        ),
      )}
    </>
  );
}
