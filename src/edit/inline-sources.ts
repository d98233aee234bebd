import type { Dataset } from '../model/dataset.ts';

/**
 * The dataset with every source's text inline, as one file anything can open (the explorer's file
 * picker, a page's `data` property), whatever folder it ends up in. Sources without a text in
 * `texts` stay as they are. No other import: the explorer page uses this without the validator.
 */
export function withInlineSources(dataset: Dataset, texts: ReadonlyMap<string, string>): Dataset {
  return {
    ...dataset,
    sources: dataset.sources.map((source) => {
      const text = texts.get(source.id);
      if (source.file === undefined || text === undefined) return source;
      const { file: _file, ...rest } = source;
      return { ...rest, text };
    }),
  };
}
