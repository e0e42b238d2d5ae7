import type { CaseCategory } from './case';
import { translator } from './i18n';
import type { MessageContent } from './messages';

/**
 * What the workflow asks to say to a resident; the words come from the resident's language catalog when the
 * message is stored (the messaging activity), so the workflow stays free of catalogs and knows no language.
 */
export type ResidentContent =
  | { kind: 'acknowledge'; category: CaseCategory; summary: string; /** The staff member's own words. */ body?: string }
  | { kind: 'plan'; plan: string }
  | { kind: 'check_in'; summary: string }
  | { kind: 'reminder'; summary: string }
  | { kind: 'note'; body: string };

/** The message in the household's language, ending with the resident's link when there is one. */
export function renderResidentMessage(
  content: ResidentContent,
  languageTag: string | null | undefined,
  link: string | null,
): MessageContent {
  const { t } = translator(languageTag);
  let message: MessageContent;
  switch (content.kind) {
    case 'acknowledge':
      message = {
        template: `acknowledge.${content.category}`,
        subject: t('message.acknowledge.subject'),
        body:
          content.body ??
          t('message.acknowledge.body', { wentWrong: t(`wentWrong.${content.category}`), summary: content.summary }),
      };
      break;
    case 'plan':
      message = {
        template: 'resolve.plan_for_agreement',
        subject: t('message.plan.subject'),
        body: t('message.plan.body', { plan: content.plan }),
      };
      break;
    case 'check_in':
      message = {
        template: 'follow_up.check_in',
        subject: t('message.checkIn.subject'),
        body: t('message.checkIn.body', { summary: content.summary }),
      };
      break;
    case 'reminder':
      message = {
        template: 'follow_up.reminder',
        subject: t('message.reminder.subject'),
        body: t('message.reminder.body', { summary: content.summary }),
      };
      break;
    case 'note':
      message = { template: 'note.resident', subject: t('message.note.subject'), body: content.body };
      break;
  }
  return link ? { ...message, body: `${message.body}\n\n${t('message.link', { link })}` } : message;
}
