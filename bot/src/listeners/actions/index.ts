import type { App } from '@slack/bolt';
import { POST_TO_CHANNEL_ACTION } from '../../ids.js';
import { claim } from '../unclaimed.js';
import { postToChannel } from './post-to-channel.js';

export function register(app: App): void {
  app.action(POST_TO_CHANNEL_ACTION, claim, postToChannel);
}
