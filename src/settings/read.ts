import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { homeDir } from '../context.js';
import { messageFor, type Message, type Params } from '../i18n/index.js';
import { runtime, type Runtime } from '../runtime.js';
import { fileProblem } from '../storage/problems.js';
import { SETTINGS, type SettingKey, type Settings } from './definitions.js';

export function configPath(env: NodeJS.ProcessEnv = process.env): string {
  return join(homeDir(env), 'config.json');
}

/**
 * Problems found in the settings file, by what they are about: each is said once per run. Kept per
 * runtime, that is per run: a test runs many commands in one process, and each says its own.
 */
const settingsProblemsByRun = new WeakMap<Runtime, Map<string, { message: Message; said: boolean }>>();

function settingsProblems(): Map<string, { message: Message; said: boolean }> {
  let problems = settingsProblemsByRun.get(runtime());
  if (!problems) settingsProblemsByRun.set(runtime(), (problems = new Map()));
  return problems;
}

function settingsProblem(id: string, message: Message): void {
  if (!settingsProblems().has(id)) settingsProblems().set(id, { message, said: false });
}

/** The problems found in the settings file not said yet, to say now (in the interface language). */
export function unsaidSettingsProblems(): Message[] {
  return [...settingsProblems().values()].filter((p) => !p.said).map((p) => ((p.said = true), p.message));
}

/** A setting's value for a message: short, and visibly of its type (`"ab"`, `[1,null,{}]`). */
export function shownValue(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

/**
 * The settings file as the user left it: an object, with whatever keys and values it holds (null when
 * there is none), or the problem that makes it unusable, as a message.
 */
export function readSettingsFile(
  path: string,
): { data: Record<string, unknown> | null } | { problem: Message } {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { data: null };
    const problem = fileProblem(error, path);
    if (!problem) throw error;
    return { problem: problem.message };
  }
  let data: unknown;
  try {
    // A byte-order mark, as some editors write it, is accepted.
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { problem: messageFor('settings.notJson', { path }) };
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data))
    return { problem: messageFor('settings.notObject', { path }) };
  return { data: data as Record<string, unknown> };
}

/** A value of the wrong kind: the key, and what to say about it (file, key, what it takes, the value). */
export interface WrongSetting {
  key: SettingKey;
  params: Params;
}

/**
 * The values of `keys` that `data` (the file's object) holds, checked the one way every reader and
 * writer checks them: those of the right kind, and the others, to report. Keys the file lacks are in
 * neither.
 */
export function checkSettings<K extends SettingKey>(
  data: Record<string, unknown> | null,
  keys: readonly K[],
  path: string,
): { valid: Pick<Settings, K>; wrong: WrongSetting[] } {
  const valid = {} as Pick<Settings, K>;
  const wrong: WrongSetting[] = [];
  for (const key of keys) {
    if (!data || !Object.hasOwn(data, key)) continue;
    const value = data[key];
    if (SETTINGS[key].valid(value)) (valid as Record<string, unknown>)[key] = value;
    else
      wrong.push({
        key,
        params: { path, key, expected: messageFor(SETTINGS[key].expected), value: shownValue(value) },
      });
  }
  return { valid, wrong };
}

/**
 * The saved settings, read straight from the JSON file (commands that only read them, every listing,
 * should not load what writes them) and validated: a value of the wrong kind is ignored and reported
 * once, and stays in the file for the user to fix.
 */
export function readSettings(env: NodeJS.ProcessEnv = process.env): Settings {
  const path = configPath(env);
  const file = readSettingsFile(path);
  if ('problem' in file) {
    settingsProblem(`${path}:file`, messageFor('settings.ignored', { problem: file.problem }));
    return {};
  }
  const { valid, wrong } = checkSettings(file.data, Object.keys(SETTINGS) as SettingKey[], path);
  for (const { key, params } of wrong)
    settingsProblem(`${path}:${key}`, messageFor('settings.badValue', params));
  return valid;
}
