/** What the person who pressed Post to channel is told when the chart could not follow the answer. */
import type { Lang } from '../command/parse.js';
import { type Message, section } from './kit.js';

export type ChartNotice = 'not-in-channel' | 'missing-scope';

const NOTICES: Record<ChartNotice, Record<Lang, string>> = {
  'not-in-channel': {
    en: 'The answer is posted, but not its chart: I can upload files only to channels I am a member of. Invite me with `/invite @distilplan`, then press *Post to channel* again.',
    ja: '回答は投稿しましたが、グラフは投稿できませんでした。ファイルをアップロードできるのは参加しているチャンネルだけです。`/invite @distilplan` で招待してから、もう一度「チャンネルに投稿」を押してください。',
  },
  'missing-scope': {
    en: 'The answer is posted, but not its chart: this app lacks the `files:write` scope. Ask a workspace admin to reinstall it from the current manifest.',
    ja: '回答は投稿しましたが、グラフは投稿できませんでした。このアプリには `files:write` の権限がありません。ワークスペースの管理者に、最新のマニフェストで再インストールするよう依頼してください。',
  },
};

export function chartNotice(notice: ChartNotice, lang: Lang): Message {
  const text = NOTICES[notice][lang];
  return { response_type: 'ephemeral', text, blocks: [section(text)] };
}
