import type { MessageKey } from '../../i18n';
import { t } from '../../i18n/client';
import type { SchemeId } from '../../lib/exercises/schemes';

/** Where each category list's labels already live in zh-CN.json (shared with the calculators). */
const PREFIX: Record<SchemeId, string> = {
	'lifecycle-stage': 'life.stage.',
	'lifecycle-pattern': 'life.pattern.',
	'loyalty-cause': 'loy.class.',
	'loyalty-matrix': 'loy.class.',
	'dick-basu': 'loy.class.',
	'rfm-group': 'seg.group.',
	'abc-class': 'seg.group.',
	'pyramid-tier': 'seg.group.',
	'satisfaction-verdict': 'sat.verdict.',
};

/** The string prefixes an exercise island needs, for its wrapper's pickStrings. */
export const EXERCISE_STRINGS = [
	'ex.',
	'store.',
	'kit.',
	'issue.',
	'life.stage.',
	'life.pattern.',
	'loy.class.',
	'seg.group.',
	'sat.verdict.',
	'sat.dim.',
] as const;

export const choiceLabel = (scheme: SchemeId, key: string) =>
	t(`${PREFIX[scheme]}${key}` as MessageKey);
