// The route sheet's running header and page numbers. Chromium prints CSS page-margin boxes on
// every page (Electron's printToPDF and the harness's page.pdf alike), so what a courier needs on
// a loose page 3 — whose sheet, which day, which page of how many — is printed by the page itself.

const PAGE = '\u0001';
const PAGES = '\u0002';

/** A CSS string literal: quotes and backslashes escaped, line breaks as spaces. */
function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, '\\$&').replace(/[\n\r\f]+/g, ' ')}"`;
}

/**
 * CSS `content` for "Page N of M" in the UI language: `words` is the translated sentence with
 * the page and page-count placeholders filled by `pageMarkers`, so the counters land where the
 * language puts them.
 */
export function pageCounterContent(words: string): string {
  return words
    .split(new RegExp(`(${PAGE}|${PAGES})`))
    .filter((part) => part !== '')
    .map((part) => (part === PAGE ? 'counter(page)' : part === PAGES ? 'counter(pages)' : cssString(part)))
    .join(' ');
}

export const pageMarkers = { page: PAGE, pages: PAGES };

/** The @page rule: the header on the top left of every page, "Page N of M" on the bottom right. */
export function pageMarginCss(header: string, pageWords: string): string {
  const font = 'font-family: sans-serif; font-size: 8pt; color: #000;';
  return (
    `@page { @top-left { content: ${cssString(header)}; ${font} vertical-align: bottom; padding-bottom: 1mm; }` +
    ` @bottom-right { content: ${pageCounterContent(pageWords)}; ${font} vertical-align: top; } }`
  );
}
