import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { customersText } from '../lib/crm/customers';
import { sampleCustomers } from '../lib/crm/sample';
import { decodeState } from '../lib/share/codec';
import {
	SEGMENTATION,
	SEGMENTATION_PARAMS,
	dataForLink,
	readSegmentationForm,
	type SegmentationParams,
} from '../lib/calculators/segmentation';
import { formatNumber } from '../lib/format/number';
import { t } from '../i18n/client';
import { CalculatorShell } from './kit/CalculatorShell';
import { downloadFile } from './kit/download';
import { ModePicker } from './kit/ModePicker';
import { useCalculatorState, type CalculatorProps } from './kit/useCalculatorState';
import type { DecodeInfo, EncodingChoice } from '../lib/files/encodings';
import { SegmentClient, WORKER_THRESHOLD, type Source } from './segmentation/client';
import { CustomerTable } from './segmentation/CustomerTable';
import { csvHeader } from './segmentation/csvHeader';
import { DataInput } from './segmentation/DataInput';
import type { View } from './segmentation/engine';
import { MethodOptions } from './segmentation/MethodOptions';
import { optionErrors } from './segmentation/options';
import { Results, groupLabel } from './segmentation/Results';
import { ShareNote } from './segmentation/ShareNote';

/** Key prefixes of the strings this calculator shows (the spec's; tests pass them in). */
export const SEGMENTATION_STRINGS = SEGMENTATION.strings;

/** The built-in sample: 200 made-up customers, the same on every visit (seed 1). */
export const SAMPLE_SIZE = 200;
const sampleText = () =>
	customersText(
		sampleCustomers(SAMPLE_SIZE, 1),
		[t('seg.col.id'), t('seg.col.recency'), t('seg.col.frequency'), t('seg.col.monetary')].join(
			',',
		),
	);

/** The segmentation calculator: RFM, ABC and the customer pyramid on a whole customer table. */
export default function SegmentationCalculator(props: CalculatorProps<SegmentationParams>) {
	const { state, update, link, syncUrl, idPrefix, headingLevel } = useCalculatorState(
		SEGMENTATION,
		props,
	);
	const initial = decodeState(SEGMENTATION_PARAMS, '', props.defaults);
	const method = state.method;
	// The table lives here, not in the URL: only a share link the person asks for carries it, in its fragment.
	const [text, setText] = useState<string | null>(null);
	/** A large file or paste, kept out of the text box and read in the worker. */
	const [file, setFile] = useState<{ blob: Blob; name: string; pasted: boolean } | null>(null);
	/** The file last opened (small or large), so it can be read again in another encoding. */
	const [opened, setOpened] = useState<{
		file: File;
		choice: EncodingChoice;
		info: DecodeInfo | null;
	} | null>(null);
	const [shareData, setShareData] = useState(false);
	const [view, setView] = useState<View | null>(null);
	const [busy, setBusy] = useState(false);
	/** Something failed (the engine, the worker, a chunk that did not load): said on the page. */
	const [failed, setFailed] = useState(false);
	const [group, setGroup] = useState('');
	const [page, setPage] = useState(0);
	const client = useRef<SegmentClient | null>(null);
	// Read from the option fields alone, so typing in the table does not make new options.
	const { score, rb, fb, mb, a, b, pyr } = state;
	const form = useMemo(
		() => readSegmentationForm({ score, rb, fb, mb, a, b, pyr }),
		[score, rb, fb, mb, a, b, pyr],
	);
	const { options } = form;
	const errors = optionErrors(form.issues, initial);
	// The sample is the same every time: built once, not on every render.
	const sample = useMemo(sampleText, []);
	const fileSource = useMemo(
		() =>
			file
				? ({
						blob: file.blob,
						encoding: file.pasted ? 'utf-8' : (opened?.choice ?? 'auto'),
					} as const)
				: null,
		[file, opened?.choice],
	);
	const source: Source | null =
		fileSource ?? text ?? (state.data !== '' ? state.data : state.sample === '1' ? sample : null);
	const query = useMemo(() => ({ method, options, group, page }), [method, options, group, page]);
	const report = useCallback((error: unknown) => {
		console.error(error);
		setFailed(true);
	}, []);

	useEffect(() => {
		client.current = new SegmentClient();
		return () => client.current?.dispose();
	}, []);

	// Load when the table changes; only ask for a new view when the method, options or page change.
	const loaded = useRef<Source | null>(null);
	useEffect(() => {
		const engine = client.current;
		if (source === null || !engine) return;
		let live = true;
		const fresh = loaded.current !== source;
		loaded.current = source;
		setBusy(true);
		setFailed(false);
		(fresh ? engine.load(source, query) : engine.view(query)).then(
			(v) => {
				if (!live || !v) return;
				setView(v);
				setBusy(false);
			},
			(error: unknown) => {
				// The engine may hold half a table: the next request loads it again.
				if (loaded.current === source) loaded.current = null;
				if (live) {
					setView(null);
					setBusy(false);
					report(error);
				} else console.error(error);
			},
		);
		return () => {
			live = false;
		};
	}, [source, query, report]);

	const setTable = (next: string, fromSample = false, keepOpened = false) => {
		setFile(null);
		if (!keepOpened) setOpened(null);
		setText(next);
		setGroup('');
		setPage(0);
		update({ sample: fromSample ? '1' : '', data: fromSample ? '' : (dataForLink(next) ?? '') });
	};
	const setLarge = (blob: Blob, name: string, pasted: boolean) => {
		setGroup('');
		setPage(0);
		update({ sample: '', data: '' });
		setText(null);
		setFile({ blob, name, pasted });
	};
	const openFile = async (chosen: File, choice: EncodingChoice = 'auto') => {
		if (chosen.size > WORKER_THRESHOLD) {
			setOpened({ file: chosen, choice, info: null });
			setLarge(chosen, chosen.name, false);
			return;
		}
		try {
			// The decoder loads only when a file is opened; its chunk can fail to arrive.
			const { decodeText } = await import('../lib/files/decode');
			const { text: decoded, ...info } = decodeText(
				new Uint8Array(await chosen.arrayBuffer()),
				choice,
			);
			setOpened({ file: chosen, choice, info });
			setTable(decoded, false, true);
		} catch (error) {
			report(error);
		}
	};
	const onPasteLarge = (pasted: string) => {
		setOpened(null);
		setLarge(new Blob([pasted], { type: 'text/plain' }), '', true);
	};
	const downloadCsv = async () => {
		const engine = client.current;
		if (!engine) return;
		const groups = Object.fromEntries((view?.groups ?? []).map((g) => [g.key, groupLabel(g.key)]));
		try {
			const csv = await engine.csv(method, { header: csvHeader(method).map((k) => t(k)), groups });
			downloadFile(t('seg.csvName'), csv, 'text/csv;charset=utf-8');
		} catch (error) {
			report(error);
		}
	};
	const shownText = text ?? (typeof source === 'string' ? source : '');
	// A small file was decoded on the page; a large one in the worker, which reports back in the view.
	const decodedInfo = opened ? (opened.info ?? view?.decoded ?? null) : null;
	const encoding = opened && decodedInfo ? { info: decodedInfo, choice: opened.choice } : null;
	const linkData = !file && state.sample !== '1' && state.data !== '';
	const tooBigForLink =
		!file && state.sample !== '1' && shownText !== '' && dataForLink(shownText) === null;
	const Heading = headingLevel === 2 ? 'h2' : 'h3';
	const problem = view?.problem ?? null;

	return (
		<CalculatorShell
			id="segmentation"
			link={() => link(linkData && shareData)}
			share={
				syncUrl && (
					<ShareNote
						linkData={linkData}
						shareData={shareData}
						onShareData={setShareData}
						rows={linkData ? shownText.split('\n').filter((l) => l.trim() !== '').length : 0}
					/>
				)
			}
		>
			<DataInput
				idPrefix={idPrefix}
				text={shownText}
				file={file && { name: file.name, size: file.blob.size, pasted: file.pasted }}
				encoding={encoding}
				view={view}
				onText={(v) => setTable(v)}
				onPasteLarge={onPasteLarge}
				onFile={(f) => void openFile(f)}
				onEncoding={(choice) => opened && void openFile(opened.file, choice)}
				onSample={() => setTable(sample, true)}
				onEditFile={() => setTable('')}
				onError={report}
			/>
			<ModePicker
				legend={t('seg.method')}
				name={`${idPrefix}-method`}
				options={SEGMENTATION_PARAMS.method.options.map((m) => ({
					value: m,
					label: t(`seg.method.${m}`),
				}))}
				value={method}
				onChange={(m) => {
					setGroup('');
					setPage(0);
					update({ method: m });
				}}
				description={t(`seg.method.${method}.desc`)}
			/>
			<MethodOptions
				idPrefix={idPrefix}
				method={method}
				state={state}
				errors={errors}
				update={update}
			/>
			<p class="seg__busy" role="status" data-busy={busy ? 'true' : 'false'}>
				{busy
					? t('seg.working')
					: view && view.n > 0
						? t('seg.ms', { ms: formatNumber(view.ms, 0) })
						: ''}
			</p>
			{failed && (
				<p class="calc__notice" role="alert">
					{t('seg.failed')}
				</p>
			)}
			{problem && <p class="calc__notice">{t(`seg.problem.${problem}`)}</p>}
			{view && !view.problem && view.groups.length > 0 && (
				// `seg` scopes the styles of its two tables (src/styles/calc.css).
				<div class="seg seg__out" data-compute-ms={view.ms.toFixed(1)}>
					<Results idPrefix={idPrefix} method={view.method} view={view} Heading={Heading} />
					<CustomerTable
						idPrefix={idPrefix}
						method={view.method}
						view={view}
						group={group}
						Heading={Heading}
						onGroup={(g) => {
							setGroup(g);
							setPage(0);
						}}
						onPage={setPage}
					/>
					<div class="seg__export">
						<button type="button" class="btn" onClick={() => void downloadCsv()}>
							{t('kit.downloadCsv')}
						</button>
					</div>
				</div>
			)}
			{syncUrl && tooBigForLink && <p class="calc__model-desc">{t('seg.link.tooBig')}</p>}
		</CalculatorShell>
	);
}
