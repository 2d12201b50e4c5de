/**
 * Runs a command-line entry point: prints a failure as one clear message (no stack unless DEBUG is set) and exits
 * explicitly, because the schema engine leaves a timer that would keep the process alive for ~10 s after it is done.
 */
export function runScript(main: () => Promise<void>): void {
  main().then(
    () => process.exit(process.exitCode ?? 0),
    (error: unknown) => {
      console.error(process.env.DEBUG ? error : `Error: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    },
  );
}
