import { Command, Option } from 'commander';
import type { Context, GlobalOptions } from './context.js';

function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

/**
 * Builds the command tree. Nothing runs on import, and every action loads its module only when
 * called, so `tramit list` never pays for the renderer or the prompts.
 */
export function createProgram(version: string): Command {
  const program = new Command('tramit');
  // The context (settings, library, store) loads with the first command that needs it, not with --help.
  const context = async (): Promise<Context> =>
    (await import('./context.js')).createContext(program.opts<GlobalOptions>());

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
    .option('--topic <topic>', 'only guides on this topic (see `tramit topics`)')
    .option('--json', 'print JSON')
    .addHelpText(
      'after',
      '\nExamples:\n  $ tramit list\n  $ tramit list mx --json\n  $ tramit list mexico --topic health\n  $ tramit --lang all list spain',
    )
    .action(async (country: string | undefined, options) => {
      const { run } = await import('./commands/list.js');
      await run(await context(), country, options);
    });

  program
    .command('countries')
    .description('the countries that have guides, with counts')
    .option('--json', 'print JSON')
    .addHelpText('after', '\nExamples:\n  $ tramit countries\n  $ tramit --lang es countries --json')
    .action(async (options) => {
      const { runCountries } = await import('./commands/list.js');
      await runCountries(await context(), options);
    });

  program
    .command('topics')
    .description('the topics guides are grouped by, with counts')
    .option('--json', 'print JSON')
    .addHelpText('after', '\nExamples:\n  $ tramit topics\n  $ tramit list mexico --topic health')
    .action(async (options) => {
      const { run } = await import('./commands/topics.js');
      await run(await context(), options);
    });

  program
    .command('search')
    .description('find guides by words, in every language; tolerant of accents and small typos')
    .argument('<words...>', 'words to look for')
    .option('--country <country>', 'only guides of this country')
    .option('--topic <topic>', 'only guides on this topic')
    .option('--limit <n>', 'how many results', '10')
    .option('--json', 'print JSON, with scores')
    .addHelpText(
      'after',
      '\nExamples:\n  $ tramit search inscripcion imss\n  $ tramit search passport --country spain --json',
    )
    .action(async (words: string[], options) => {
      const { run } = await import('./commands/search.js');
      await run(await context(), words, options);
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
      await run(await context(), reference, options);
    });

  program
    .command('walk')
    .alias('start')
    .description('walk through a guide step by step, saving your progress as you go')
    .argument('<guide>', 'a guide id, slug or key')
    .option('--restart', 'start over from step 1, forgetting the progress saved for this guide')
    .addHelpText(
      'after',
      '\nExamples:\n  $ tramit walk imss_enrollment\n  $ tramit walk imss_enrollment --restart',
    )
    .action(async (reference: string, options) => {
      const { run } = await import('./commands/walk.js');
      await run(await context(), reference, options);
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
      await run(await context(), paths, options);
    });

  program
    .command('checklist')
    .description('the documents a guide asks for, with what you already have')
    .argument('<guide>', 'a guide id, slug or key')
    .option('-i, --interactive', 'tick documents in a checkbox list')
    .option('--json', 'print JSON')
    .addHelpText(
      'after',
      '\nExamples:\n  $ tramit checklist imss_enrollment\n  $ tramit checklist imss_enrollment -i',
    )
    .action(async (reference: string, options) => {
      const { run } = await import('./commands/checklist.js');
      await run(await context(), reference, options);
    });

  for (const [name, state, description] of [
    ['check', 'done', 'mark steps (s1, s2-s4) and documents (d1) as done'],
    ['uncheck', 'todo', 'mark steps and documents as not done yet'],
  ] as const) {
    const command = program
      .command(name)
      .description(description)
      .argument('<guide>', 'a guide id, slug or key')
      .argument('<items...>', 'steps s1..sN and documents d1..dN, ranges like s1-s3');
    if (name === 'check') {
      command
        .option('--skip', 'mark as skipped (not needed) instead of done')
        .option(
          '--date <YYYY-MM-DD>',
          "for documents: when you obtained it (checked against each guide's validity rule)",
        )
        .option('--note <text>', 'attach a note to the items');
    }
    command
      .addHelpText(
        'after',
        `\nExamples:\n  $ tramit ${name} imss_enrollment s1 s2 d1\n  $ tramit ${name} mexico/curp_registration s1-s3`,
      )
      .action(async (reference: string, items: string[], options) => {
        const { run } = await import('./commands/check.js');
        await run(await context(), reference, items, options, state);
      });
  }

  program
    .command('status')
    .description('every guide you have started, with steps and documents done')
    .option('--json', 'print JSON')
    .addHelpText('after', '\nExamples:\n  $ tramit status\n  $ tramit status --json')
    .action(async (options) => {
      const { run } = await import('./commands/status.js');
      await run(await context(), options);
    });

  program
    .command('reset')
    .description('forget the progress saved for a guide, or for all guides')
    .argument('[guide]', 'a guide id, slug or key')
    .option('--all', "forget every guide's progress")
    .option('-y, --yes', 'do not ask for confirmation')
    .addHelpText('after', '\nExamples:\n  $ tramit reset imss_enrollment\n  $ tramit reset --all --yes')
    .action(async (reference: string | undefined, options) => {
      const { run } = await import('./commands/reset.js');
      await run(await context(), reference, options);
    });

  program
    .command('export')
    .description('the checklist (steps and documents, with their state) as text, markdown or JSON')
    .argument('<guide>', 'a guide id, slug or key')
    .option('-f, --format <format>', 'text, markdown or json', 'text')
    .option('-o, --output <file>', 'write to a file instead of stdout')
    .option('--force', 'replace the file if it exists')
    .addHelpText(
      'after',
      '\nExamples:\n  $ tramit export imss_enrollment\n  $ tramit export imss_enrollment --format markdown -o imss.md',
    )
    .action(async (reference: string, options) => {
      const { run } = await import('./commands/export.js');
      await run(await context(), reference, options);
    });

  const wallet = program
    .command('wallet')
    .description('the documents you hold, shared by every guide that asks for them')
    .option('--json', 'print JSON')
    .addHelpText(
      'after',
      '\nExamples:\n  $ tramit wallet\n  $ tramit wallet add "proof of address" --date 2026-08-01\n  $ tramit wallet remove passport',
    )
    .action(async (options) => {
      const { runList } = await import('./commands/wallet.js');
      await runList(await context(), options);
    });
  wallet
    .command('add')
    .description('add a document you hold (a kind like passport or proof_of_address, or any name)')
    .argument('<document>', 'a document kind or name')
    .option('--date <YYYY-MM-DD>', 'when you obtained it')
    .addHelpText(
      'after',
      '\nExamples:\n  $ tramit wallet add passport --date 2024-03-15\n  $ tramit wallet add "comprobante de domicilio" --date 2026-10-01',
    )
    .action(async (document: string, options) => {
      const { runAdd } = await import('./commands/wallet.js');
      await runAdd(await context(), document, options);
    });
  wallet
    .command('remove')
    .alias('rm')
    .description('take a document out of your wallet')
    .argument('<document>', 'a document kind or name')
    .addHelpText('after', '\nExamples:\n  $ tramit wallet remove passport')
    .action(async (document: string) => {
      const { runRemove } = await import('./commands/wallet.js');
      await runRemove(await context(), document);
    });

  const sources = program
    .command('sources')
    .description('extra guide folders kept in your settings (e.g. a clone of the community guide library)')
    .addHelpText(
      'after',
      '\nExamples:\n  $ tramit sources add ~/tramit-guides\n  $ tramit sources list\n  $ tramit sources remove ~/tramit-guides',
    );
  sources
    .command('list', { isDefault: true })
    .description('the extra guide folders')
    .option('--json', 'print JSON')
    .addHelpText('after', '\nExamples:\n  $ tramit sources list --json')
    .action(async (options) => {
      const { runList } = await import('./commands/sources.js');
      await runList(await context(), options);
    });
  sources
    .command('add')
    .description('add a folder of guides (kept as an absolute path)')
    .argument('<dir>', 'a folder of guides')
    .addHelpText('after', '\nExamples:\n  $ tramit sources add ~/tramit-guides')
    .action(async (dir: string) => {
      const { runAdd } = await import('./commands/sources.js');
      await runAdd(await context(), dir);
    });
  sources
    .command('remove')
    .alias('rm')
    .description('stop reading a folder of guides')
    .argument('<dir>', 'a folder added before')
    .addHelpText('after', '\nExamples:\n  $ tramit sources remove ~/tramit-guides')
    .action(async (dir: string) => {
      const { runRemove } = await import('./commands/sources.js');
      await runRemove(await context(), dir);
    });

  const config = program
    .command('config')
    .description('your settings (language, guide folders) and where they are kept')
    .addHelpText(
      'after',
      '\nExamples:\n  $ tramit config set lang es\n  $ tramit config get lang\n  $ tramit config list\n  $ tramit config path',
    );
  config
    .command('list', { isDefault: true })
    .description('every setting and its value')
    .option('--json', 'print JSON')
    .addHelpText('after', '\nExamples:\n  $ tramit config list')
    .action(async (options) => {
      const { runList } = await import('./commands/config.js');
      await runList(await context(), options);
    });
  config
    .command('get')
    .description("one setting's value")
    .argument('<key>', 'lang or sources')
    .addHelpText('after', '\nExamples:\n  $ tramit config get lang')
    .action(async (key: string) => {
      const { runGet } = await import('./commands/config.js');
      await runGet(await context(), key);
    });
  config
    .command('set')
    .description('change a setting (the value is checked)')
    .argument('<key>', 'the setting')
    .argument('<value>', 'its new value')
    .addHelpText('after', '\nExamples:\n  $ tramit config set lang es')
    .action(async (key: string, value: string) => {
      const { runSet } = await import('./commands/config.js');
      await runSet(await context(), key, value);
    });
  config
    .command('unset')
    .description('go back to the default for a setting')
    .argument('<key>', 'the setting')
    .addHelpText('after', '\nExamples:\n  $ tramit config unset lang')
    .action(async (key: string) => {
      const { runUnset } = await import('./commands/config.js');
      await runUnset(await context(), key);
    });
  config
    .command('path')
    .description('the file your settings are kept in')
    .addHelpText('after', '\nExamples:\n  $ tramit config path')
    .action(async () => {
      const { runPath } = await import('./commands/config.js');
      await runPath(await context());
    });

  program
    .command('completion')
    .description('a shell script that completes commands, countries and guide ids on Tab')
    .argument('<shell>', 'bash, zsh or fish')
    .addHelpText(
      'after',
      '\nExamples:\n  $ source <(tramit completion bash)      # in ~/.bashrc\n  $ source <(tramit completion zsh)       # in ~/.zshrc\n  $ tramit completion fish | source       # in config.fish',
    )
    .action(async (shell: string) => {
      const { runScript } = await import('./commands/completion.js');
      await runScript(await context(), shell);
    });

  program
    .command('__complete', { hidden: true })
    .argument('<cword>')
    .argument('[words...]')
    .allowUnknownOption()
    .helpOption(false)
    .action(async (cword: string, words: string[]) => {
      const { runComplete } = await import('./commands/completion.js');
      await runComplete(await context(), program, cword, words);
    });

  program
    .command('new')
    .description('write a new guide skeleton, in the guide format, for you to fill in')
    .argument('<id>', '<country>/<slug>, e.g. peru/dni_renewal')
    .option('--dir <dir>', 'the library folder to write into', '.')
    .addHelpText(
      'after',
      '\nExamples:\n  $ tramit new peru/dni_renewal\n  $ tramit --lang es new peru/renovacion_dni --dir ~/tramit-guides',
    )
    .action(async (id: string, options) => {
      const { run } = await import('./commands/new.js');
      await run(await context(), id, {
        ...options,
        ...(program.opts<GlobalOptions>().lang ? { lang: program.opts<GlobalOptions>().lang } : {}),
      });
    });

  // --no-color and NO_COLOR reach chalk before any command loads it.
  program.hook('preAction', () => {
    if (program.opts<GlobalOptions>().color === false || process.env.NO_COLOR) process.env.FORCE_COLOR = '0';
  });

  return program;
}
