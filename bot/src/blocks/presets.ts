/**
 * `/distil presets`: every coefficient set preset= takes, one section each,
 * with what it is, its fit quality (MAPE, max error), runs, bootstrap samples
 * and date; a file that cannot be used says which field is wrong.
 */
import { CATALOGUES, fitErrorPercent, renderError } from '../../../messages/index.js';
import type { Lang } from '../command/parse.js';
import type { PresetEntry, PresetList } from '../presets.js';
import { type Block, type Built, context, escapeMrkdwn, header, section } from './kit.js';

export function presetsBlocks(lang: Lang, list: PresetList): Built {
  const words = CATALOGUES[lang].presets;
  const lines: Block[] = list.entries.map((entry) => section(`\`${entry.name}\` — ${describe(lang, entry)}`));
  if (list.more > 0) lines.push(section(words.more(list.more)));
  return {
    text: words.text(list.entries.length + list.more),
    blocks: [header(words.title), ...lines, context([words.footer({ folder: list.folder })])],
  };
}

function describe(lang: Lang, { name, read }: PresetEntry): string {
  const words = CATALOGUES[lang].presets;
  if ('error' in read) return escapeMrkdwn(words.unreadable(renderError(read.error, lang, 'slack').short));
  const { fit, created } = read.set;
  const shipped = Object.hasOwn(words.shipped, name) ? words.shipped[name as keyof typeof words.shipped] : undefined;
  const fitted = fit
    ? words.fitted({
        law: fit.law,
        fitted: fit.fitted,
        runs: fit.runs.count,
        mape: fitErrorPercent(fit.quality.mape),
        maxError: fitErrorPercent(fit.quality.maxError),
        samples: fit.bootstrap.samples.length,
        ...(created ? { created } : {}),
      })
    : undefined;
  const parts = [shipped, fitted ?? (shipped ? undefined : words.unfitted(created ? { created } : {}))];
  return escapeMrkdwn(parts.filter((part) => part !== undefined).join(' · '));
}
