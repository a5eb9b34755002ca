// Main's refusals of a file it will not read (hostile or broken workbooks, a file that runs the
// file worker out of memory), in English; the renderer words them in Russian
// (renderer/src/locales/import-messages.ts). Here so both sides and their tests share one text.

export const NOT_READABLE =
  'This is not a readable Excel file: open it in Excel, save it as .xlsx again (or as CSV) and upload that.';
export const UNSAFE_NAME =
  'The Excel file has a part with an unsafe name, so it was not opened: save it again from Excel and upload that.';
export const TOO_MANY_PARTS =
  'The Excel file has more than 5000 parts: save it again from Excel without attachments, or as CSV.';
export const TOO_LARGE_UNPACKED =
  'The Excel file unpacks to more than 200 MB: split it into smaller files, or save it as CSV.';
export const ZIP_BOMB =
  'The Excel file unpacks to far more than its own size, as a zip bomb does, so it was not opened: save it again from Excel, or as CSV.';
export const TOO_LARGE_FOR_WORKER =
  'The file is too large to read: split it into smaller files and import them one by one.';

export const tooManyColumns = (columns: number, max: number) =>
  `The sheet has ${columns} columns; at most ${max} can be imported. Delete the unused columns to the right of the data and save again.`;
export const tooManyRows = (rows: number, max: number) =>
  `The sheet has ${rows} rows; at most ${max} can be imported. Delete the unused rows below the data, or split the file.`;
export const tooManyCells = (rows: number, columns: number) =>
  `The sheet has ${rows} rows of ${columns} columns, too many cells to import: delete the unused rows and columns around the data, or split the file.`;
