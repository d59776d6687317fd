/**
 * /distil with names every JavaScript object inherits in place of an id: each
 * answer is the ordinary "not a …" error naming the key, never a function's
 * source text, [object Object] or NaN.
 */
import { describe, expect, it } from 'vitest';
import { answer } from '../../bot/src/answer/answer.js';

const INHERITED = ['constructor', 'toString', 'valueOf', '__proto__', 'hasOwnProperty'];
const COMMANDS: Array<[string, (name: string) => string]> = [
  ['scenario', (name) => `plan student=1B budget=1e21 scenario=${name}`],
  ['currency', (name) => `cost budget=1e22 gpu=h100 currency=${name} rate=150`],
  ['gpu', (name) => `cost budget=1e22 gpu=${name}`],
  ['provider', (name) => `cost budget=1e22 gpu=h100 provider=${name}`],
  ['preset', (name) => `decide student=1B budget=1e21 preset=${name}`],
  ['precision', (name) => `cost budget=1e22 gpu=h100 precision=${name}`],
  ['counting', (name) => `decide student=1B budget=1e21 counting=${name}`],
  ['lang', (name) => `decide student=1B budget=1e21 lang=${name}`],
];

describe.each(COMMANDS)('%s=<inherited name>', (key, command) => {
  it.each(INHERITED)('%s', (name) => {
    const message = answer(command(name));
    const shown = JSON.stringify(message);
    expect(message.text, command(name)).toContain(`${key} "${name}" is not a`);
    expect(shown).not.toMatch(/native code|\[object Object\]|NaN/);
  });
});

it('mfu=1e-300 is refused with the accepted range, not costed', () => {
  expect(answer('cost budget=1e22 gpu=h100 mfu=1e-300').text).toMatch(/^mfu must be ≥ 0\.01/);
});
