import type { ComponentChildren } from 'preact';
import type { FieldSpec, IssueCode } from '../../lib/crm/parse';
import { issueMessage } from '../../i18n/issues';
import { t } from '../../i18n/client';

export interface Column {
	label: string;
	/** The number spec of the column, or null for text (or a choice when `options` is given). */
	spec: FieldSpec | null;
	options?: readonly { value: string; label: string }[];
}

interface Props {
	id: string;
	caption: string;
	columns: Column[];
	rows: string[][];
	/** Issue codes per cell, from readTable. */
	issues: (IssueCode[] | null)[][];
	onChange: (rows: string[][]) => void;
	/** Cells of a newly added row. */
	newRow: string[];
	minRows?: number;
	maxRows?: number;
	/** Computed columns shown after the typed ones (per-row results). */
	computed?: { headers: string[]; cells: (row: number) => ComponentChildren[] };
}

/** An editable table: a student types each cell, adds and removes rows; bad cells say what is wrong. */
export function RowsEditor({
	id,
	caption,
	columns,
	rows,
	issues,
	onChange,
	newRow,
	minRows = 1,
	maxRows = 50,
	computed,
}: Props) {
	const set = (r: number, c: number, value: string) =>
		onChange(
			rows.map((row, i) => (i === r ? row.map((cell, j) => (j === c ? value : cell)) : row)),
		);
	return (
		<div class="rows">
			<div class="table-scroll" tabIndex={0}>
				<table class="rows__table">
					<caption>{caption}</caption>
					<thead>
						<tr>
							{columns.map((col) => (
								<th scope="col">{col.label}</th>
							))}
							{computed?.headers.map((h) => (
								<th scope="col" class="num">
									{h}
								</th>
							))}
							<th scope="col" class="rows__actions">
								<span class="visually-hidden">{t('kit.actions')}</span>
							</th>
						</tr>
					</thead>
					<tbody>
						{rows.map((row, r) => (
							<tr data-row={r}>
								{columns.map((col, c) => {
									const cellId = `${id}-r${r}c${c}`;
									const problem = issues[r]?.[c];
									const label = t('kit.cellLabel', { column: col.label, n: r + 1 });
									return (
										<td class={problem ? 'rows__cell rows__cell--invalid' : 'rows__cell'}>
											{col.options ? (
												<select
													id={cellId}
													aria-label={label}
													value={row[c]}
													onChange={(e) => set(r, c, e.currentTarget.value)}
												>
													{col.options.map((o) => (
														<option value={o.value}>{o.label}</option>
													))}
												</select>
											) : (
												<input
													id={cellId}
													type="text"
													inputMode={col.spec ? 'decimal' : undefined}
													autoComplete="off"
													aria-label={label}
													aria-invalid={problem ? 'true' : undefined}
													aria-describedby={problem ? `${cellId}-error` : undefined}
													value={row[c]}
													onInput={(e) => set(r, c, e.currentTarget.value)}
												/>
											)}
											{problem && col.spec && (
												<span id={`${cellId}-error`} class="rows__error">
													{issueMessage(problem, col.spec)}
												</span>
											)}
										</td>
									);
								})}
								{computed?.cells(r).map((cell) => (
									<td class="num">{cell}</td>
								))}
								<td class="rows__actions">
									<button
										type="button"
										class="btn btn--small"
										aria-label={t('kit.removeRow', { n: r + 1 })}
										disabled={rows.length <= minRows}
										onClick={() => onChange(rows.filter((_, i) => i !== r))}
									>
										{t('kit.remove')}
									</button>
								</td>
							</tr>
						))}
					</tbody>
				</table>
			</div>
			<button
				type="button"
				class="btn"
				disabled={rows.length >= maxRows}
				onClick={() => onChange([...rows, [...newRow]])}
			>
				{t('kit.addRow')}
			</button>
		</div>
	);
}
