/** The bench's command line: help prints and stops, and a mistyped option stops before a long run. */
import { describe, expect, it } from 'vitest';
import { options } from '../../scripts/bench/index';

describe('npm run bench options', () => {
  it('answers --help without measuring anything', () => {
    expect(options(['--help'])).toBe('help');
    expect(options(['--sizes', '1000', '-h'])).toBe('help');
  });

  it('refuses an option it does not know, naming it, instead of running every size', () => {
    expect(() => options(['--size', '1000'])).toThrow(/unknown option '--size'[\s\S]*--sizes 1000,10000,50000/);
    expect(() => options(['--no-browsers'])).toThrow(/unknown option '--no-browsers'/);
  });

  it('reads the sizes and flags it knows', () => {
    expect(options(['--sizes', '1k,10000', '--no-browser', '--port', '4400'])).toMatchObject({ sizes: [1000, 10000], browser: false, port: 4400, smoke: false });
    expect(options(['--smoke'])).toMatchObject({ sizes: [1000], smoke: true, rebuild: false });
  });
});
