/** A computed result → its message text and blocks (the share button is added by the caller). */

import type { Result } from '../results/compute.js';
import { compareBlocks } from './compare.js';
import { costBlocks } from './cost.js';
import { decideBlocks } from './decide.js';
import { helpBlocks } from './help.js';
import type { Built } from './kit.js';
import { pilotBlocks } from './pilot.js';
import { planBlocks } from './plan.js';
import { presetsBlocks } from './presets.js';
import { scenariosBlocks } from './scenarios.js';

export function buildResult(result: Result): Built {
  switch (result.kind) {
    case 'help':
      return helpBlocks(result.lang);
    case 'presets':
      return presetsBlocks(result.lang, result.list);
    case 'decide':
      return decideBlocks(result);
    case 'plan':
      return planBlocks(result);
    case 'cost':
      return costBlocks(result);
    case 'compare':
      return compareBlocks(result);
    case 'scenarios':
      return scenariosBlocks(result);
    case 'pilot':
      return pilotBlocks(result);
  }
}
