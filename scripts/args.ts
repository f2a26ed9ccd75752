import { parseArgs, type ParseArgsConfig } from 'node:util';

/**
 * Node's parseArgs for a command-line tool: a mistyped flag prints what went wrong and the usage, and exits 2,
 * instead of a stack trace; `--help` prints the usage and exits 0.
 */
export function parseArgsOrExit<T extends ParseArgsConfig>(config: T, usage: string) {
  try {
    const parsed = parseArgs({
      ...config,
      options: { ...config.options, help: { type: 'boolean', short: 'h' } },
    });
    if ((parsed.values as Record<string, unknown>)['help']) {
      console.log(usage);
      process.exit(0);
    }
    return parsed as ReturnType<typeof parseArgs<T>>;
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${usage}`);
    process.exit(2);
  }
}
