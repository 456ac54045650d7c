import { parseId } from '../pages/flowItemAddress.ts';

/** A flow id typed to open a flow: the id, or what is wrong with the text, said to the user. */
export function readFlowId(raw: string): { id: number } | { problem: string } {
  const text = raw.trim();
  if (text === '') return { problem: 'Type the id of the flow to open.' };
  const id = parseId(text);
  return id === null
    ? { problem: `“${text}” is not a flow id: flow ids are whole numbers, such as 12.` }
    : { id };
}
