import type { Settings } from '../context.js';
import { homeDir, readSettings } from '../context.js';

/**
 * Writes settings through conf, which writes atomically. Reading goes through `readSettings` (a
 * plain JSON read) so that listing never loads conf.
 */
export async function updateSettings(
  env: NodeJS.ProcessEnv,
  change: (settings: Settings) => void,
): Promise<Settings> {
  const { default: Conf } = await import('conf');
  const conf = new Conf<Record<string, unknown>>({
    cwd: homeDir(env),
    configName: 'config',
    clearInvalidConfig: false,
  });
  const settings = { ...readSettings(env) };
  change(settings);
  conf.store = settings as Record<string, unknown>;
  return settings;
}
