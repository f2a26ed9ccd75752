import type { CheckedFile, FileContext } from '../types.ts';
import { checkPersonalData } from '../text/personal-data.ts';

/** The `personal-data` rule, on what a reader sees of a file (nothing, when its body does not parse). */
export default function personalData(file: CheckedFile, context: FileContext): void {
  if (file.prose) context.report(...checkPersonalData(file.file, file.prose, context.region));
}
