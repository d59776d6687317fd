import type { App } from '@slack/bolt';
import { homeOpened } from './opened.js';

export function register(app: App): void {
  app.event('app_home_opened', homeOpened);
}
