/**
 * Typed errors carry their exit code; only main.ts prints them (see CLI.md, "Exit codes").
 */
export class TramitError extends Error {
  readonly exitCode: number;
  /** Extra lines printed under the message: suggestions, what to run instead. */
  readonly hints: string[];
  constructor(message: string, exitCode: number, hints: string[] = []) {
    super(message);
    this.name = new.target.name;
    this.exitCode = exitCode;
    this.hints = hints;
  }
}

export class UsageError extends TramitError {
  constructor(message: string, hints: string[] = []) {
    super(message, 2, hints);
  }
}

function didYouMean(suggestions: string[]): string[] {
  return suggestions.length === 0 ? [] : [`did you mean ${suggestions.join(', ')}?`];
}

export class GuideNotFoundError extends TramitError {
  readonly suggestions: string[];
  constructor(reference: string, suggestions: string[]) {
    super(`no guide matches "${reference}"`, 2, [
      ...didYouMean(suggestions),
      'run `tramit list <country>` or `tramit search <words>` to find guides',
    ]);
    this.suggestions = suggestions;
  }
}

export class AmbiguousGuideError extends TramitError {
  readonly matches: string[];
  constructor(reference: string, matches: string[]) {
    super(`"${reference}" matches ${matches.length} guides`, 2, [
      ...matches.map((id) => `  ${id}`),
      'name one of them by its id',
    ]);
    this.matches = matches;
  }
}

export class CountryNotFoundError extends TramitError {
  readonly suggestions: string[];
  constructor(input: string, suggestions: string[]) {
    super(`no guides for country "${input}"`, 2, [
      ...didYouMean(suggestions),
      'run `tramit list` to see the countries with guides',
    ]);
    this.suggestions = suggestions;
  }
}

/** The command ran and found a failure it reports itself (e.g. validate found errors). */
export class FailureExit extends TramitError {
  constructor(message = '') {
    super(message, 1);
  }
}
