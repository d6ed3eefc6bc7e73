import { fileURLToPath } from 'node:url';
import { UsageError } from '../errors.js';
import { localize } from '../i18n/index.js';

/** What `sources add` was given: a repository address for git, or a path on this machine. */
export type SourceArg = { kind: 'url'; url: string } | { kind: 'path'; path: string };

/** The transports tramit hands to git. Others (`ext::`, `fd::`, ftp) are refused before git sees them. */
const SCHEMES = new Set(['https', 'http', 'ssh', 'git', 'file']);

/**
 * Reads the argument of `sources add` the way git reads a repository address: `scheme://…`, or the
 * scp-like `[user@]host:path` when no slash comes before the first colon; anything else is a path.
 * What git would take for an option (a leading `-`) or for a command to run (`ext::…`) is refused.
 */
export function readSourceArg(arg: string): SourceArg {
  if (arg.trim() === '') throw new UsageError(localize('git.emptyArg'));
  if (arg.startsWith('-'))
    throw new UsageError(localize('git.leadingDash', { arg }), [localize('git.urlForms')]);
  if (/^[a-z][a-z0-9+.-]*::/i.test(arg))
    throw new UsageError(localize('git.badScheme', { arg }), [localize('git.urlForms')]);
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(arg)?.[1];
  if (scheme !== undefined) {
    if (!SCHEMES.has(scheme.toLowerCase()))
      throw new UsageError(localize('git.badScheme', { arg }), [localize('git.urlForms')]);
    return { kind: 'url', url: arg };
  }
  // `C:\guides` is a Windows path, not host C.
  if (/^[a-z]:[\\/]/i.test(arg)) return { kind: 'path', path: arg };
  if (/^[^/\\:]+:/.test(arg)) return { kind: 'url', url: arg };
  return { kind: 'path', path: arg };
}

/** Names Windows keeps for devices: a folder cannot be called so there. */
const DEVICES = /^(?:con|prn|aux|nul|com\d|lpt\d)$/;

/**
 * The folder name for a clone of `url`: the repository's own name (its last path part, without
 * `.git`), reduced to lower-case letters, digits, dots, hyphens and underscores, so that it is safe
 * on any file system and in any shell.
 */
export function cloneName(url: string): string {
  let path = url.replace(/[?#].*$/, '');
  const scheme = /^[a-z][a-z0-9+.-]*:\/\//i.exec(path);
  if (scheme) path = path.slice(scheme[0].length);
  else path = path.replace(/^[^/\\:]+:/, '/');
  try {
    path = decodeURIComponent(path);
  } catch {
    // A stray % is part of the name.
  }
  const parts: string[] = [];
  for (const part of path.split(/[\\/]+/)) {
    if (part === '..') parts.pop();
    else if (part !== '' && part !== '.') parts.push(part);
  }
  const last = (parts.at(-1) ?? '').replace(/\.git$/i, '');
  const name = last
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[.-]+/, '')
    .slice(0, 40)
    .replace(/[.-]+$/, '');
  if (name === '') return 'guides';
  return DEVICES.test(name) ? `${name}-guides` : name;
}

/**
 * What two addresses of one repository have in common, to tell that it is already a source: a
 * local repository as a path or a `file://` address, with or without `.git` or a final slash.
 */
export function repositoryKey(url: string): string {
  let key = url.trim();
  if (/^file:\/\//i.test(key)) {
    try {
      key = fileURLToPath(key);
    } catch {
      // Not a path on this system: compared as written.
    }
  }
  key = key.replace(/[\\/]+$/, '').replace(/\.git$/i, '');
  const scheme = /^([a-z][a-z0-9+.-]*:\/\/[^/]*)/i.exec(key);
  // Scheme and host are not case-sensitive; the path may be.
  return scheme ? scheme[1]!.toLowerCase() + key.slice(scheme[1]!.length) : key;
}

/** A repository address fit to print: a password or token in it is hidden. */
export function shownUrl(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)([^/@]*)@/i, (_whole, scheme: string, userinfo: string) => {
    const colon = userinfo.indexOf(':');
    // `https://token@host` carries a secret as its user; `ssh://git@host` does not.
    if (colon < 0) return /^(?:https?):\/\//i.test(scheme) ? `${scheme}***@` : `${scheme}${userinfo}@`;
    return `${scheme}${userinfo.slice(0, colon)}:***@`;
  });
}

export type GitProblem = 'unreachable' | 'auth' | 'notFound' | 'failed';

/** What a failed git run's messages (in git's English, see git.ts) say went wrong. */
export function gitProblem(stderr: string): GitProblem {
  if (
    /terminal prompts disabled|Authentication failed|could not read (?:Username|Password)|Permission denied|Host key verification failed|HTTP Basic: Access denied|returned error: 40[13]/i.test(
      stderr,
    )
  )
    return 'auth';
  if (
    /does not appear to be a git repository|Repository not found|repository '.*' not found|not a git repository|returned error: 404/i.test(
      stderr,
    )
  )
    return 'notFound';
  if (
    /Could not resolve host|Could not resolve hostname|Failed to connect|Connection (?:refused|timed out|reset)|Network is unreachable|No route to host|Operation timed out|unable to access|Could not read from remote repository/i.test(
      stderr,
    )
  )
    return 'unreachable';
  return 'failed';
}
