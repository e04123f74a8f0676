/**
 * The segmentation calculator's data work, with no DOM: it holds the customer table, segments it
 * when the options change and answers for one page of rows at a time. The same class runs on the
 * page for small tables and inside a worker for large ones (see client.ts).
 */
import type { SegmentationMethod } from '../../lib/calculators/segmentation';
import { ABC_CLASSES, PYRAMID_TIERS, type AbcClass, type PyramidTier } from '../../lib/crm/abc';
import { readCustomers, type CustomerIssue, type CustomerRead } from '../../lib/crm/customers';
import type { GroupSummary } from '../../lib/crm/groups';
import { RFM_GROUPS, type Dimension, type RfmGroup } from '../../lib/crm/rfm';
import {
	paretoPoints,
	segmentCustomers,
	type SegmentIssue,
	type SegmentOptions,
	type Segmentation,
} from '../../lib/crm/segment';
import { toCsv } from '../../lib/export/csv';
import type { DecodeInfo } from '../../lib/files/encodings';
import { assertNever, type Result } from '../../lib/result';

export type Method = SegmentationMethod;
/** A group of any method: an RFM group, an ABC class or a pyramid tier. */
export type Group = RfmGroup | AbcClass | PyramidTier;
export const PAGE_SIZE = 20;

export interface Query {
	method: Method;
	options: SegmentOptions;
	/** Show only this group's customers ('' for all). */
	group: string;
	page: number;
}

export interface ViewRow {
	id: string;
	recency: number;
	frequency: number;
	monetary: number;
	r: number;
	f: number;
	m: number;
	rfmGroup: RfmGroup;
	/** Rank by money (1 = highest), cumulative money share at that rank, class and tier; absent without ABC. */
	rank?: number;
	cumulative?: number;
	abc?: AbcClass;
	tier?: PyramidTier;
}

export interface View {
	/** The method this view answers (the page may already have moved on to another). */
	method: Method;
	n: number;
	header: boolean;
	amountsOnly: boolean;
	badRows: number;
	issues: CustomerIssue[];
	tooMany: boolean;
	/** Why the chosen method has no result (no customers, nobody spent anything, cut-offs out of order). */
	problem: SegmentIssue | 'amounts-only' | null;
	means: Record<Dimension, number> | null;
	emptyScores: Record<Dimension, number[]> | null;
	groups: GroupSummary<Group>[];
	pareto: [number, number][] | null;
	rows: ViewRow[];
	/** Customers in the chosen group (all when no group is chosen). */
	matching: number;
	page: number;
	/** Milliseconds spent reading the text and segmenting it, the last time both happened. */
	ms: number;
	/** How an opened file's bytes were decoded (null for typed or pasted text). */
	decoded: DecodeInfo | null;
}

export class SegmentEngine {
	private read: CustomerRead | null = null;
	private tooMany = false;
	private result: Result<Segmentation, SegmentIssue> | null = null;
	private optionsKey = '';
	private readMs = 0;
	private ms = 0;
	private decoded: DecodeInfo | null = null;

	load(text: string, decoded: DecodeInfo | null = null): void {
		const t0 = performance.now();
		this.decoded = decoded;
		const read = readCustomers(text);
		this.tooMany = 'tooMany' in read;
		this.read = 'tooMany' in read ? null : read;
		this.result = null;
		this.optionsKey = '';
		this.readMs = performance.now() - t0;
	}

	private segment(options: SegmentOptions) {
		const key = JSON.stringify(options);
		if (this.result && key === this.optionsKey) return this.result;
		const t0 = performance.now();
		this.result = this.read
			? segmentCustomers(this.read.columns, options)
			: { ok: false, issues: ['no-customers'] };
		this.optionsKey = key;
		this.ms = this.readMs + performance.now() - t0;
		return this.result;
	}

	view(q: Query): View {
		const read = this.read;
		const result = this.segment(q.options);
		const seg = result.ok ? result.value : null;
		const needsAbc = q.method !== 'rfm';
		const problem = !result.ok
			? result.issues[0]!
			: needsAbc && !seg!.abc
				? 'no-revenue'
				: !needsAbc && read!.amountsOnly
					? 'amounts-only'
					: null;
		const base = {
			method: q.method,
			n: read?.columns.ids.length ?? 0,
			header: read?.header ?? false,
			amountsOnly: read?.amountsOnly ?? false,
			badRows: read?.badRows ?? 0,
			issues: read?.issues ?? [],
			tooMany: this.tooMany,
			ms: this.ms,
			decoded: this.decoded,
		};
		if (!seg || problem)
			return {
				...base,
				problem,
				means: null,
				emptyScores: null,
				groups: [],
				pareto: null,
				rows: [],
				matching: 0,
				page: 0,
			};
		const keys: readonly string[] = this.keys(q.method);
		const groupOf = this.groupArray(seg, q.method);
		const groups = this.groups(seg, q.method);
		const wanted = q.group === '' ? -1 : keys.indexOf(q.group);
		const order = needsAbc ? seg.abc!.order : null;
		const matching = wanted < 0 ? seg.n : groups[wanted]!.count;
		const page = Math.max(0, Math.min(q.page, Math.ceil(matching / PAGE_SIZE) - 1));
		const rows: ViewRow[] = [];
		let seen = 0;
		for (let k = 0; k < seg.n && rows.length < PAGE_SIZE; k++) {
			const i = order ? order[k]! : k;
			if (wanted >= 0 && groupOf[i] !== wanted) continue;
			if (seen++ >= page * PAGE_SIZE) rows.push(this.row(seg, i, order ? k : undefined));
		}
		return {
			...base,
			problem: null,
			means: seg.rfm.means,
			emptyScores: seg.rfm.emptyScores,
			groups,
			pareto: seg.abc ? paretoPoints(seg.abc.cumulative, 100) : null,
			rows,
			matching,
			page,
		};
	}

	/** Every customer as CSV, with the columns of the chosen method; `labels` are the page's headers and group names. */
	csv(method: Method, labels: { header: string[]; groups: Record<string, string> }): string {
		const seg = this.result?.ok ? this.result.value : null;
		if (!seg) return toCsv(labels.header, []);
		const rows: (string | number)[][] = [];
		const order = method !== 'rfm' && seg.abc ? seg.abc.order : null;
		for (let k = 0; k < seg.n; k++) {
			const row = this.row(seg, order ? order[k]! : k, order ? k : undefined);
			rows.push(
				method === 'rfm'
					? [
							row.id,
							row.recency,
							row.frequency,
							row.monetary,
							row.r,
							row.f,
							row.m,
							`${row.r}${row.f}${row.m}`,
							labels.groups[row.rfmGroup]!,
						]
					: [
							row.rank!,
							row.id,
							row.monetary,
							row.cumulative!,
							labels.groups[method === 'abc' ? row.abc! : row.tier!]!,
						],
			);
		}
		return toCsv(labels.header, rows);
	}

	private keys(method: Method): readonly Group[] {
		switch (method) {
			case 'rfm':
				return RFM_GROUPS;
			case 'abc':
				return ABC_CLASSES;
			case 'pyramid':
				return PYRAMID_TIERS;
			default:
				return assertNever(method);
		}
	}

	/** Each customer's group, as an index into {@link keys}. */
	private groupArray(seg: Segmentation, method: Method): Uint8Array {
		switch (method) {
			case 'rfm':
				return seg.rfm.group;
			case 'abc':
				return seg.abc!.abc;
			case 'pyramid':
				return seg.abc!.tier;
			default:
				return assertNever(method);
		}
	}

	private groups(seg: Segmentation, method: Method): GroupSummary<Group>[] {
		switch (method) {
			case 'rfm':
				return seg.rfmGroups;
			case 'abc':
				return seg.abcGroups;
			case 'pyramid':
				return seg.tierGroups;
			default:
				return assertNever(method);
		}
	}

	private row(seg: Segmentation, i: number, rank?: number): ViewRow {
		const c = this.read!.columns;
		const row: ViewRow = {
			id: c.ids[i]!,
			recency: c.recency[i]!,
			frequency: c.frequency[i]!,
			monetary: c.monetary[i]!,
			r: seg.rfm.r[i]!,
			f: seg.rfm.f[i]!,
			m: seg.rfm.m[i]!,
			rfmGroup: RFM_GROUPS[seg.rfm.group[i]!]!,
		};
		if (seg.abc && rank !== undefined) {
			row.rank = rank + 1;
			row.cumulative = seg.abc.cumulative[rank]!;
			row.abc = ABC_CLASSES[seg.abc.abc[i]!]!;
			row.tier = PYRAMID_TIERS[seg.abc.tier[i]!]!;
		}
		return row;
	}
}
