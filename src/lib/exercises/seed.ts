/**
 * Seeds for generated exercises: a number typed by an instructor, or a student number turned into
 * one, so every student can get a variant of their own that is the same each time they open it.
 */

/** Largest seed; seeds are whole numbers 1 … MAX_SEED. */
export const MAX_SEED = 999_999;

/**
 * FNV-1a over the characters of a text (trimmed, full-width digits and letters made plain), folded
 * into 1 … MAX_SEED.
 * @example seedFromText('20230101') === seedFromText('２０２３０１０１') // true
 */
export function seedFromText(text: string): number {
	const plain = text.normalize('NFKC').trim();
	let hash = 0x811c9dc5;
	for (let i = 0; i < plain.length; i++) {
		hash ^= plain.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	return (hash % MAX_SEED) + 1;
}
