/**
 * The in-app browsers of inapp.ts in one pattern, for the check made on every download: small
 * enough to ship with each calculator, while the table that names the app loads only once it
 * matches. test/lib/browser/inapp.test.ts keeps the two equal.
 */
export const IN_APP_AGENT =
	/wxwork\/|MicroMessenger\/|(?:^|[^A-Za-z])QQ\/\d|ChaoXingStudy|com\.chaoxing|DingTalk/i;
