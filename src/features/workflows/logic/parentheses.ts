/** InterParenthesis: positive = that many "(" before a restriction, negative = that many ")" after. */
export interface Parenthesized {
  InterParenthesis?: number | null;
}

export type ParenthesisCheck =
  | { ok: true }
  | { ok: false; message: string; /** 0-based restriction where it went wrong. */ index: number };

/** Parentheses must be opened before they are closed and all be closed by the last restriction. */
export function checkParentheses(restrictions: readonly Parenthesized[]): ParenthesisCheck {
  let depth = 0;
  for (let i = 0; i < restrictions.length; i++) {
    depth += restrictions[i].InterParenthesis ?? 0;
    if (depth < 0)
      return {
        ok: false,
        index: i,
        message: `Condition ${i + 1} closes a parenthesis that was never opened.`,
      };
  }
  if (depth > 0)
    return {
      ok: false,
      index: restrictions.length - 1,
      message:
        depth === 1
          ? 'One parenthesis is opened but never closed.'
          : `${depth} parentheses are opened but never closed.`,
    };
  return { ok: true };
}

/** How deep each restriction sits (for indenting): the depth inside its own parentheses. */
export function nestingDepths(restrictions: readonly Parenthesized[]): number[] {
  let depth = 0;
  return restrictions.map((r) => {
    const p = r.InterParenthesis ?? 0;
    if (p > 0) depth += p;
    const here = Math.max(0, depth);
    if (p < 0) depth += p;
    return here;
  });
}
