/**
 * `/distil presets`: every coefficient set preset= takes, with what it is, its fit quality (MAPE, max error), runs,
 * bootstrap samples and date; a file that cannot be used says which field is wrong. Described by core, worded by
 * messages/, laid out by the one answer layout (each set a labelled value).
 */
import { describePresets } from '../../../core/index.js';
import { namesFor, wordPresets } from '../../../messages/index.js';
import type { Lang } from '../command/parse.js';
import type { PresetList } from '../presets.js';
import type { Built } from './kit.js';
import { answerBlocks } from './layout.js';

export function presetsBlocks(lang: Lang, list: PresetList): Built {
  return answerBlocks(wordPresets(describePresets(list), lang, namesFor('slack')));
}
