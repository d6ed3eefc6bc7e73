import { TramitError } from '../errors.js';
import { messageFor, messageText, localize, type Message } from '../i18n/index.js';
import { staleMs, underLock } from '../storage/locked-file.js';
import type { SettingKey, Settings } from './definitions.js';
import { checkSettings, configPath, readSettingsFile } from './read.js';

/**
 * Changes one setting: a read-modify-write of the settings file under the same cross-process lock as
 * progress, so that parallel `sources add` all land. Only that key is touched: unknown keys, and
 * values of other settings tramit finds wrong, stay as the user wrote them. `change` gets the
 * current value; when that value is of the wrong kind, nothing is saved and the user is told, unless
 * `replaces` says the change does not build on it (`config set`, `config unset`).
 * Reading goes through `readSettings` (a plain JSON read) so that listing never loads the lock.
 */
export async function updateSetting<K extends SettingKey>(
  env: NodeJS.ProcessEnv,
  key: K,
  change: (current: Settings[K] | undefined) => Settings[K] | undefined,
  options: { replaces?: boolean } = {},
): Promise<Settings[K] | undefined> {
  const next = await updateSettings(
    env,
    [key],
    (current) => ({ [key]: change(current[key]) }) as Pick<Settings, K>,
    options,
  );
  return next[key];
}

/**
 * The same for settings that change together (`sources` and `gitSources`): one read-modify-write,
 * so that no other tramit ever reads one changed without the other. `change` gets the current values
 * of `keys` and returns their new values (undefined removes one); it may run more than once.
 */
export async function updateSettings<K extends SettingKey>(
  env: NodeJS.ProcessEnv,
  keys: readonly K[],
  change: (current: Pick<Settings, K>) => Pick<Settings, K>,
  options: { replaces?: boolean } = {},
): Promise<Pick<Settings, K>> {
  const path = configPath(env);
  return underLock(path, { staleMs: staleMs(env) }, (locked) => {
    const read = readSettingsFile(path);
    if ('problem' in read) throw refusal(read.problem, [messageFor('settings.fixFileHint', { path })]);
    const data = read.data ?? {};
    const { valid: current, wrong } = checkSettings(data, keys, path);
    const first = wrong[0];
    if (first && !options.replaces)
      throw refusal(messageFor('settings.badValueHere', first.params), [
        messageFor('settings.fixValueHint', { key: first.key }),
      ]);
    const next = change(current);
    for (const key of keys) {
      if (next[key] === undefined) delete data[key];
      else data[key] = next[key];
    }
    locked.write(JSON.stringify(data, null, '\t'));
    return next;
  });
}

function refusal(problem: Message, hints: Message[]): TramitError {
  return new TramitError(
    localize('file.nothingSaved', { problem }),
    1,
    hints.map((h) => messageText(h)),
  );
}
