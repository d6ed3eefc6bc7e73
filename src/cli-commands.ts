import type { Command, OptionValues } from 'commander';
import type { Context, GlobalOptions } from './context.js';
import type { MessageKey } from './i18n/index.js';

/**
 * tramit's commands as data: what `--help` shows of each, and what runs it. src/cli.ts builds the
 * commander program from this table. Each `run` loads its command's module only when called, so
 * `tramit list` never pays for the renderer or the prompts. A new command is one entry here, one
 * file in src/commands/, and its messages in src/i18n/.
 */
export interface CommandSpec {
  /** The words that call it: `list`, or `wallet add` for a subcommand of `wallet`. */
  name: string;
  alias?: string;
  /** Help text; none for a hidden command. */
  description?: MessageKey;
  /** `<name>` required, `[name]` optional, `...` variadic; with its help text. */
  args?: ReadonlyArray<readonly [string, MessageKey?]>;
  options?: readonly OptionSpec[];
  /** The "Examples:" block at the end of its help, and the values it names. */
  examples?: MessageKey;
  exampleParams?: Record<string, string>;
  /** Runs when the group is called without a subcommand (`sources` is `sources list`). */
  isDefault?: boolean;
  /** The shell-completion protocol: not for people, and takes whatever follows. */
  protocol?: boolean;
  run?: (call: Call) => Promise<void>;
}

/** `--flag <value>` and its help text; `repeat` collects every use into a list. */
export interface OptionSpec {
  flags: string;
  description: MessageKey;
  default?: string;
  repeat?: boolean;
}

/** What an action gets: its context (made on demand), arguments, options and the program. */
export interface Call {
  context: () => Promise<Context>;
  args: unknown[];
  /** As commander parsed them (each command reads its own). */
  options: OptionValues;
  program: Command;
}

/**
 * A name typed as several words (`show inscripcion imss`, `wallet add acta de nacimiento`): one
 * name, never "too many arguments". Where a name is the last argument it is variadic, joined here.
 */
const joined = (words: unknown): string => (words as string[]).join(' ');
/** An optional variadic name: undefined when none was given. */
const optionalName = (words: unknown): string | undefined =>
  (words as string[]).length > 0 ? joined(words) : undefined;

const json: OptionSpec = { flags: '--json', description: 'cli.option.json' };

/** The options of the program itself, before any command. */
export const GLOBAL_OPTIONS: readonly OptionSpec[] = [
  { flags: '--lang <code>', description: 'cli.option.lang' },
  { flags: '--guides-dir <dir>', description: 'cli.option.guidesDir', repeat: true },
  { flags: '--no-bundled', description: 'cli.option.noBundled' },
  { flags: '--no-color', description: 'cli.option.noColor' },
  { flags: '--verbose', description: 'cli.option.verbose' },
];

/** `check` and `uncheck` differ in the state they set and two options. */
function checkCommand(name: 'check' | 'uncheck', state: 'done' | 'todo', extra: OptionSpec[]): CommandSpec {
  return {
    name,
    description: `cli.${name}.description`,
    args: [
      ['<guide>', 'cli.arg.guide'],
      ['<items...>', 'cli.check.items'],
    ],
    options: [
      ...extra,
      { flags: '--date <YYYY-MM-DD>', description: 'cli.check.date' },
      { flags: '--note <text>', description: 'cli.check.note' },
    ],
    examples: 'cli.check.examples',
    exampleParams: { command: name },
    run: async ({ context, args, options }) =>
      (await import('./commands/check.js')).run(
        await context(),
        args[0] as string,
        args[1] as string[],
        options,
        state,
      ),
  };
}

export const COMMANDS: readonly CommandSpec[] = [
  {
    name: 'list',
    alias: 'ls',
    description: 'cli.list.description',
    args: [['[country]', 'cli.list.country']],
    options: [{ flags: '--topic <topic>', description: 'cli.list.topic' }, json],
    examples: 'cli.list.examples',
    run: async ({ context, args, options }) =>
      (await import('./commands/list.js')).run(await context(), args[0] as string | undefined, options),
  },
  {
    name: 'countries',
    description: 'cli.countries.description',
    options: [json],
    examples: 'cli.countries.examples',
    run: async ({ context, options }) =>
      (await import('./commands/list.js')).runCountries(await context(), options),
  },
  {
    name: 'topics',
    description: 'cli.topics.description',
    options: [{ flags: '--all', description: 'cli.topics.all' }, json],
    examples: 'cli.topics.examples',
    run: async ({ context, options }) => (await import('./commands/topics.js')).run(await context(), options),
  },
  {
    name: 'search',
    description: 'cli.search.description',
    args: [['<words...>', 'cli.search.words']],
    options: [
      { flags: '--country <country>', description: 'cli.search.country' },
      { flags: '--topic <topic>', description: 'cli.search.topic' },
      { flags: '--limit <n>', description: 'cli.search.limit', default: '10' },
      { flags: '--json', description: 'cli.search.json' },
    ],
    examples: 'cli.search.examples',
    run: async ({ context, args, options }) =>
      (await import('./commands/search.js')).run(await context(), args[0] as string[], options),
  },
  {
    name: 'show',
    description: 'cli.show.description',
    args: [['<guide...>', 'cli.show.guide']],
    options: [
      { flags: '--json', description: 'cli.show.json' },
      { flags: '--no-pager', description: 'cli.show.noPager' },
    ],
    examples: 'cli.show.examples',
    run: async ({ context, args, options }) =>
      (await import('./commands/show.js')).run(await context(), joined(args[0]), options),
  },
  {
    name: 'walk',
    alias: 'start',
    description: 'cli.walk.description',
    args: [['[guide...]', 'cli.arg.guide']],
    options: [
      { flags: '--restart', description: 'cli.walk.restart' },
      { flags: '--plan <name>', description: 'cli.walk.plan' },
    ],
    examples: 'cli.walk.examples',
    run: async ({ context, args, options }) =>
      (await import('./commands/walk.js')).run(await context(), optionalName(args[0]), options),
  },
  {
    name: 'plan',
    description: 'cli.plan.description',
    args: [['[guide...]', 'cli.plan.guides']],
    options: [
      { flags: '--country <country>', description: 'cli.plan.country' },
      { flags: '--topic <topic>', description: 'cli.plan.topic' },
      { flags: '--goal <goal>', description: 'cli.plan.goal', repeat: true },
      { flags: '--save <name>', description: 'cli.plan.save' },
      { flags: '--list', description: 'cli.plan.list' },
      { flags: '--remove <name>', description: 'cli.plan.remove' },
      { flags: '--json', description: 'cli.plan.json' },
    ],
    examples: 'cli.plan.examples',
    run: async ({ context, args, options }) =>
      (await import('./commands/plan.js')).run(await context(), args[0] as string[], options),
  },
  {
    name: 'validate',
    description: 'cli.validate.description',
    args: [['[paths...]', 'cli.validate.paths']],
    options: [json, { flags: '--strict', description: 'cli.validate.strict' }],
    examples: 'cli.validate.examples',
    run: async ({ context, args, options }) =>
      (await import('./commands/validate.js')).run(await context(), args[0] as string[], options),
  },
  {
    name: 'checklist',
    description: 'cli.checklist.description',
    args: [['<guide...>', 'cli.arg.guide']],
    options: [{ flags: '-i, --interactive', description: 'cli.checklist.interactive' }, json],
    examples: 'cli.checklist.examples',
    run: async ({ context, args, options }) =>
      (await import('./commands/checklist.js')).run(await context(), joined(args[0]), options),
  },
  checkCommand('check', 'done', [
    { flags: '--skip', description: 'cli.check.skip' },
    { flags: '--kind <kind>', description: 'cli.check.kind' },
  ]),
  checkCommand('uncheck', 'todo', []),
  {
    name: 'status',
    description: 'cli.status.description',
    options: [json],
    examples: 'cli.status.examples',
    run: async ({ context, options }) => (await import('./commands/status.js')).run(await context(), options),
  },
  {
    name: 'reset',
    description: 'cli.reset.description',
    args: [['[guide...]', 'cli.arg.guide']],
    options: [
      { flags: '--all', description: 'cli.reset.all' },
      { flags: '-y, --yes', description: 'cli.reset.yes' },
    ],
    examples: 'cli.reset.examples',
    run: async ({ context, args, options }) =>
      (await import('./commands/reset.js')).run(await context(), optionalName(args[0]), options),
  },
  {
    name: 'export',
    description: 'cli.export.description',
    args: [['<guide...>', 'cli.arg.guide']],
    options: [
      { flags: '-f, --format <format>', description: 'cli.export.format' },
      { flags: '-o, --output <file>', description: 'cli.export.output' },
      { flags: '--force', description: 'cli.export.force' },
    ],
    examples: 'cli.export.examples',
    run: async ({ context, args, options }) =>
      (await import('./commands/export.js')).run(await context(), joined(args[0]), options),
  },
  {
    name: 'wallet',
    description: 'cli.wallet.description',
    options: [json],
    examples: 'cli.wallet.examples',
    run: async ({ context, options }) =>
      (await import('./commands/wallet.js')).runList(await context(), options),
  },
  {
    name: 'wallet add',
    description: 'cli.wallet.add.description',
    args: [['<document...>', 'cli.wallet.document']],
    options: [
      { flags: '--date <YYYY-MM-DD>', description: 'cli.wallet.add.date' },
      { flags: '--custom', description: 'cli.wallet.add.custom' },
    ],
    examples: 'cli.wallet.add.examples',
    run: async ({ context, args, options }) =>
      (await import('./commands/wallet.js')).runAdd(await context(), joined(args[0]), options),
  },
  {
    name: 'wallet remove',
    alias: 'rm',
    description: 'cli.wallet.remove.description',
    args: [['<document...>', 'cli.wallet.document']],
    examples: 'cli.wallet.remove.examples',
    run: async ({ context, args }) =>
      (await import('./commands/wallet.js')).runRemove(await context(), joined(args[0])),
  },
  { name: 'sources', description: 'cli.sources.description', examples: 'cli.sources.examples' },
  {
    name: 'sources list',
    isDefault: true,
    description: 'cli.sources.list.description',
    options: [json],
    examples: 'cli.sources.list.examples',
    run: async ({ context, options }) =>
      (await import('./commands/sources.js')).runList(await context(), options),
  },
  {
    name: 'sources add',
    description: 'cli.sources.add.description',
    args: [['<dir>', 'cli.sources.add.dir']],
    options: [{ flags: '--no-clone', description: 'cli.sources.add.noClone' }],
    examples: 'cli.sources.add.examples',
    run: async ({ context, args, options }) =>
      (await import('./commands/sources.js')).runAdd(await context(), args[0] as string, options),
  },
  {
    name: 'sources remove',
    alias: 'rm',
    description: 'cli.sources.remove.description',
    args: [['<dir>', 'cli.sources.remove.dir']],
    examples: 'cli.sources.remove.examples',
    run: async ({ context, args }) =>
      (await import('./commands/sources.js')).runRemove(await context(), args[0] as string),
  },
  {
    name: 'update',
    description: 'cli.update.description',
    options: [json],
    examples: 'cli.update.examples',
    run: async ({ context, options }) => (await import('./commands/update.js')).run(await context(), options),
  },
  { name: 'config', description: 'cli.config.description', examples: 'cli.config.examples' },
  {
    name: 'config list',
    isDefault: true,
    description: 'cli.config.list.description',
    options: [json],
    examples: 'cli.config.list.examples',
    run: async ({ context, options }) =>
      (await import('./commands/config.js')).runList(await context(), options),
  },
  {
    name: 'config get',
    description: 'cli.config.get.description',
    args: [['<key>', 'cli.config.get.key']],
    examples: 'cli.config.get.examples',
    run: async ({ context, args }) =>
      (await import('./commands/config.js')).runGet(await context(), args[0] as string),
  },
  {
    name: 'config set',
    description: 'cli.config.set.description',
    args: [
      ['<key>', 'cli.config.key'],
      ['<value>', 'cli.config.set.value'],
    ],
    examples: 'cli.config.set.examples',
    run: async ({ context, args }) =>
      (await import('./commands/config.js')).runSet(await context(), args[0] as string, args[1] as string),
  },
  {
    name: 'config unset',
    description: 'cli.config.unset.description',
    args: [['<key>', 'cli.config.key']],
    examples: 'cli.config.unset.examples',
    run: async ({ context, args }) =>
      (await import('./commands/config.js')).runUnset(await context(), args[0] as string),
  },
  {
    name: 'config path',
    description: 'cli.config.path.description',
    examples: 'cli.config.path.examples',
    run: async ({ context }) => (await import('./commands/config.js')).runPath(await context()),
  },
  {
    name: 'completion',
    description: 'cli.completion.description',
    args: [['<shell>', 'cli.completion.shell']],
    examples: 'cli.completion.examples',
    run: async ({ context, args }) =>
      (await import('./commands/completion.js')).runScript(await context(), args[0] as string),
  },
  {
    name: '__complete',
    protocol: true,
    args: [['<shell>'], ['<cword>'], ['[words...]']],
    run: async ({ context, args, program }) =>
      (await import('./commands/completion.js')).runComplete(
        await context(),
        program,
        args[0] as string,
        args[1] as string,
        args[2] as string[],
      ),
  },
  {
    name: 'new',
    description: 'cli.new.description',
    args: [['<id>', 'cli.new.id']],
    options: [{ flags: '--dir <dir>', description: 'cli.new.dir', default: '.' }],
    examples: 'cli.new.examples',
    run: async ({ context, args, options, program }) => {
      const { lang } = program.opts<GlobalOptions>();
      await (
        await import('./commands/new.js')
      ).run(await context(), args[0] as string, { ...options, ...(lang ? { lang } : {}) });
    },
  },
];
