import type { Command } from 'commander';
import type { Context } from '../context.js';
import { UsageError } from '../errors.js';
import { TOPICS } from '../guide/topics.js';
import { GUIDE_LANGUAGES } from '../library/languages.js';
import { SETTINGS } from '../settings/definitions.js';
import { localize } from '../i18n/index.js';
import { writeForShell } from '../output.js';
import { completionOutput, SHELLS, unquote, type Shell } from '../text/shell-words.js';

/**
 * The scripts talk to `tramit __complete <shell> <cword> -- <words…>` (see text/shell-words.ts for
 * how words are quoted each way). Each reads the answer without expanding it: an id such as
 * `nie$(touch x)` is inserted as one literal word, never run.
 */
export const SCRIPTS: Record<Shell, string> = {
  bash: `# tramit completion for bash. Load it with:  source <(tramit completion bash)
_tramit() {
  local line
  COMPREPLY=()
  # One word per line, already quoted for bash: kept as it is, never expanded here.
  while IFS= read -r line; do
    COMPREPLY+=("$line")
  done < <(tramit __complete bash "$COMP_CWORD" -- "\${COMP_WORDS[@]:1}" 2>/dev/null)
}
complete -o default -F _tramit tramit
`,
  zsh: `#compdef tramit
# tramit completion for zsh. Load it with:  source <(tramit completion zsh)
_tramit() {
  local -a candidates
  # Words as they are, each ended by a NUL; compadd quotes what it inserts.
  candidates=("\${(@0)$(tramit __complete zsh $((CURRENT - 1)) -- "\${(@)words[2,CURRENT]}" 2>/dev/null)}")
  candidates=(\${candidates:#})
  compadd -a candidates
}
compdef _tramit tramit
`,
  fish: `# tramit completion for fish. Load it with:  tramit completion fish | source
function __tramit_complete
  set -l words (commandline -opc)[2..-1]
  set -l current (commandline -ct)
  # Words as they are, each ended by a NUL; fish quotes what it inserts.
  tramit __complete fish (math (count $words) + 1) -- $words $current 2>/dev/null | string split0
end
complete -c tramit -f -a '(__tramit_complete)'
`,
};

export async function runScript(ctx: Context, shell: string): Promise<void> {
  const script = (SHELLS as readonly string[]).includes(shell) ? SCRIPTS[shell as Shell] : undefined;
  if (!script)
    throw new UsageError(localize('completion.unknownShell', { shell }), [
      localize('completion.shells', { shells: SHELLS.join(', ') }),
    ]);
  ctx.out(script);
}

/** Options of the global program that take a value (their value is not a command). */
const VALUE_OPTIONS = new Set(['--lang', '--guides-dir']);

function optionNames(command: Command): string[] {
  return command.options.flatMap((o) => [o.long, o.short].filter((f): f is string => Boolean(f)));
}

function takesValue(command: Command, flag: string): boolean {
  const option = command.options.find((o) => o.long === flag || o.short === flag);
  return Boolean(option && (option.required || option.optional));
}

/**
 * Candidates for the word at `cword` (1-based among `words`, the words after `tramit`): commands,
 * options, and values — countries, guide ids, topics, languages — read from the cached index, so Tab
 * never parses a guide.
 */
export async function runComplete(
  ctx: Context,
  program: Command,
  shell: string,
  cword: string,
  typedWords: string[],
): Promise<void> {
  const at = Number(cword);
  // A script from before the shell was named (or for another shell) gets nothing, not wrong quoting.
  if (!(SHELLS as readonly string[]).includes(shell) || !Number.isInteger(at) || at < 1) return;
  // Words as typed, quotes and all; fish has already unquoted the ones before the cursor.
  const typed = typedWords[at - 1] ?? '';
  const words = typedWords.map((w, i) => (shell === 'fish' && i !== at - 1 ? w : unquote(w)));
  const current = words[at - 1] ?? '';
  const before = words.slice(0, at - 1);
  let command: Command = program;
  const positional: string[] = [];
  for (let i = 0; i < before.length; i++) {
    const word = before[i]!;
    if (word.startsWith('-')) {
      if (
        !word.includes('=') &&
        (takesValue(command, word) || (command === program && VALUE_OPTIONS.has(word)))
      )
        i++;
      continue;
    }
    const sub = command.commands.find((c) => c.name() === word || c.aliases().includes(word));
    if (sub && positional.length === 0) command = sub;
    else positional.push(word);
  }
  const previous = before[before.length - 1];
  const candidates = await valuesFor(ctx, command, program, previous, current, positional);
  const prefix = current.toLowerCase();
  const matches = candidates.filter((c) => c.toLowerCase().startsWith(prefix));
  writeForShell(completionOutput(shell as Shell, typed, matches));
}

async function valuesFor(
  ctx: Context,
  command: Command,
  program: Command,
  previous: string | undefined,
  current: string,
  positional: string[],
): Promise<string[]> {
  if (
    previous?.startsWith('-') &&
    (takesValue(command, previous) ||
      (VALUE_OPTIONS.has(previous) && command === program) ||
      VALUE_OPTIONS.has(previous))
  )
    return optionValues(ctx, previous);
  if (current.startsWith('-'))
    return [...optionNames(command), ...(command === program ? [] : optionNames(program))];
  const subcommands = command.commands.filter((c) => c.name() !== '__complete').map((c) => c.name());
  if (subcommands.length > 0 && positional.length === 0) return subcommands;
  const args = command.registeredArguments;
  const arg = args[Math.min(positional.length, args.length - 1)];
  if (!arg || (positional.length >= args.length && !arg.variadic)) return [];
  // A guide or document may be typed as several words (`show inscripcion imss`), but it is one
  // name: only its first word is completed, and never as a second name.
  if ((arg.name() === 'guide' || arg.name() === 'document') && positional.length > args.indexOf(arg))
    return [];
  return argumentValues(ctx, arg.name(), positional);
}

/** The values an option takes (`--lang`, `--country`…), after it is typed. */
async function optionValues(ctx: Context, option: string): Promise<string[]> {
  switch (option) {
    case '--lang':
      return [...GUIDE_LANGUAGES, 'all'];
    case '--country':
      return (await ctx.library()).countries().map((c) => c.slug);
    case '--topic':
      return TOPICS.map((t) => t.id);
    case '--format':
    case '-f':
      return ['text', 'markdown', 'json'];
    case '--goal': {
      const { GOALS } = await import('../plan/goals.js');
      return GOALS.map((g) => g.id);
    }
    case '--plan':
    case '--remove':
      return Object.keys(ctx.store().read().plans);
    case '--kind': {
      const { KINDS } = await import('../wallet/kinds.js');
      return KINDS.filter((k) => !k.anyOf).map((k) => k.id);
    }
    default:
      return [];
  }
}

/** The values of a command's argument, by its name; `positional` are the arguments typed before. */
async function argumentValues(ctx: Context, name: string, positional: string[]): Promise<string[]> {
  switch (name) {
    case 'guide': {
      const library = await ctx.library();
      // Ids when the user starts with a country, slugs when they start with the procedure.
      return [...new Set(library.guides.flatMap((g) => [g.id, g.slug]))].sort();
    }
    case 'country':
      return (await ctx.library()).countries().map((c) => c.slug);
    case 'items': {
      const library = await ctx.library();
      const guide =
        library.guideById(positional[0] ?? '', ctx.lang) ??
        library.guides.find((g) => g.slug === positional[0]);
      if (!guide) return [];
      return [
        ...Array.from({ length: guide.stepCount }, (_, i) => `s${i + 1}`),
        ...Array.from({ length: guide.documentCount }, (_, i) => `d${i + 1}`),
      ];
    }
    case 'shell':
      return [...SHELLS];
    case 'key':
      return Object.keys(SETTINGS);
    case 'value':
      return positional[0] === 'lang' ? [...GUIDE_LANGUAGES] : [];
    case 'document': {
      const { KINDS } = await import('../wallet/kinds.js');
      return KINDS.map((k) => k.id);
    }
    default:
      return [];
  }
}
