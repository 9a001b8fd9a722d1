/** The builder's two ways in and out of the browser: a file the editor opens, and the clipboard. */

/** Files over this size are not read (a spreadsheet of a few thousand rows is well under 1 MB). */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** Reads the file chosen in `input` as text, then clears the input so the same file can be opened again. */
export async function readChosenFile(input: HTMLInputElement): Promise<{ text?: string; status: string } | null> {
  const file = input.files?.[0];
  if (!file) return null;
  if (file.size > MAX_FILE_BYTES) return { status: `${file.name} is larger than 20 MB; not read.` };
  const text = await file.text();
  input.value = '';
  return { text, status: `Read ${file.name}.` };
}

/** Copies `code`; where the clipboard API is refused, selects it in `box` and tries the old copy command. Returns the status line. */
export async function copyCode(code: string, box: HTMLTextAreaElement | null): Promise<string> {
  try {
    await navigator.clipboard.writeText(code);
    return 'Embed code copied.';
  } catch {
    box?.select();
    return document.execCommand('copy') ? 'Embed code copied.' : 'The browser refused to copy: the code is selected, press Ctrl+C (⌘C).';
  }
}
