/** The bundle's build (scripts/build-bot.mjs), as the deploy test imports it. */
import type { BuildOptions } from 'esbuild';

export const BOT_BUNDLE: string;
export function botBuildOptions(outdir: string): BuildOptions;
