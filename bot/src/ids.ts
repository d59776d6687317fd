/** Ids Slack routes by; manifest.json must name the same command (a test checks it). */
export const COMMAND = '/distil';
export const POST_TO_CHANNEL_ACTION = 'distil_post_to_channel';
