import type { App } from '@slack/bolt';
import { FORM_CALLBACK, FORM_SHORTCUT } from '../../ids.js';
import { claim } from '../unclaimed.js';
import { formShortcut } from './shortcut.js';
import { formSubmitted } from './submit.js';

export function register(app: App): void {
  app.shortcut(FORM_SHORTCUT, claim, formShortcut);
  app.view(FORM_CALLBACK, claim, formSubmitted);
}
