import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';

export const REPO = fileURLToPath(new URL('../../', import.meta.url));
export const FIXTURES = resolve(REPO, 'test/fixtures');
export const BIN = resolve(REPO, 'bin/tramit.cjs');
export const GUIDES = resolve(REPO, 'guides');

/** The real community file in ../shared/seed, when the checkout has shared/ beside it (CI does). */
export const SEED = resolve(
  process.env.TRAMIT_SHARED ?? resolve(REPO, '../shared'),
  'seed/inscripcion_al_imss.es.md',
);
export const HAVE_SEED = existsSync(SEED);

/**
 * Pseudo-terminal tests drive tramit through tmux. On a machine with only Node and npm they are
 * skipped; CI installs tmux and sets TRAMIT_REQUIRE_TMUX, so there a missing tmux fails instead.
 */
export const HAVE_TMUX = spawnSync('tmux', ['-V']).status === 0;
if (!HAVE_TMUX && process.env.TRAMIT_REQUIRE_TMUX)
  throw new Error('tmux is required here (TRAMIT_REQUIRE_TMUX is set): apt-get install tmux');
