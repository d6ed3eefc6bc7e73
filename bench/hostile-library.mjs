// A guide folder of hostile files beside two good guides, for the benchmark's `list-hostile` case:
// what test/cli/robustness.test.ts checks for correctness (each bad file skipped with one warning),
// timed here instead of in the test. Written fresh by every benchmark run (it is small).
import { chmodSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Buffer } from 'node:buffer';

const good = (slug) =>
  `---\ntitle: ${slug}\ndescription: d\ndate: 2025-01-01\ncategories: [Peru]\ntranslationKey: peru-${slug}\n---\n## Procedure\n1. Step one.\n## Required documents\n- Passport - original\n`;

/**
 * Writes the folder at `root` (emptied first): two good guides beside a 1 MB file, a YAML alias bomb,
 * deep YAML, a binary and a Latin-1 file, a link loop, a link out of the library and an unreadable
 * file. Returns the path of each hostile entry by its name.
 */
export function writeHostileLibrary(root) {
  rmSync(root, { recursive: true, force: true });
  const dir = join(root, 'en', 'peru');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'good_one.md'), good('good_one'));
  writeFileSync(join(dir, 'good_two.md'), good('good_two'));
  const bad = {};
  const add = (name, content) => {
    writeFileSync(join(dir, name), content);
    bad[name] = join(dir, name);
  };
  add('huge.md', good('huge') + 'x'.repeat(1024 * 1024 + 10));
  add('binary.md', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0, 1, 2, 3, 0xff]));
  add('latin1.md', Buffer.from(`---\ntitle: Caf\xe9\n---\n## Procedure\n1. x\n`, 'latin1'));
  const bomb = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (const [i, k] of [...'bcdefghi'].entries())
    bomb.push(`${k}: &${k} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(',')}]`);
  add('alias_bomb.md', `---\ntitle: Bomb\n${bomb.join('\n')}\n---\n## Procedure\n1. x\n`);
  add(
    'deep_yaml.md',
    `---\ntitle: Deep\nx: ${'['.repeat(5000)}${']'.repeat(5000)}\n---\n## Procedure\n1. x\n`,
  );
  symlinkSync(root, join(dir, 'loop'));
  bad.loop = join(dir, 'loop');
  symlinkSync('/etc/passwd', join(dir, 'outside.md'));
  bad['outside.md'] = join(dir, 'outside.md');
  add('locked.md', good('locked'));
  chmodSync(join(dir, 'locked.md'), 0o000);
  return bad;
}
