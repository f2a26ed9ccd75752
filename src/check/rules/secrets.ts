import type { CheckedFile, FileContext } from '../types.ts';
import { normalise } from '../text/normalise.ts';
import { checkSecrets, checkSecretsInProse } from '../text/secrets.ts';

/** The `secrets` rule, on a file's whole text and on what it publishes. */
export default async function secrets(file: CheckedFile, context: FileContext): Promise<void> {
  const seen = new Map<string, number[]>();
  context.report(...(await checkSecrets(file.file, file.text, seen)));
  // A body that does not parse has no prose: its YAML values are still published, so they are read here.
  if (file.prose)
    context.report(
      ...(await checkSecretsInProse(file.file, file.prose, seen, [
        file.text,
        normalise(file.text).text,
      ])),
    );
}
