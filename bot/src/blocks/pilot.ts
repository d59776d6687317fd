/**
 * `/distil pilot`: the pilot's runs (the same design as `distilplan pilot`), what it costs, and the staged plan
 * with its go/no-go rules, in the person's language: described by core, worded by messages/, laid out by the one
 * answer layout. The odds of settling are the CLI's (a simulation takes seconds); the answer names the command.
 */
import { describePilot } from '../../../core/index.js';
import { wordPilot } from '../../../messages/index.js';
import type { PilotResult } from '../results/compute.js';
import type { Built } from './kit.js';
import { answerBlocks } from './layout.js';

export function pilotBlocks(result: PilotResult): Built {
  const description = describePilot(result.plan, { code: 'simulate', teacher: result.inputs.teacher });
  return answerBlocks(wordPilot(description, result.lang));
}
