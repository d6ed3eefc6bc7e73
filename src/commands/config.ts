import type { Context } from '../context.js';
import { SETTINGS, settingKey } from '../settings/definitions.js';
import { configPath, readSettings } from '../settings/read.js';
import { updateSetting } from '../settings/update.js';
import { localize } from '../i18n/index.js';
import { jsonText } from '../text/sanitize.js';

function show(value: unknown): string {
  return Array.isArray(value)
    ? value.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join(':')
    : String(value);
}

export async function runList(ctx: Context, options: { json?: boolean }): Promise<void> {
  const settings = readSettings(ctx.env);
  if (options.json) {
    ctx.out(jsonText(settings, null, 2));
    return;
  }
  for (const [key, spec] of Object.entries(SETTINGS)) {
    const value = (settings as Record<string, unknown>)[key];
    ctx.out(
      `${key} = ${value === undefined ? localize('config.notSet') : show(value)}    # ${localize(spec.description)}`,
    );
  }
}

export async function runGet(ctx: Context, key: string): Promise<void> {
  const value = (readSettings(ctx.env) as Record<string, unknown>)[settingKey(key)];
  if (value !== undefined) ctx.out(show(value));
}

export async function runSet(ctx: Context, key: string, value: string): Promise<void> {
  const name = settingKey(key);
  const parsed = SETTINGS[name].parse(value);
  await updateSetting(ctx.env, name, () => parsed, { replaces: true });
  ctx.out(`${name} = ${show(parsed)}`);
}

export async function runUnset(ctx: Context, key: string): Promise<void> {
  const name = settingKey(key);
  await updateSetting(ctx.env, name, () => undefined, { replaces: true });
  ctx.out(localize('config.unset', { name }));
}

export async function runPath(ctx: Context): Promise<void> {
  ctx.out(configPath(ctx.env));
}
