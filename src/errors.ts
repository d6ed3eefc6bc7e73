import { localize, localizeCount } from './i18n/index.js';

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
  return suggestions.length === 0
    ? []
    : [localize('error.didYouMean', { suggestions: suggestions.join(', ') })];
}

export class GuideNotFoundError extends TramitError {
  readonly suggestions: string[];
  constructor(reference: string, suggestions: string[]) {
    super(localize('error.guideNotFound', { reference }), 2, [
      ...didYouMean(suggestions),
      localize('error.guideNotFoundHint'),
    ]);
    this.suggestions = suggestions;
  }
}

export class AmbiguousGuideError extends TramitError {
  readonly matches: string[];
  constructor(reference: string, matches: string[]) {
    super(localizeCount('error.ambiguousGuide', matches.length, { reference }), 2, [
      ...matches.map((id) => `  ${id}`),
      localize('error.ambiguousGuideHint'),
    ]);
    this.matches = matches;
  }
}

export class CountryNotFoundError extends TramitError {
  readonly suggestions: string[];
  constructor(input: string, suggestions: string[]) {
    super(localize('error.countryNotFound', { input }), 2, [
      ...didYouMean(suggestions),
      localize('error.countryNotFoundHint'),
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
