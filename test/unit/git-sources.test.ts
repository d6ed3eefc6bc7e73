import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { fingerprint, keyed, type SavedItem } from '../../src/progress/model.js';
import { diffItems, guidesChanged } from '../../src/sources/changes.js';
import { cloneName, gitProblem, readSourceArg, repositoryKey, shownUrl } from '../../src/sources/location.js';

describe('what `sources add` is given', () => {
  it.each([
    ['https://github.com/someone/guides.git', { kind: 'url', url: 'https://github.com/someone/guides.git' }],
    ['HTTP://example.org/g', { kind: 'url', url: 'HTTP://example.org/g' }],
    ['ssh://git@example.org:2222/g.git', { kind: 'url', url: 'ssh://git@example.org:2222/g.git' }],
    ['git://example.org/g', { kind: 'url', url: 'git://example.org/g' }],
    ['file:///srv/guides', { kind: 'url', url: 'file:///srv/guides' }],
    ['git@github.com:someone/guides.git', { kind: 'url', url: 'git@github.com:someone/guides.git' }],
    ['example.org:guides.git', { kind: 'url', url: 'example.org:guides.git' }],
    ['~/guides', { kind: 'path', path: '~/guides' }],
    ['./a:b', { kind: 'path', path: './a:b' }],
    ['/tmp/a:b', { kind: 'path', path: '/tmp/a:b' }],
    ['C:\\guides', { kind: 'path', path: 'C:\\guides' }],
    ['guides', { kind: 'path', path: 'guides' }],
  ])('%s is a %o', (arg, expected) => {
    expect(readSourceArg(arg)).toEqual(expected);
  });

  it.each([
    ['--upload-pack=touch /tmp/x'],
    ['-c'],
    ['ext::sh -c touch% /tmp/x'],
    ['fd::17'],
    ['ftp://example.org/guides'],
    ['javascript://x'],
    [''],
  ])('%j is refused as a usage error', (arg) => {
    expect(() => readSourceArg(arg)).toThrow(UsageError);
  });
});

describe('the folder name a clone gets', () => {
  it.each([
    ['https://github.com/someone/guides.git', 'guides'],
    ['https://github.com/someone/Tramit-Guides.git/', 'tramit-guides'],
    ['git@github.com:someone/community.git', 'community'],
    ['ssh://git@example.org:2222/x/y/z', 'z'],
    ['https://example.org', 'example.org'],
    ['https://example.org/?a=b#c', 'example.org'],
    ['file:///tmp/My%20Guides', 'my-guides'],
    ['/tmp/a;touch PWNED;$(touch PWNED2)', 'a-touch-pwned-touch-pwned2'],
    ['/tmp/..', 'guides'],
    ['https://example.org/.hidden', 'hidden'],
    ['https://example.org/-rf', 'rf'],
    ['https://example.org/con', 'con-guides'],
    ['https://example.org/ñandú', 'nandu'],
    [`https://example.org/${'x'.repeat(100)}`, 'x'.repeat(40)],
  ])('%s → %s', (url, name) => {
    expect(cloneName(url)).toBe(name);
    expect(cloneName(url)).toMatch(/^[a-z0-9][a-z0-9._-]*$/);
  });
});

describe('one repository under several addresses', () => {
  it.each([
    ['/srv/guides', 'file:///srv/guides/'],
    ['/srv/guides', '/srv/guides.git'],
    ['https://github.com/someone/guides', 'HTTPS://GitHub.com/someone/guides.git'],
    ['git@github.com:someone/guides.git', 'git@github.com:someone/guides'],
  ])('%s is %s', (a, b) => {
    expect(repositoryKey(a)).toBe(repositoryKey(b));
  });

  it.each([
    ['https://github.com/someone/guides', 'https://github.com/someone/Guides'],
    ['https://github.com/someone/guides', 'https://gitlab.com/someone/guides'],
    ['/srv/guides', '/srv/other'],
  ])('%s is not %s', (a, b) => {
    expect(repositoryKey(a)).not.toBe(repositoryKey(b));
  });
});

describe('URLs as shown', () => {
  it.each([
    ['https://user:secret@example.org/g.git', 'https://user:***@example.org/g.git'],
    ['https://token@example.org/g.git', 'https://***@example.org/g.git'],
    ['git@github.com:someone/g.git', 'git@github.com:someone/g.git'],
    ['ssh://git@example.org/g.git', 'ssh://git@example.org/g.git'],
    ['file:///srv/guides', 'file:///srv/guides'],
  ])('%s → %s', (url, shown) => {
    expect(shownUrl(url)).toBe(shown);
  });
});

describe("what git's complaint means", () => {
  it.each([
    ["fatal: unable to access 'https://x/': Could not resolve host: x", 'unreachable'],
    ["fatal: unable to access 'https://1.2.3.4/': Failed to connect to 1.2.3.4 port 443", 'unreachable'],
    [
      'ssh: connect to host x port 22: Connection refused\nfatal: Could not read from remote repository.',
      'unreachable',
    ],
    ['ssh: Could not resolve hostname x: Name or service not known', 'unreachable'],
    ["fatal: could not read Username for 'https://github.com': terminal prompts disabled", 'auth'],
    ["remote: Invalid username or password.\nfatal: Authentication failed for 'https://x/'", 'auth'],
    ['git@github.com: Permission denied (publickey).\nfatal: Could not read from remote repository.', 'auth'],
    ['Host key verification failed.\nfatal: Could not read from remote repository.', 'auth'],
    ["fatal: '/nonexistent/x' does not appear to be a git repository", 'notFound'],
    ["remote: Repository not found.\nfatal: repository 'https://x/' not found", 'notFound'],
    ['fatal: the remote end hung up unexpectedly', 'failed'],
  ])('%j → %s', (stderr, kind) => {
    expect(gitProblem(stderr)).toBe(kind);
  });
});

const saved = (n: number, text: string, state: SavedItem['state']): SavedItem => ({
  n,
  fp: Object.assign(keyed<string>(), { en: fingerprint(text) }),
  state,
  changedAt: '2025-01-01T00:00:00.000Z',
});

describe('what changed in a started guide', () => {
  const before = ['Book an appointment.', 'Go to the office.', 'Sign the form.'];

  it.each([
    {
      name: 'nothing',
      after: before,
      changes: [],
      kept: 3,
    },
    {
      name: 'a reworded step keeps its tick',
      after: ['Book an appointment.', 'Go to the tax office with your passport.', 'Sign the form.'],
      changes: [
        {
          kind: 'step',
          change: 'reworded',
          n: 2,
          text: 'Go to the tax office with your passport.',
          was: 'Go to the office.',
          state: 'done',
        },
      ],
      kept: 2,
    },
    {
      name: 'a step added at the top moves the others down, ticks and all',
      after: ['Read the rules.', ...before],
      changes: [{ kind: 'step', change: 'added', n: 1, text: 'Read the rules.', state: null }],
      kept: 3,
    },
    {
      name: 'a removed step that was done',
      after: ['Book an appointment.', 'Go to the office.'],
      changes: [{ kind: 'step', change: 'removed', n: 3, text: 'Sign the form.', state: 'skipped' }],
      kept: 2,
    },
    {
      name: 'a step reworded in case and spacing only is the same step',
      after: ['book an  appointment.', 'Go to the office.', 'Sign the form.'],
      changes: [],
      kept: 3,
    },
  ])('$name', ({ after, changes, kept }) => {
    const progress = [
      saved(1, before[0]!, 'done'),
      saved(2, before[1]!, 'done'),
      saved(3, before[2]!, 'skipped'),
    ];
    // Two steps done, one skipped: `kept` counts the unchanged items that carry progress.
    const result = diffItems('step', before, after, progress, 'en');
    expect(result.changes).toEqual(changes);
    expect(result.kept).toBe(kept);
  });

  it('an untouched item that changed says so without a state', () => {
    const result = diffItems(
      'document',
      ['Passport', 'Proof of address'],
      ['Passport', 'Utility bill'],
      [],
      'en',
    );
    expect(result).toEqual({
      changes: [
        {
          kind: 'document',
          change: 'reworded',
          n: 2,
          text: 'Utility bill',
          was: 'Proof of address',
          state: null,
        },
      ],
      kept: 0,
    });
  });
});

describe('guides added and removed', () => {
  const g = (key: string, country: string) => ({
    key,
    id: `${country}/${key}`,
    country,
    title: key,
    lang: 'en',
  });

  it('compares procedures by key, grouped by country', () => {
    const result = guidesChanged(
      [g('a', 'mexico'), g('b', 'mexico'), g('c', 'peru')],
      [g('a', 'mexico'), g('c', 'peru'), g('d', 'peru'), g('e', 'spain')],
    );
    expect(result).toEqual({
      added: [g('d', 'peru'), g('e', 'spain')],
      removed: [g('b', 'mexico')],
    });
  });
});
