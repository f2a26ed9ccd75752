import type { CheckedFile, FileContext } from '../types.ts';
import { checkFileName, checkPersonalData } from '../text/personal-data.ts';

/** The `personal-data` rule, on what a reader sees of a file (nothing, when its body does not parse), and on its name, its URL. */
export default function personalData(file: CheckedFile, context: FileContext): void {
  if (file.prose) context.report(...checkPersonalData(file.file, file.prose, context.region));
  context.report(...checkFileName(file.file, context.region));
}
