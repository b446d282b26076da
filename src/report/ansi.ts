/** Terminal styling that collapses to plain text when colour is off. */
export interface Paint {
  bold(s: string): string;
  red(s: string): string;
  yellow(s: string): string;
  cyan(s: string): string;
  blue(s: string): string;
}

const wrap = (code: string) => (s: string) => `\x1b[${code}m${s}\x1b[0m`;
const plain = (s: string) => s;

export function paint(color: boolean): Paint {
  if (!color) return { bold: plain, red: plain, yellow: plain, cyan: plain, blue: plain };
  return {
    bold: wrap('1'),
    red: wrap('1;31'),
    yellow: wrap('1;33'),
    cyan: wrap('1;36'),
    blue: wrap('1;34'),
  };
}
