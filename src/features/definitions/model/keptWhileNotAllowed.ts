/**
 * What the page says when the platform user may not upload (someone signed in to the platform
 * again as a viewer) while files are not uploaded yet: they are kept, not dropped, until someone
 * who may upload opens the page.
 */
export function keptWhileNotAllowedText(who: string, unsent: number) {
  const files =
    unsent === 1 ? '1 file not uploaded yet is' : `${unsent} files not uploaded yet are`;
  return {
    title: 'Your files were kept',
    text: `${who} may not upload definitions, so the ${files} kept in this browser with what you typed. They come back when you open this page signed in to the API platform as someone with the Site Admin role.`,
    announcement: `${who} may not upload definitions. Your ${files} kept in this browser.`,
  };
}
