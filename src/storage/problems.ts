import { dirname, resolve } from 'node:path';
import { TramitError } from '../errors.js';
import { messageFor, messageText, type Message } from '../i18n/index.js';

/**
 * A file system error about `path` (a file tramit keeps, or its folder) as words naming it and what to
 * do, kept as messages so that they can be said later in the interface language. Null for errors
 * that are not about the file system.
 */
export function fileProblem(error: unknown, path: string): { message: Message; hints: Message[] } | null {
  const e = error as NodeJS.ErrnoException | null;
  const dir = dirname(path);
  switch (e?.code) {
    case 'EISDIR':
      return { message: messageFor('file.isFolder', { path }), hints: [messageFor('file.isFolderHint')] };
    case 'ENOTDIR':
    case 'EEXIST': {
      // tramit's folder, or one above it, is a file.
      const folder = e.code === 'EEXIST' && e.syscall === 'mkdir' ? path : dir;
      return {
        message: messageFor('file.notFolder', { path: folder }),
        hints: [messageFor('file.notFolderHint')],
      };
    }
    case 'EACCES':
    case 'EPERM': {
      // The file itself, or the folder a lock or a new file goes in.
      const where = e.path && resolve(e.path) === path ? path : dir;
      return {
        message: messageFor('file.permission', { path: where }),
        hints: [messageFor('file.permissionHint', { dir: where === path ? dir : where })],
      };
    }
    case 'EROFS':
      return {
        message: messageFor('file.readOnly', { path: dir }),
        hints: [messageFor('file.elsewhereHint')],
      };
    case 'ENOSPC':
    case 'EDQUOT':
      return { message: messageFor('file.noSpace', { path }), hints: [] };
    default:
      return null;
  }
}

/**
 * The same as an error to throw (exit 1); `writing` adds that nothing was saved. Anything that is not
 * a file system problem comes back as it was.
 */
export function asFileProblem(error: unknown, path: string, writing: boolean): unknown {
  if (error instanceof TramitError) return error;
  const problem = fileProblem(error, path);
  if (!problem) return error;
  return new TramitError(
    writing
      ? messageText(messageFor('file.nothingSaved', { problem: problem.message }))
      : messageText(problem.message),
    1,
    problem.hints.map((h) => messageText(h)),
  );
}
