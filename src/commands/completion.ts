import type { Command } from 'commander';
import type { Context } from '../context.js';
import { UsageError } from '../errors.js';
import { TOPICS } from '../guide/topics.js';
import { GUIDE_LANGUAGES } from '../library/languages.js';
import { SETTINGS } from '../settings.js';
import { t } from '../i18n/index.js';

const SCRIPTS: Record<string, string> = {
  bash: `# tramit completion for bash. Load it with:  source <(tramit completion bash)
_tramit() {
  local IFS=$'\\n'
  COMPREPLY=($(tramit __complete "$COMP_CWORD" -- "\${COMP_WORDS[@]:1}" 2>/dev/null))
}
complete -o default -F _tramit tramit
`,
  zsh: `#compdef tramit
# tramit completion for zsh. Load it with:  source <(tramit completion zsh)
_tramit() {
  local -a candidates
  candidates=("\${(@f)$(tramit __complete $((CURRENT - 1)) -- "\${(@)words[2,CURRENT]}" 2>/dev/null)}")
  compadd -a candidates
}
compdef _tramit tramit
`,
  fish: `# tramit completion for fish. Load it with:  tramit completion fish | source
function __tramit_complete
  set -l words (commandline -opc)[2..-1] (commandline -ct)
  tramit __complete (count $words) -- $words 2>/dev/null
end
complete -c tramit -f -a '(__tramit_complete)'
`,
};

export async function runScript(ctx: Context, shell: string): Promise<void> {
  const script = SCRIPTS[shell];
  if (!script)
    throw new UsageError(t('completion.unknownShell', { shell }), [
      t('completion.shells', { shells: Object.keys(SCRIPTS).join(', ') }),
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
  cword: string,
  words: string[],
): Promise<void> {
  const at = Number(cword);
  if (!Number.isInteger(at) || at < 1) return;
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
  for (const c of candidates) if (c.toLowerCase().startsWith(prefix)) ctx.out(c);
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
  ) {
    switch (previous) {
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
  if (current.startsWith('-'))
    return [...optionNames(command), ...(command === program ? [] : optionNames(program))];
  const subcommands = command.commands.filter((c) => c.name() !== '__complete').map((c) => c.name());
  if (subcommands.length > 0 && positional.length === 0) return subcommands;
  const args = command.registeredArguments;
  const arg = args[Math.min(positional.length, args.length - 1)];
  if (!arg || (positional.length >= args.length && !arg.variadic)) return [];
  switch (arg.name()) {
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
        ...Array.from({ length: guide.steps }, (_, i) => `s${i + 1}`),
        ...Array.from({ length: guide.documents }, (_, i) => `d${i + 1}`),
      ];
    }
    case 'shell':
      return Object.keys(SCRIPTS);
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
