import { runtime } from '../runtime.js';

export interface Styles {
  bold: (text: string) => string;
  dim: (text: string) => string;
  cyan: (text: string) => string;
  green: (text: string) => string;
}

const plain = (text: string) => text;
const PLAIN: Styles = { bold: plain, dim: plain, cyan: plain, green: plain };

/**
 * Colours for a terminal, nothing for pipes, files and NO_COLOR/--no-color: chalk is loaded only
 * when something will actually be coloured.
 */
export async function styles(tty: boolean, env: NodeJS.ProcessEnv = runtime().env): Promise<Styles> {
  if (!tty || env.NO_COLOR || env.FORCE_COLOR === '0') return PLAIN;
  const { default: chalk } = await import('chalk');
  return { bold: chalk.bold, dim: chalk.dim, cyan: chalk.cyan, green: chalk.green };
}
