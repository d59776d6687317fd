/** Every answer described once, as data: messages/ words it and each face lays it out. */
export * from './compare.js';
export * from './cost.js';
export * from './decide.js';
export * from './fit.js';
export * from './parts.js';
export * from './pilot.js';
export * from './plan.js';
export * from './presets.js';
export * from './scenarios.js';
