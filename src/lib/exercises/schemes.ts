/**
 * The category lists a classification exercise chooses from. Labels live in zh-CN.json as
 * ex.choice.<scheme>.<key>; the keys are the codes src/lib/crm uses.
 */
import { ABC_CLASSES, PYRAMID_TIERS } from '../crm/abc';
import { RFM_GROUPS } from '../crm/rfm';

export const SCHEMES = {
	'lifecycle-stage': ['exploration', 'formation', 'stability', 'decline', 'ended'],
	'lifecycle-pattern': ['early-abort', 'mid-abort', 'early-exit', 'long-term'],
	'loyalty-cause': ['monopoly', 'inertia', 'price', 'incentive', 'trust', 'none'],
	'loyalty-matrix': ['apostle', 'mercenary', 'hostage', 'defector'],
	'dick-basu': ['true', 'latent', 'spurious', 'no-loyalty'],
	'rfm-group': RFM_GROUPS,
	'abc-class': ABC_CLASSES,
	'pyramid-tier': PYRAMID_TIERS,
	'satisfaction-verdict': ['dissatisfied', 'neutral', 'satisfied'],
} as const satisfies Record<string, readonly string[]>;

export type SchemeId = keyof typeof SCHEMES;
export const SCHEME_IDS = Object.keys(SCHEMES) as SchemeId[];
