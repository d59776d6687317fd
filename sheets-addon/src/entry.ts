/**
 * The bundle's entry: esbuild wraps it in an IIFE assigned to `__addon`, and
 * the generated footer declares one top-level function per registry entry
 * that forwards to `__addon.NAME` (Apps Script only discovers top-level
 * function declarations, and only they carry the @customfunction JSDoc).
 */
import { FUNCTIONS } from './functions.js';

export { insertBudgetSheet, onInstall, onOpen, showDistilSidebar } from './ui/menu.js';
export { distilSidebarAnswer } from './ui/sidebar.js';

export const {
  DISTIL_LOSS,
  SUPERVISED_LOSS,
  FORWARD_FLOPS,
  TRAINING_FLOPS,
  OPTIMAL_SUPERVISED,
  OPTIMAL_DISTIL,
  DISTIL_OR_TRAIN,
  DISTIL_NOTES,
  FLIP_COMPUTE,
  GPU_HOURS,
  TRAINING_COST,
  BUDGET_FLOPS,
  GPU_PRICE,
  FIT_SUPERVISED,
  FIT_DISTIL,
  PILOT_PLAN,
} = FUNCTIONS;
