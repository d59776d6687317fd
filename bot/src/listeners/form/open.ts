/** Opens the question form (views.open with the trigger id), pre-filled from the person's last question. */
import type { webApi } from '@slack/bolt';
import type { LastQuestionStore } from '../../form/last.js';
import { type FormOrigin, formView } from '../../form/view.js';

export async function openForm(
  client: webApi.WebClient,
  triggerId: string,
  userId: string,
  origin: FormOrigin,
  last: LastQuestionStore,
): Promise<void> {
  await client.views.open({ trigger_id: triggerId, view: formView(origin, await last.of(userId)) });
}
