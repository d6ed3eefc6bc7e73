import type { render } from '@inquirer/testing';

/** A prompt rendered by @inquirer/testing. */
export type Ui = Awaited<ReturnType<typeof render>>;

/** One scripted answer: which kind of prompt it expects, and the keys it presses there. */
export interface Turn<Kind extends string = string> {
  kind: Kind;
  act: (ui: Ui) => void | Promise<void>;
}

/** Moves the select cursor down to the choice whose label starts with `label`, then picks it. */
export function choose(label: string): Turn<'select'> {
  return {
    kind: 'select',
    act: (ui) => {
      for (let i = 0; i < 10; i++) {
        const active = /^[❯>] (.*)$/m.exec(ui.getScreen())?.[1] ?? '';
        if (active.startsWith(label)) {
          ui.events.keypress('enter');
          return;
        }
        ui.events.keypress('down');
      }
      throw new Error(`no choice "${label}" in:\n${ui.getScreen()}`);
    },
  };
}
