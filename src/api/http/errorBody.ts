import { z } from '../schemas/zod.ts';

/** SuperOffice's error body (contract §1.3); ErrorField is the sandbox's addition. */
const superOfficeError = z.looseObject({
  Error: z.optional(z.boolean()),
  ErrorType: z.nullish(z.string()),
  ErrorMessage: z.nullish(z.string()),
  ErrorSource: z.nullish(z.string()),
  ErrorField: z.nullish(z.string()),
  // The .NET SoExceptionInfo shape some installations return.
  Message: z.nullish(z.string()),
  ExceptionType: z.nullish(z.string()),
});

/** Akana platform errors come in several shapes; take what is there. */
const akanaError = z.looseObject({
  message: z.nullish(z.string()),
  code: z.nullish(z.union([z.string(), z.number()])),
  Message: z.nullish(z.string()),
  Code: z.nullish(z.union([z.string(), z.number()])),
  field: z.nullish(z.string()),
});

export interface ParsedErrorBody {
  type?: string;
  message?: string;
  field?: string;
}

/** Reads whatever error body the server sent; never throws. */
export function parseErrorBody(text: string): ParsedErrorBody {
  if (!text.trim()) return {};
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    // Plain-text or HTML error: show its first line, trimmed.
    const line =
      text
        .replace(/<[^>]+>/g, ' ')
        .trim()
        .split('\n')[0]
        ?.trim() ?? '';
    return { message: line.slice(0, 300) || undefined };
  }
  const so = superOfficeError.safeParse(json);
  if (so.success && (so.data.ErrorMessage || so.data.ErrorType || so.data.Message)) {
    return {
      type: so.data.ErrorType ?? so.data.ExceptionType ?? undefined,
      message: so.data.ErrorMessage ?? so.data.Message ?? undefined,
      field: so.data.ErrorField ?? undefined,
    };
  }
  const ak = akanaError.safeParse(json);
  if (ak.success && (ak.data.message || ak.data.Message)) {
    const code = ak.data.code ?? ak.data.Code;
    return {
      type: code === null || code === undefined ? undefined : String(code),
      message: ak.data.message ?? ak.data.Message ?? undefined,
      field: ak.data.field ?? undefined,
    };
  }
  return typeof json === 'string' ? { message: json } : {};
}
