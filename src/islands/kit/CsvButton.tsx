import { toCsv } from '../../lib/export/csv';
import { t } from '../../i18n/client';
import { downloadFile } from './download';

interface Props {
	name: string;
	header: readonly string[];
	/** Called on click, so the rows are built only when a student asks for the file. */
	rows: () => (string | number | null)[][];
}

/** Downloads a table as CSV (UTF-8 with BOM, formula-safe), built in the browser. */
export function CsvButton({ name, header, rows }: Props) {
	return (
		<button
			type="button"
			class="btn"
			onClick={() => downloadFile(name, toCsv(header, rows()), 'text/csv;charset=utf-8')}
		>
			{t('kit.downloadCsv')}
		</button>
	);
}
