import { useState } from 'react';
import { useLocation, useNavigationType } from 'react-router';

/**
 * The search box's text, kept here rather than read back from the address: the address changes a
 * moment after each key (a router navigation), and a box that showed it would lose letters typed
 * meanwhile ("app" typed quickly became "?q=p"). The text follows the address when the user moves
 * to another entry of it (Back, a link): not on the replacements this page makes as they type.
 */
export function useSearchText(search: string): [string, (text: string) => void] {
  const [text, setText] = useState(search);
  const location = useLocation();
  const navigationType = useNavigationType();
  const [seenKey, setSeenKey] = useState(location.key);
  if (location.key !== seenKey) {
    setSeenKey(location.key);
    if (navigationType !== 'REPLACE' && text !== search) setText(search);
  }
  return [text, setText];
}
