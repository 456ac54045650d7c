import { describe, expect, it } from 'vitest';
import { safeReturnTo, signInFormSchema } from './signInForm.ts';

const base = {
  userName: 'admin',
  password: 'admin',
  scheme: 'basic' as const,
  baseUrl: '',
  ticket: '',
  appToken: '',
  token: '',
  language: 'en',
  culture: 'en',
  timeZone: 'UTC',
  rememberInTab: true,
};

describe('sign-in form', () => {
  it('only returns to paths inside the app', () => {
    expect(safeReturnTo('/targets?year=2026')).toBe('/targets?year=2026');
    expect(safeReturnTo('https://evil.example')).toBe('/');
    expect(safeReturnTo('//evil.example')).toBe('/');
    expect(safeReturnTo('/sign-in?returnTo=/x')).toBe('/');
    expect(safeReturnTo(null)).toBe('/');
  });

  it('refuses return paths a browser reads as another host (a backslash or a tab after the slash)', () => {
    // Sign-in would otherwise succeed and then stay on the sign-in page without a word.
    expect(safeReturnTo('/\\evil.example')).toBe('/');
    expect(safeReturnTo('/\t/evil.example')).toBe('/');
    expect(safeReturnTo('/definitions?a=1#top')).toBe('/definitions?a=1#top');
  });

  it('needs a user name and password unless a ticket or token is given', () => {
    expect(signInFormSchema.safeParse({ ...base, password: '' }).success).toBe(false);
    expect(
      signInFormSchema.safeParse({
        ...base,
        userName: '',
        password: '',
        scheme: 'soticket',
        ticket: '7T:abc',
      }).success,
    ).toBe(true);
    expect(
      signInFormSchema.safeParse({ ...base, userName: '', password: '', scheme: 'bearer' }).success,
    ).toBe(false);
  });

  it('the browser session needs neither user name nor password (its own session), or both', () => {
    const session = (userName: string, password: string) =>
      signInFormSchema.safeParse({ ...base, scheme: 'session', userName, password }).success;
    expect(session('', '')).toBe(true);
    expect(session('admin', 'admin')).toBe(true);
    expect(session('admin', '')).toBe(false);
    expect(session('', 'admin')).toBe(false);
  });

  it('says what to fill in, in full sentences', () => {
    const messages = (values: Partial<typeof base>) => {
      const result = signInFormSchema.safeParse({ ...base, ...values });
      return result.success ? [] : result.error.issues.map((i) => i.message);
    };
    expect(messages({ userName: '', password: '' })).toEqual([
      'Enter your user name.',
      'Enter your password.',
    ]);
    expect(messages({ baseUrl: 'ftp://example.com' })).toEqual([
      'Enter an address starting with http:// or https://, or leave it empty for this server.',
    ]);
  });

  it('refuses a user name or password far longer than any (a paste gone wrong), saying how long', () => {
    const messages = (values: Partial<typeof base>) => {
      const result = signInFormSchema.safeParse({ ...base, ...values });
      return result.success ? [] : result.error.issues.map((i) => i.message);
    };
    expect(messages({ userName: 'a'.repeat(254), password: 'p'.repeat(1024) })).toEqual([]);
    expect(messages({ userName: 'a'.repeat(5100) })).toEqual([
      'A user name has at most 254 characters; this one has 5,100. Check what was pasted.',
    ]);
    expect(messages({ password: 'p'.repeat(1025) })).toEqual([
      'A password has at most 1,024 characters; this one has 1,025. Check what was pasted.',
    ]);
  });

  it('refuses a base URL that is not http(s)', () => {
    expect(signInFormSchema.safeParse({ ...base, baseUrl: 'ftp://x' }).success).toBe(false);
    expect(
      signInFormSchema.safeParse({ ...base, baseUrl: 'https://online.superoffice.com/Cust1' })
        .success,
    ).toBe(true);
  });

  it('refuses an unknown culture or time zone, on its field, and allows them empty', () => {
    const culture = signInFormSchema.safeParse({ ...base, culture: 'en_GB' });
    expect(culture.error?.issues.map((i) => i.path.join('.'))).toEqual(['culture']);
    const timeZone = signInFormSchema.safeParse({ ...base, timeZone: 'Europe/Olso' });
    expect(timeZone.error?.issues.map((i) => i.path.join('.'))).toEqual(['timeZone']);
    expect(signInFormSchema.safeParse({ ...base, culture: 'zz-ZZ' }).success).toBe(false);
    expect(
      signInFormSchema.safeParse({ ...base, culture: 'nb-NO', timeZone: 'Europe/Oslo' }).success,
    ).toBe(true);
    expect(signInFormSchema.safeParse({ ...base, culture: '', timeZone: '' }).success).toBe(true);
  });

  it('refuses a ticket or token the browser cannot send, on its field, and trims around it', () => {
    const ticket = signInFormSchema.safeParse({ ...base, scheme: 'soticket', ticket: '7T:a”b' });
    expect(ticket.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      [
        'ticket',
        'Contains the character ” (U+201D), which cannot be sent: paste the ticket again as issued.',
      ],
    ]);
    const appToken = signInFormSchema.safeParse({ ...base, scheme: 'soticket', appToken: '日本' });
    expect(appToken.error?.issues.map((i) => i.path.join('.'))).toEqual(['appToken']);
    const token = signInFormSchema.safeParse({ ...base, scheme: 'bearer', token: 'ab\u00a0cd' });
    expect(token.error?.issues.map((i) => i.path.join('.'))).toEqual(['token']);
    // Pasted with a non-breaking space around it: trimmed, then sent.
    expect(
      signInFormSchema.parse({ ...base, scheme: 'bearer', token: '\u00a0eyJ.abc \n' }).token,
    ).toBe('eyJ.abc');
    // A field of another scheme is hidden and not sent: it does not stop the sign-in.
    expect(signInFormSchema.safeParse({ ...base, token: '“x”' }).success).toBe(true);
  });
});
