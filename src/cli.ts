import { Command, Option } from 'commander';
import { createContext, type Context, type GlobalOptions } from './context.js';

function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

/**
 * Builds the command tree. Nothing runs on import, and every action loads its module only when
 * called, so `tramit list` never pays for the renderer or the prompts.
 */
export function createProgram(version: string): Command {
  const program = new Command('tramit');
  const context = (): Context => createContext(program.opts<GlobalOptions>());

  // Set before the subcommands exist, so they inherit it: every parse error reaches main.ts.
  program.exitOverride();
  program.configureOutput({ outputError: (text, write) => write(`tramit: ${text.replace(/^error: /, '')}`) });

  program
    .description(
      'Guides for government procedures: read them, walk through them, keep track of your documents.',
    )
    .version(version, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .option('--lang <code>', 'language for guides (e.g. es, en, or "all" for list)')
    .option('--guides-dir <dir>', 'an extra folder of guides (repeatable)', collect)
    .option('--no-bundled', 'leave the bundled guides out')
    .option('--no-color', 'no colours or decorations')
    .showSuggestionAfterError(true)
    .addHelpText(
      'after',
      `
Examples:
  $ tramit list                     countries with guides
  $ tramit list mexico              the guides for Mexico
  $ tramit show imss_enrollment     read a guide
  $ tramit validate guides/         check guide files`,
    );

  program
    .command('list')
    .alias('ls')
    .description('list countries, or the guides of one country')
    .argument('[country]', 'a country: slug, name or ISO code (mexico, México, mx)')
    .option('--json', 'print JSON')
    .addHelpText(
      'after',
      '\nExamples:\n  $ tramit list\n  $ tramit list mx --json\n  $ tramit --lang all list spain',
    )
    .action(async (country: string | undefined, options) => {
      const { run } = await import('./commands/list.js');
      await run(context(), country, options);
    });

  program
    .command('show')
    .description('show a guide')
    .argument('<guide>', 'a guide id, slug or key (mexico/imss_enrollment, inscripcion_al_imss)')
    .option('--json', 'print the parsed guide as JSON')
    .option('--no-pager', 'never page the output')
    .addHelpText(
      'after',
      '\nExamples:\n  $ tramit show imss_enrollment\n  $ tramit --lang es show mexico/imss_enrollment --json',
    )
    .action(async (reference: string, options) => {
      const { run } = await import('./commands/show.js');
      await run(context(), reference, options);
    });

  program
    .command('validate')
    .description('check guide files and report problems with line numbers')
    .argument('[paths...]', 'guide files or folders (default: every loaded guide)')
    .option('--json', 'print JSON')
    .addOption(new Option('--strict', 'fail on warnings too'))
    .addHelpText(
      'after',
      '\nExamples:\n  $ tramit validate guides/\n  $ tramit validate my-guide.md --strict',
    )
    .action(async (paths: string[], options) => {
      const { run } = await import('./commands/validate.js');
      await run(context(), paths, options);
    });

  return program;
}
