import { Command, Help, type OptionValues } from 'commander';
import { COMMANDS, GLOBAL_OPTIONS, type Call, type CommandSpec, type OptionSpec } from './cli-commands.js';
import type { Context, GlobalOptions } from './context.js';
import { commanderErrorText, localizeName, localizeTerms } from './i18n/english.js';
import { localize, type MessageKey } from './i18n/index.js';
import { stderrIsTTY, stdoutIsTTY, terminalSize, writeErr, writeOut } from './output.js';

function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

/** An "Examples:" block for the end of a command's help. */
function examples(key: MessageKey, params?: Record<string, string>): string {
  return `\n${localize('help.examples')}\n${localize(key, params)}`;
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
    .replace(/(\(|, )default: /g, (_m, before: string) => `${before}${localize('help.default')} `)
    .replace(/\(choices: /g, `(${localize('help.choices')} `);
}

/** commander's help in the interface language: titles, placeholders and what it adds to descriptions. */
const HELP_CONFIGURATION: Partial<Help> = {
  styleTitle: (title: string) => (HELP_TITLES[title] ? localize(HELP_TITLES[title]) : title),
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
 * Builds the command tree from the table in cli-commands.ts. Nothing runs on import, and every
 * action loads its module only when called, so `tramit list` never pays for the renderer or the
 * prompts. `env` is the run's environment (the process's, or a test's).
 */
export function createProgram(version: string, env: NodeJS.ProcessEnv = process.env): Command {
  const program = new Command('tramit');
  // The context (settings, library, store) loads with the first command that needs it, not with --help.
  // Set by the command about to run (preAction): a JSON command gets no progress line.
  let json = false;
  const context = async (): Promise<Context> =>
    (await import('./context.js')).createContext(program.opts<GlobalOptions>(), env, { json });

  configureProgram(program, version);
  const byName = new Map<string, Command>([['', program]]);
  for (const spec of COMMANDS) {
    const words = spec.name.split(' ');
    const parent = byName.get(words.slice(0, -1).join(' '))!;
    byName.set(
      spec.name,
      addCommand(parent, words.at(-1)!, spec, (args, options) => ({ context, args, options, program })),
    );
  }

  program.hook('preAction', async (_program, command) => {
    const options = program.opts<GlobalOptions>();
    // --no-color and NO_COLOR reach chalk before any command loads it.
    if (options.color === false || env.NO_COLOR) env.FORCE_COLOR = '0';
    json = command.opts<{ json?: boolean }>().json === true;
    // `--lang` takes what `config set lang` takes (and `all`), and is refused the same way.
    if (options.lang !== undefined && options.lang.trim().toLowerCase() !== 'all') {
      const { SETTINGS } = await import('./settings/definitions.js');
      SETTINGS.lang.parse(options.lang);
    }
  });

  return program;
}

/** The program's own options, help and output, in the interface language. */
function configureProgram(program: Command, version: string): void {
  // Set before the subcommands exist, so they inherit it: every parse error reaches main.ts.
  program.exitOverride();
  // Messages, help titles and commander's own errors in the interface language (see i18n/).
  program.configureOutput({
    writeOut,
    writeErr,
    // The run's terminal, not necessarily the process's (a test runs commands in-process).
    getOutHelpWidth: () => (stdoutIsTTY() ? terminalSize().columns : 80),
    getErrHelpWidth: () => (stderrIsTTY() ? terminalSize().columns : 80),
    outputError: (text, write) => write(`tramit: ${commanderErrorText(text)}`),
  });
  program.configureHelp(HELP_CONFIGURATION);
  program.helpCommand('help [command]', localize('help.helpCommand'));
  program
    .description(localize('cli.program.description'))
    .version(version, '-V, --version', localize('help.versionOption'))
    .helpOption('-h, --help', localize('help.helpOption'));
  addOptions(program, GLOBAL_OPTIONS);
  program.showSuggestionAfterError(true).addHelpText('after', examples('cli.program.examples'));
}

/** One command of the table, under `parent`; `call` makes what its action gets. */
function addCommand(
  parent: Command,
  name: string,
  spec: CommandSpec,
  call: (args: unknown[], options: OptionValues) => Call,
): Command {
  const command = parent.command(name, {
    ...(spec.isDefault ? { isDefault: true } : {}),
    ...(spec.protocol ? { hidden: true } : {}),
  });
  if (spec.alias) command.alias(spec.alias);
  if (spec.description) command.description(localize(spec.description));
  for (const [term, description] of spec.args ?? [])
    command.argument(term, description ? localize(description) : '');
  addOptions(command, spec.options ?? []);
  if (spec.protocol) command.allowUnknownOption().helpOption(false);
  if (spec.examples) command.addHelpText('after', examples(spec.examples, spec.exampleParams));
  const run = spec.run;
  if (run)
    command.action(async (...received: unknown[]) => {
      // commander passes the arguments, then the options, then the command itself.
      const args = received.slice(0, -2);
      await run(call(args, received.at(-2) as OptionValues));
    });
  return command;
}

function addOptions(command: Command, options: readonly OptionSpec[]): void {
  for (const option of options) {
    if (option.repeat) command.option(option.flags, localize(option.description), collect);
    else if (option.default !== undefined)
      command.option(option.flags, localize(option.description), option.default);
    else command.option(option.flags, localize(option.description));
  }
}
