/** Ids Slack routes by; manifest.json must name the same command (a test checks it). */
export const COMMAND = '/distil';
export const POST_TO_CHANNEL_ACTION = 'distil_post_to_channel';
/** The question form's modal, and the global shortcut that opens it (manifest.json names the same). */
export const FORM_CALLBACK = 'distil_form';
export const FORM_SHORTCUT = 'distil_ask';
