/**
 * `npm run docs:slack`: docs/slack-answer-ja.png, the Japanese decide answer
 * as an executive sees it on a phone (390 px wide): the call, the sentence in
 * money and time, then the details. Block Kit rendered to HTML
 * (slack-phone/html.ts) and screenshotted in headless Chromium.
 */
import { join } from 'node:path';
import { answer } from '../bot/src/answer/answer.js';
import { renderPhone } from './slack-phone/browser.js';
import { blocksToHtml } from './slack-phone/html.js';

/** What the executive typed: a 10B model, an existing 7.75B teacher, ¥1M at ¥150 per dollar, 64 GPUs. */
export const PICTURE_COMMAND = 'decide student=10B budget=100万円 teacher=7.75B@512B rate=150 gpus=64 lang=ja';
const OUT = join(import.meta.dirname, '..', 'docs', 'slack-answer-ja.png');

const message = answer(PICTURE_COMMAND);
const { headlineBottom, height } = await renderPhone(blocksToHtml(message.blocks, 'ja'), OUT);
console.log(`wrote ${OUT}: ${height} px tall, the headline ends at ${headlineBottom} px`);
