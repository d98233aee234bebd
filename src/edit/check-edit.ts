import type { Dataset } from '../model/dataset.ts';
import type { Problem } from '../validate/problem.ts';
import { validateDataset } from '../validate/validate.ts';

/**
 * The dataset as the editor saves it: two-space JSON and a final newline, keys in the order they
 * have. Validation reads this same text, so a problem's line and column are those of the saved file.
 */
export const datasetJson = (dataset: Dataset): string => `${JSON.stringify(dataset, null, 2)}\n`;

/**
 * Every problem of the edited dataset, by the one validator the CLI and the widget use; `texts` are
 * the source texts it was opened with (source id → text), so no file is read again.
 */
export async function checkEdit(
  dataset: Dataset,
  texts: ReadonlyMap<string, string>,
  name: string,
): Promise<readonly Problem[]> {
  const byFile = new Map<string, string>();
  for (const source of dataset.sources) {
    const text = texts.get(source.id);
    if (source.file !== undefined && text !== undefined) byFile.set(source.file, text);
  }
  const { problems } = await validateDataset(datasetJson(dataset), {
    file: name,
    resolveSource: (file) => {
      const text = byFile.get(file);
      return text === undefined
        ? Promise.reject(new Error('its text was not opened'))
        : Promise.resolve(text);
    },
  });
  return problems;
}
