import { readFileSync } from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** The text of every page of a PDF, whitespace collapsed (Chromium compresses it: it must be parsed). */
export async function pdfText(path: string): Promise<string> {
  return (await pdfPages(path)).join(' ');
}

/** Each page's text on its own, whitespace collapsed: for what must be on every page. */
export async function pdfPages(path: string): Promise<string[]> {
  const task = getDocument({ data: new Uint8Array(readFileSync(path)), disableFontFace: true });
  const doc = await task.promise;
  const pages: string[] = [];
  for (let n = 1; n <= doc.numPages; n += 1) {
    const content = await (await doc.getPage(n)).getTextContent();
    pages.push(
      content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join(''),
    );
  }
  await task.destroy();
  return pages.map((page) => page.replace(/\s+/g, ' ').trim());
}
