import { readFileSync } from 'node:fs';
import { CommanderError } from 'commander';
import { createProgram } from './cli.js';
import { TramitError } from './errors.js';
import { chooseInterfaceLanguage, langFromArgv, setInterfaceLanguage, localize } from './i18n/index.js';
import { writeErr } from './output.js';
import { PROCESS, withRuntime, type Runtime } from './runtime.js';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

/**
 * The one place that turns errors into messages and exit codes. `runtime` is what the run takes from
 * its process (environment, output, terminals, clock): the binary's own (src/start.ts), or a test's.
 */
export function main(argv: string[], runtime: Runtime = PROCESS): Promise<number> {
  return withRuntime(runtime, () => run(argv, runtime.env));
}

async function run(argv: string[], env: NodeJS.ProcessEnv): Promise<number> {
  // Before the program is built: its help texts are made in this language.
  const names = (lang: string | null | undefined) =>
    Boolean(lang?.trim()) && lang!.trim().toLowerCase() !== 'all';
  const decided = names(langFromArgv(argv)) || names(env.TRAMIT_LANG);
  const settings = decided ? {} : (await import('./context.js')).readSettings(env);
  setInterfaceLanguage(chooseInterfaceLanguage(argv, env, settings));
  const program = createProgram(version, env);
  try {
    await program.parseAsync(argv);
    return 0;
  } catch (error) {
    return report(error, env);
  }
}

function report(error: unknown, env: NodeJS.ProcessEnv): number {
  if (error instanceof CommanderError) {
    // Help and version end here too; commander has already printed them.
    if (
      error.code === 'commander.helpDisplayed' ||
      error.code === 'commander.version' ||
      error.code === 'commander.help'
    )
      return 0;
    return 2;
  }
  if (error instanceof TramitError) {
    if (error.message) writeErr(`tramit: ${error.message}\n`);
    for (const hint of error.hints) writeErr(`  ${hint}\n`);
    return error.exitCode;
  }
  if (error instanceof Error && error.name === 'ExitPromptError') return 130;
  const message = error instanceof Error ? error.message : String(error);
  writeErr(`tramit: ${localize('main.unexpected', { message })}\n`);
  if (env.TRAMIT_DEBUG && error instanceof Error && error.stack) writeErr(`${error.stack}\n`);
  else writeErr(`  ${localize('main.debugHint')}\n`);
  return 1;
}
