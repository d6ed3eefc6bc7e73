import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SCRIPTS } from '../../src/commands/completion.js';
import { completionOutput, quoteForBash, unquote } from '../../src/text/shell-words.js';

/**
 * Any guide id — arbitrary Unicode, shell syntax, quotes, newlines — must come out of each shell's
 * completion script as one literal word. Each shell runs its real script; `tramit` in it is a
 * function that prints what `tramit __complete` would (completionOutput), so that a run costs a
 * shell start, not a Node start.
 */

const have = (shell: string) => spawnSync(shell, ['-c', 'exit 0']).status === 0;
const HAVE = { bash: have('bash'), zsh: have('zsh'), fish: have('fish') };
if (process.env.TRAMIT_REQUIRE_TMUX && !(HAVE.zsh && HAVE.fish))
  throw new Error('zsh and fish are required here (as tmux is): apt-get install zsh fish');

/** Ids as a hostile library could make them: shell syntax and arbitrary Unicode, never NUL. */
const METACHARACTERS = [...' \t\n\'"`$()[]{}<>|&;*?!#~\\=:,^%@-', '\u001b', '\u202e', '\u00a0', '\u2028'];
const idArbitrary = fc
  .array(
    fc.oneof(
      fc.constantFrom(...METACHARACTERS),
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: 3 }),
      fc.string({ unit: 'binary', minLength: 1, maxLength: 2 }),
    ),
    { minLength: 1, maxLength: 12 },
  )
  .map((parts) => `peru/${parts.join('')}`.replace(/\0/g, '').replace(/[\ud800-\udfff]/g, '_'));

const RUNS = 60;
const dir = mkdtempSync(join(tmpdir(), 'tramit-quoting-'));
/** Where the shells may keep their own files: not in `dir`, which must stay as the test left it. */
const shellHome = mkdtempSync(join(tmpdir(), 'tramit-quoting-home-'));

function run(shell: string, script: string, env: Record<string, string> = {}) {
  const result = spawnSync(shell, ['-c', script], {
    cwd: dir,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: shellHome,
      XDG_CONFIG_HOME: shellHome,
      XDG_DATA_HOME: shellHome,
      LANG: 'C.UTF-8',
      LC_ALL: 'C.UTF-8',
      ...env,
    },
    encoding: 'buffer',
  });
  return {
    status: result.status,
    stdout: result.stdout.toString('utf8'),
    stderr: result.stderr.toString('utf8'),
  };
}

/** The protocol's answer for `candidates`, in a file the stub `tramit` prints. */
function answer(shell: 'bash' | 'zsh' | 'fish', typed: string, candidates: string[]): string {
  const file = join(dir, `answer-${shell}`);
  writeFileSync(file, completionOutput(shell, typed, candidates));
  return file;
}

const nothingRan = () => expect(readdirSync(dir).filter((f) => !f.startsWith('answer-'))).toEqual([]);

describe('the bash quoting rule', () => {
  it.each([
    ['peru/nie$(touch PWNED)', '', 'peru/nie\\$\\(touch\\ PWNED\\)'],
    ["it's", '', "it\\'s"],
    ['a\nb', '', "a$'\\x0a'b"],
    ["it's", "'it", "it'\\''s"],
    ['say "hi" $HOME !', '"say', `say \\"hi\\" \\$HOME "'!'"`],
  ])('%j typed as %j is inserted as %j', (literal, typed, expected) => {
    expect(quoteForBash(literal, typed)).toBe(expected);
  });

  it.each([
    ['peru/nie\\$\\(x', 'peru/nie$(x'],
    ["'peru/it'\\''s", "peru/it's"],
    ['"a \\"b\\" \\$c', 'a "b" $c'],
    ["$'a\\x0ab'", 'a\nb'],
    ["'unclosed", 'unclosed'],
  ])('what was typed, %j, is read as %j', (typed, literal) => {
    expect(unquote(typed)).toBe(literal);
  });
});

describe.skipIf(!HAVE.bash)('bash completion script', () => {
  it('completes every id to a word bash reads back as that id, running nothing', () => {
    fc.assert(
      fc.property(idArbitrary, fc.constantFrom('', "'", '"'), (id, quote) => {
        const typed = quote + 'peru/';
        const file = answer('bash', typed, [id]);
        // COMPREPLY[0] replaces the word after the quote typed; the shell then reads the line.
        const script = `${SCRIPTS.bash}
tramit() { cat '${file}'; }
COMP_WORDS=(tramit show ${typed.replace(/(["'])/g, '\\$1')}); COMP_CWORD=2
_tramit
[ "\${#COMPREPLY[@]}" = 1 ] || { echo "got \${#COMPREPLY[@]} words" >&2; exit 3; }
line="printf '%s\\0' $Q\${COMPREPLY[0]}$Q"
eval "$line"`;
        const result = run('bash', script, { Q: quote });
        nothingRan();
        expect(result.stderr).toBe('');
        expect(result.stdout).toBe(`${id}\0`);
      }),
      { numRuns: RUNS, seed: 14 },
    );
  });
});

describe.skipIf(!HAVE.zsh)('zsh completion script', () => {
  it('hands compadd every id as one word, as it is', () => {
    fc.assert(
      fc.property(fc.array(idArbitrary, { minLength: 1, maxLength: 3 }), (ids) => {
        const file = answer('zsh', 'peru/', ids);
        const script = `compdef() { : }
compadd() { printf '%s\\0' "\${(@P)\${@[-1]}}" }
${SCRIPTS.zsh}
tramit() { cat '${file}' }
words=(tramit show 'peru/'); CURRENT=3
_tramit`;
        const result = run('zsh', script);
        nothingRan();
        expect(result.stderr).toBe('');
        expect(result.stdout).toBe(ids.map((id) => `${id}\0`).join(''));
      }),
      { numRuns: RUNS, seed: 14 },
    );
  });
});

describe.skipIf(!HAVE.fish)('fish completion script', () => {
  it('gives fish every id as one candidate, as it is', () => {
    fc.assert(
      fc.property(fc.array(idArbitrary, { minLength: 1, maxLength: 3 }), (ids) => {
        const file = answer('fish', 'peru/', ids);
        const script = `${SCRIPTS.fish}
function tramit; cat '${file}'; end
function commandline
  switch $argv[1]
    case -opc; printf '%s\\n' tramit show
    case -ct; echo peru/
  end
end
for word in (__tramit_complete); printf '%s\\0' $word; end`;
        const result = run('fish', script);
        nothingRan();
        expect(result.stderr).toBe('');
        expect(result.stdout).toBe(ids.map((id) => `${id}\0`).join(''));
      }),
      { numRuns: RUNS, seed: 14 },
    );
  });
});

describe('the protocol', () => {
  it('never puts a raw newline inside a bash word, nor a NUL inside a zsh or fish word', () => {
    fc.assert(
      fc.property(
        fc.array(idArbitrary, { minLength: 1, maxLength: 5 }),
        fc.constantFrom('', "'", '"'),
        (ids, q) => {
          expect(completionOutput('bash', q, ids).split('\n')).toHaveLength(ids.length + 1);
          for (const shell of ['zsh', 'fish'] as const)
            expect(completionOutput(shell, q, ids).split('\0')).toEqual([...ids, '']);
        },
      ),
      { numRuns: 200, seed: 14 },
    );
    expect(existsSync(join(dir, 'PWNED'))).toBe(false);
  });
});
