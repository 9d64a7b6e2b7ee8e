/**
 * The part of Node's `assert` the tests use (`node:assert/strict`, and the strict functions of
 * `assert`), for the browser, where Node's module is not available: the web worker extension
 * host and the unit tests in Chromium. test/web/tsconfig.json and the bundles map those
 * imports here, so the same suites run in Node and in the browser unchanged.
 */

export class AssertionError extends Error {
  override readonly name = 'AssertionError';
  constructor(message: string, readonly actual?: unknown, readonly expected?: unknown) {
    super(message);
  }
}

function fail(message: string | Error | undefined, fallback: string, actual?: unknown, expected?: unknown): never {
  if (message instanceof Error) throw message;
  throw new AssertionError(message ?? fallback, actual, expected);
}

function show(value: unknown): string {
  try {
    return typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
  } catch {
    return String(value);
  }
}

export function ok(value: unknown, message?: string | Error): asserts value {
  if (!value) fail(message, `expected a truthy value, got ${show(value)}`);
}

export function equal<T>(actual: unknown, expected: T, message?: string | Error): asserts actual is T {
  if (!Object.is(actual, expected)) fail(message, `expected ${show(actual)} to equal ${show(expected)}`, actual, expected);
}

export function notEqual(actual: unknown, expected: unknown, message?: string | Error): void {
  if (Object.is(actual, expected)) fail(message, `expected ${show(actual)} not to equal ${show(expected)}`, actual, expected);
}

export function deepEqual<T>(actual: unknown, expected: T, message?: string | Error): asserts actual is T {
  if (!deepStrictEqual(actual, expected)) fail(message, `expected ${show(actual)} to deeply equal ${show(expected)}`, actual, expected);
}

export function notDeepEqual(actual: unknown, expected: unknown, message?: string | Error): void {
  if (deepStrictEqual(actual, expected)) fail(message, `expected ${show(actual)} not to deeply equal ${show(expected)}`, actual, expected);
}

export function throws(run: () => unknown, expected?: RegExp | ((error: unknown) => boolean), message?: string | Error): void {
  try {
    run();
  } catch (error) {
    if (expected instanceof RegExp && !expected.test(error instanceof Error ? error.message : String(error))) {
      fail(message, `the error ${show(String(error))} does not match ${expected}`, error, expected);
    }
    if (typeof expected === 'function' && !expected(error)) fail(message, `the error ${show(String(error))} is not the one expected`, error);
    return;
  }
  fail(message, 'expected the function to throw');
}

export function match(value: string, pattern: RegExp, message?: string | Error): void {
  if (typeof value !== 'string' || !pattern.test(value)) fail(message, `expected ${show(value)} to match ${pattern}`, value, pattern);
}

export function doesNotMatch(value: string, pattern: RegExp, message?: string | Error): void {
  if (typeof value !== 'string' || pattern.test(value)) fail(message, `expected ${show(value)} not to match ${pattern}`, value, pattern);
}

/** Node's strict deep equality for what tests compare: primitives, arrays, plain objects, maps, sets, dates, regular expressions. */
function deepStrictEqual(x: unknown, y: unknown): boolean {
  if (Object.is(x, y)) return true;
  if (typeof x !== 'object' || typeof y !== 'object' || x === null || y === null) return false;
  if (Object.getPrototypeOf(x) !== Object.getPrototypeOf(y)) return false;
  if (x instanceof Date) return x.getTime() === (y as Date).getTime();
  if (x instanceof RegExp) return String(x) === String(y);
  if (x instanceof Map) {
    const other = y as Map<unknown, unknown>;
    return x.size === other.size && [...x].every(([key, value]) => other.has(key) && deepStrictEqual(value, other.get(key)));
  }
  if (x instanceof Set) {
    const other = y as Set<unknown>;
    return x.size === other.size && [...x].every((value) => other.has(value));
  }
  const keysX = Object.keys(x);
  const keysY = Object.keys(y);
  if (keysX.length !== keysY.length) return false;
  const recordY = y as Record<string, unknown>;
  return keysX.every((key) => Object.prototype.hasOwnProperty.call(y, key) && deepStrictEqual((x as Record<string, unknown>)[key], recordY[key]));
}

/** The names of the strict functions in `assert` itself (`assert.strictEqual`, …). */
export { equal as strictEqual, notEqual as notStrictEqual, deepEqual as deepStrictEqual, notDeepEqual as notDeepStrictEqual };
