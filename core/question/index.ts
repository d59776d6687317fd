export * from './command.js';
export * from './keys.js';
export * from './numbers.js';
export * from './read.js';
