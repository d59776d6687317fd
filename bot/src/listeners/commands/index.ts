import type { App } from '@slack/bolt';
import { COMMAND } from '../../ids.js';
import { distilCommand } from './distil.js';

export function register(app: App): void {
  app.command(COMMAND, distilCommand);
}
