/**
 * The flags every Chromium we launch gets (e2e, benchmark, screenshots): headless without a
 * sandbox or GPU (containers and CI have neither), and no background traffic that would add
 * noise to what the page itself does.
 */
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
