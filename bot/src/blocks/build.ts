/** A computed result → its message text and blocks (the share button is added by the caller). */

import type { DecideResult, Result } from '../results/compute.js';
import { compareBlocks } from './compare.js';
import { costBlocks } from './cost.js';
import { decideBlocks } from './decide.js';
import { formatFor } from './format.js';
import { helpBlocks } from './help.js';
import type { Built } from './kit.js';
import { pilotBlocks } from './pilot.js';
import { planBlocks } from './plan.js';
import { presetsBlocks } from './presets.js';
import { scenariosBlocks } from './scenarios.js';
import { servingDecideBlocks } from './serving.js';

/** A decide answer with serve= and days=: its training + serving right after the headline section. */
function withServing(built: Built, result: DecideResult): Built {
  if (!result.serving) return built;
  const headline = built.blocks.findIndex((block) => block.type === 'section');
  const at = headline < 0 ? built.blocks.length : headline + 1;
  const blocks = [...built.blocks];
  blocks.splice(at, 0, ...servingDecideBlocks(formatFor(result.lang), result.serving));
  return { ...built, blocks };
}

export function buildResult(result: Result): Built {
  switch (result.kind) {
    case 'help':
      return helpBlocks(result.lang);
    case 'presets':
      return presetsBlocks(result.lang, result.list);
    case 'decide':
      return withServing(decideBlocks(result), result);
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
