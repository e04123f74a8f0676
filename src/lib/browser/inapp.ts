/**
 * The in-app browsers students open course links in (a teacher posts a link in a class group).
 * They drop downloads made from `blob:` URLs, cannot print and open few files, so the site offers
 * what works there instead (see src/islands/kit/save.ts). Read from the user agent: these
 * browsers name themselves in it, and there is no feature test for "this download will be dropped".
 */

export type InAppBrowser = 'wechat' | 'wecom' | 'qq' | 'chaoxing' | 'dingtalk';

/** Most specific first: 企业微信 also calls itself MicroMessenger. */
const SIGNATURES: readonly (readonly [InAppBrowser, RegExp])[] = [
	['wecom', /\bwxwork\//i],
	['wechat', /\bMicroMessenger\//i],
	// The QQ app, not QQ浏览器 (MQQBrowser/QQBrowser), which is a full browser that downloads.
	['qq', /(?:^|[^A-Za-z])QQ\/\d/],
	['chaoxing', /ChaoXingStudy|com\.chaoxing/i],
	['dingtalk', /\bDingTalk\b/i],
];

/** Which in-app browser a user agent belongs to, or null for a full browser. */
export function inAppBrowser(userAgent: string): InAppBrowser | null {
	for (const [name, signature] of SIGNATURES) if (signature.test(userAgent)) return name;
	return null;
}
