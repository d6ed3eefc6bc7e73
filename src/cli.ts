import { Command, Help, Option } from 'commander';
import type { Context, GlobalOptions } from './context.js';
import { commanderErrorText, localizeName, localizeTerms } from './i18n/english.js';
import { t, type MessageKey } from './i18n/index.js';
import { writeErr, writeOut } from './output.js';

function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

/**
 * A name typed as several words (`show inscripcion imss`, `wallet add acta de nacimiento`): one
 * name, never "too many arguments". Where a name is the last argument it is variadic, joined here.
 */
function joined(words: string[]): string {
  return words.join(' ');
}

/** An "Examples:" block for the end of a command's help. */
function examples(key: MessageKey, params?: Record<string, string>): string {
  return `\n${t('help.examples')}\n${t(key, params)}`;
}

const HELP_TITLES: Record<string, MessageKey> = {
  'Usage:': 'help.usage',
  'Options:': 'help.options',
  'Commands:': 'help.commands',
  'Arguments:': 'help.arguments',
  'Global Options:': 'help.globalOptions',
};

/** commander's "(default: …)" and "(choices: …)" after a description, in the interface language. */
function localizeExtras(description: string): string {
  return description
    .replace(/(\(|, )default: /g, (_m, before: string) => `${before}${t('help.default')} `)
    .replace(/\(choices: /g, `(${t('help.choices')} `);
}

/** commander's help in the interface language: titles, placeholders and what it adds to descriptions. */
const HELP_CONFIGURATION: Partial<Help> = {
  styleTitle: (title: string) => (HELP_TITLES[title] ? t(HELP_TITLES[title]) : title),
  commandUsage(this: Help, command: Command) {
    return localizeTerms(Help.prototype.commandUsage.call(this, command));
  },
  subcommandTerm(this: Help, command: Command) {
    return localizeTerms(Help.prototype.subcommandTerm.call(this, command));
  },
  argumentTerm(this: Help, argument) {
    return localizeName(Help.prototype.argumentTerm.call(this, argument));
  },
  optionTerm(this: Help, option) {
    return localizeTerms(Help.prototype.optionTerm.call(this, option));
  },
  optionDescription(this: Help, option) {
    return localizeExtras(Help.prototype.optionDescription.call(this, option));
  },
  argumentDescription(this: Help, argument) {
    return localizeExtras(Help.prototype.argumentDescription.call(this, argument));
  },
};

/**
 * Builds the command tree. Nothing runs on import, and every action loads its module only when
 * called, so `tramit list` never pays for the renderer or the prompts.
 */
export function createProgram(version: string): Command {
  const program = new Command('tramit');
  // The context (settings, library, store) loads with the first command that needs it, not with --help.
  // Set by the command about to run (preAction): a JSON command gets no progress line.
  let json = false;
  const context = async (): Promise<Context> =>
    (await import('./context.js')).createContext(program.opts<GlobalOptions>(), process.env, { json });

  // Set before the subcommands exist, so they inherit it: every parse error reaches main.ts.
  program.exitOverride();
  // Messages, help titles and commander's own errors in the interface language (see i18n/).
  program.configureOutput({
    writeOut,
    writeErr,
    outputError: (text, write) => write(`tramit: ${commanderErrorText(text)}`),
  });
  program.configureHelp(HELP_CONFIGURATION);
  program.helpCommand('help [command]', t('help.helpCommand'));

  program
    .description(t('cli.program.description'))
    .version(version, '-V, --version', t('help.versionOption'))
    .helpOption('-h, --help', t('help.helpOption'))
    .option('--lang <code>', t('cli.option.lang'))
    .option('--guides-dir <dir>', t('cli.option.guidesDir'), collect)
    .option('--no-bundled', t('cli.option.noBundled'))
    .option('--no-color', t('cli.option.noColor'))
    .option('--verbose', t('cli.option.verbose'))
    .showSuggestionAfterError(true)
    .addHelpText('after', examples('cli.program.examples'));

  program
    .command('list')
    .alias('ls')
    .description(t('cli.list.description'))
    .argument('[country]', t('cli.list.country'))
    .option('--topic <topic>', t('cli.list.topic'))
    .option('--json', t('cli.option.json'))
    .addHelpText('after', examples('cli.list.examples'))
    .action(async (country: string | undefined, options) => {
      const { run } = await import('./commands/list.js');
      await run(await context(), country, options);
    });

  program
    .command('countries')
    .description(t('cli.countries.description'))
    .option('--json', t('cli.option.json'))
    .addHelpText('after', examples('cli.countries.examples'))
    .action(async (options) => {
      const { runCountries } = await import('./commands/list.js');
      await runCountries(await context(), options);
    });

  program
    .command('topics')
    .description(t('cli.topics.description'))
    .option('--all', t('cli.topics.all'))
    .option('--json', t('cli.option.json'))
    .addHelpText('after', examples('cli.topics.examples'))
    .action(async (options) => {
      const { run } = await import('./commands/topics.js');
      await run(await context(), options);
    });

  program
    .command('search')
    .description(t('cli.search.description'))
    .argument('<words...>', t('cli.search.words'))
    .option('--country <country>', t('cli.search.country'))
    .option('--topic <topic>', t('cli.search.topic'))
    .option('--limit <n>', t('cli.search.limit'), '10')
    .option('--json', t('cli.search.json'))
    .addHelpText('after', examples('cli.search.examples'))
    .action(async (words: string[], options) => {
      const { run } = await import('./commands/search.js');
      await run(await context(), words, options);
    });

  program
    .command('show')
    .description(t('cli.show.description'))
    .argument('<guide...>', t('cli.show.guide'))
    .option('--json', t('cli.show.json'))
    .option('--no-pager', t('cli.show.noPager'))
    .addHelpText('after', examples('cli.show.examples'))
    .action(async (reference: string[], options) => {
      const { run } = await import('./commands/show.js');
      await run(await context(), joined(reference), options);
    });

  program
    .command('walk')
    .alias('start')
    .description(t('cli.walk.description'))
    .argument('[guide...]', t('cli.arg.guide'))
    .option('--restart', t('cli.walk.restart'))
    .option('--plan <name>', t('cli.walk.plan'))
    .addHelpText('after', examples('cli.walk.examples'))
    .action(async (reference: string[], options) => {
      const { run } = await import('./commands/walk.js');
      await run(await context(), reference.length > 0 ? joined(reference) : undefined, options);
    });

  program
    .command('plan')
    .description(t('cli.plan.description'))
    .argument('[guide...]', t('cli.plan.guides'))
    .option('--country <country>', t('cli.plan.country'))
    .option('--topic <topic>', t('cli.plan.topic'))
    .option('--goal <goal>', t('cli.plan.goal'), collect)
    .option('--save <name>', t('cli.plan.save'))
    .option('--list', t('cli.plan.list'))
    .option('--remove <name>', t('cli.plan.remove'))
    .option('--json', t('cli.plan.json'))
    .addHelpText('after', examples('cli.plan.examples'))
    .action(async (references: string[], options) => {
      const { run } = await import('./commands/plan.js');
      await run(await context(), references, options);
    });

  program
    .command('validate')
    .description(t('cli.validate.description'))
    .argument('[paths...]', t('cli.validate.paths'))
    .option('--json', t('cli.option.json'))
    .addOption(new Option('--strict', t('cli.validate.strict')))
    .addHelpText('after', examples('cli.validate.examples'))
    .action(async (paths: string[], options) => {
      const { run } = await import('./commands/validate.js');
      await run(await context(), paths, options);
    });

  program
    .command('checklist')
    .description(t('cli.checklist.description'))
    .argument('<guide...>', t('cli.arg.guide'))
    .option('-i, --interactive', t('cli.checklist.interactive'))
    .option('--json', t('cli.option.json'))
    .addHelpText('after', examples('cli.checklist.examples'))
    .action(async (reference: string[], options) => {
      const { run } = await import('./commands/checklist.js');
      await run(await context(), joined(reference), options);
    });

  for (const [name, state, description] of [
    ['check', 'done', t('cli.check.description')],
    ['uncheck', 'todo', t('cli.uncheck.description')],
  ] as const) {
    const command = program
      .command(name)
      .description(description)
      .argument('<guide>', t('cli.arg.guide'))
      .argument('<items...>', t('cli.check.items'));
    if (name === 'check')
      command.option('--skip', t('cli.check.skip')).option('--kind <kind>', t('cli.check.kind'));
    command.option('--date <YYYY-MM-DD>', t('cli.check.date')).option('--note <text>', t('cli.check.note'));
    command
      .addHelpText('after', examples('cli.check.examples', { command: name }))
      .action(async (reference: string, items: string[], options) => {
        const { run } = await import('./commands/check.js');
        await run(await context(), reference, items, options, state);
      });
  }

  program
    .command('status')
    .description(t('cli.status.description'))
    .option('--json', t('cli.option.json'))
    .addHelpText('after', examples('cli.status.examples'))
    .action(async (options) => {
      const { run } = await import('./commands/status.js');
      await run(await context(), options);
    });

  program
    .command('reset')
    .description(t('cli.reset.description'))
    .argument('[guide...]', t('cli.arg.guide'))
    .option('--all', t('cli.reset.all'))
    .option('-y, --yes', t('cli.reset.yes'))
    .addHelpText('after', examples('cli.reset.examples'))
    .action(async (reference: string[], options) => {
      const { run } = await import('./commands/reset.js');
      await run(await context(), reference.length > 0 ? joined(reference) : undefined, options);
    });

  program
    .command('export')
    .description(t('cli.export.description'))
    .argument('<guide...>', t('cli.arg.guide'))
    .option('-f, --format <format>', t('cli.export.format'))
    .option('-o, --output <file>', t('cli.export.output'))
    .option('--force', t('cli.export.force'))
    .addHelpText('after', examples('cli.export.examples'))
    .action(async (reference: string[], options) => {
      const { run } = await import('./commands/export.js');
      await run(await context(), joined(reference), options);
    });

  const wallet = program
    .command('wallet')
    .description(t('cli.wallet.description'))
    .option('--json', t('cli.option.json'))
    .addHelpText('after', examples('cli.wallet.examples'))
    .action(async (options) => {
      const { runList } = await import('./commands/wallet.js');
      await runList(await context(), options);
    });
  wallet
    .command('add')
    .description(t('cli.wallet.add.description'))
    .argument('<document...>', t('cli.wallet.document'))
    .option('--date <YYYY-MM-DD>', t('cli.wallet.add.date'))
    .option('--custom', t('cli.wallet.add.custom'))
    .addHelpText('after', examples('cli.wallet.add.examples'))
    .action(async (document: string[], options) => {
      const { runAdd } = await import('./commands/wallet.js');
      await runAdd(await context(), joined(document), options);
    });
  wallet
    .command('remove')
    .alias('rm')
    .description(t('cli.wallet.remove.description'))
    .argument('<document...>', t('cli.wallet.document'))
    .addHelpText('after', examples('cli.wallet.remove.examples'))
    .action(async (document: string[]) => {
      const { runRemove } = await import('./commands/wallet.js');
      await runRemove(await context(), joined(document));
    });

  const sources = program
    .command('sources')
    .description(t('cli.sources.description'))
    .addHelpText('after', examples('cli.sources.examples'));
  sources
    .command('list', { isDefault: true })
    .description(t('cli.sources.list.description'))
    .option('--json', t('cli.option.json'))
    .addHelpText('after', examples('cli.sources.list.examples'))
    .action(async (options) => {
      const { runList } = await import('./commands/sources.js');
      await runList(await context(), options);
    });
  sources
    .command('add')
    .description(t('cli.sources.add.description'))
    .argument('<dir>', t('cli.sources.add.dir'))
    .option('--no-clone', t('cli.sources.add.noClone'))
    .addHelpText('after', examples('cli.sources.add.examples'))
    .action(async (dir: string, options) => {
      const { runAdd } = await import('./commands/sources.js');
      await runAdd(await context(), dir, options);
    });
  sources
    .command('remove')
    .alias('rm')
    .description(t('cli.sources.remove.description'))
    .argument('<dir>', t('cli.sources.remove.dir'))
    .addHelpText('after', examples('cli.sources.remove.examples'))
    .action(async (dir: string) => {
      const { runRemove } = await import('./commands/sources.js');
      await runRemove(await context(), dir);
    });

  program
    .command('update')
    .description(t('cli.update.description'))
    .option('--json', t('cli.option.json'))
    .addHelpText('after', examples('cli.update.examples'))
    .action(async (options) => {
      const { run } = await import('./commands/update.js');
      await run(await context(), options);
    });

  const config = program
    .command('config')
    .description(t('cli.config.description'))
    .addHelpText('after', examples('cli.config.examples'));
  config
    .command('list', { isDefault: true })
    .description(t('cli.config.list.description'))
    .option('--json', t('cli.option.json'))
    .addHelpText('after', examples('cli.config.list.examples'))
    .action(async (options) => {
      const { runList } = await import('./commands/config.js');
      await runList(await context(), options);
    });
  config
    .command('get')
    .description(t('cli.config.get.description'))
    .argument('<key>', t('cli.config.get.key'))
    .addHelpText('after', examples('cli.config.get.examples'))
    .action(async (key: string) => {
      const { runGet } = await import('./commands/config.js');
      await runGet(await context(), key);
    });
  config
    .command('set')
    .description(t('cli.config.set.description'))
    .argument('<key>', t('cli.config.key'))
    .argument('<value>', t('cli.config.set.value'))
    .addHelpText('after', examples('cli.config.set.examples'))
    .action(async (key: string, value: string) => {
      const { runSet } = await import('./commands/config.js');
      await runSet(await context(), key, value);
    });
  config
    .command('unset')
    .description(t('cli.config.unset.description'))
    .argument('<key>', t('cli.config.key'))
    .addHelpText('after', examples('cli.config.unset.examples'))
    .action(async (key: string) => {
      const { runUnset } = await import('./commands/config.js');
      await runUnset(await context(), key);
    });
  config
    .command('path')
    .description(t('cli.config.path.description'))
    .addHelpText('after', examples('cli.config.path.examples'))
    .action(async () => {
      const { runPath } = await import('./commands/config.js');
      await runPath(await context());
    });

  program
    .command('completion')
    .description(t('cli.completion.description'))
    .argument('<shell>', t('cli.completion.shell'))
    .addHelpText('after', examples('cli.completion.examples'))
    .action(async (shell: string) => {
      const { runScript } = await import('./commands/completion.js');
      await runScript(await context(), shell);
    });

  program
    .command('__complete', { hidden: true })
    .argument('<shell>')
    .argument('<cword>')
    .argument('[words...]')
    .allowUnknownOption()
    .helpOption(false)
    .action(async (shell: string, cword: string, words: string[]) => {
      const { runComplete } = await import('./commands/completion.js');
      await runComplete(await context(), program, shell, cword, words);
    });

  program
    .command('new')
    .description(t('cli.new.description'))
    .argument('<id>', t('cli.new.id'))
    .option('--dir <dir>', t('cli.new.dir'), '.')
    .addHelpText('after', examples('cli.new.examples'))
    .action(async (id: string, options) => {
      const { run } = await import('./commands/new.js');
      await run(await context(), id, {
        ...options,
        ...(program.opts<GlobalOptions>().lang ? { lang: program.opts<GlobalOptions>().lang } : {}),
      });
    });

  program.hook('preAction', async (_program, command) => {
    const options = program.opts<GlobalOptions>();
    // --no-color and NO_COLOR reach chalk before any command loads it.
    if (options.color === false || process.env.NO_COLOR) process.env.FORCE_COLOR = '0';
    json = command.opts<{ json?: boolean }>().json === true;
    // `--lang` takes what `config set lang` takes (and `all`), and is refused the same way.
    if (options.lang !== undefined && options.lang.trim().toLowerCase() !== 'all') {
      const { SETTINGS } = await import('./settings.js');
      SETTINGS.lang.parse(options.lang);
    }
  });

  return program;
}
