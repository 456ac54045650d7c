/**
 * The longest user name and password the sign-in form sends. They travel in a request header
 * (Basic) or the sandbox's sign-in, and a server refuses headers past a few kilobytes with a bare
 * "431 Request Header Fields Too Large": far longer text is a paste gone wrong, said on its field.
 * 254 is the longest e-mail address (user names are often one); 1,024 leaves room for any
 * passphrase a password manager makes.
 */
export const credentialMaxLengths = { userName: 254, password: 1024 } as const;

const count = (n: number) => n.toLocaleString('en-US');

/** Why `value` is too long for the field `what` (max `max`), or undefined when it is not. */
export function tooLongProblem(value: string, max: number, what: string): string | undefined {
  if (value.length <= max) return undefined;
  return `A ${what} has at most ${count(max)} characters; this one has ${count(value.length)}. Check what was pasted.`;
}
