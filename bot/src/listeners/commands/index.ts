import type { App } from '@slack/bolt';
import { COMMAND } from '../../ids.js';
import { claim } from '../unclaimed.js';
import { distilCommand } from './distil.js';

export function register(app: App): void {
  app.command(COMMAND, claim, distilCommand);
}
