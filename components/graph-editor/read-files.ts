/** What the reader chose in a file picker or dropped: one dataset and the text files beside it. */
export interface ChosenFiles {
  /** The dataset (the one JSON file), if there is one. */
  readonly dataset?: { readonly name: string; readonly bytes: Uint8Array };
  /** Every other file, by name: source texts the dataset may quote from. */
  readonly companions: ReadonlyMap<string, Uint8Array>;
  /** Why the choice cannot be opened, if it cannot. */
  readonly problem?: string;
}

const isJson = (file: File): boolean => /\.json$/i.test(file.name) || file.type === 'application/json';

export async function readChosen(files: readonly File[]): Promise<ChosenFiles> {
  const json = files.filter(isJson);
  const read = async (file: File): Promise<Uint8Array> => new Uint8Array(await file.arrayBuffer());
  const companions = new Map<string, Uint8Array>();
  for (const file of files.filter((f) => !isJson(f))) companions.set(file.name, await read(file));
  if (json.length > 1) {
    return {
      companions,
      problem: `Choose one dataset at a time, not ${json.length} (${json.map((f) => f.name).join(', ')}).`,
    };
  }
  const [dataset] = json;
  if (!dataset) return { companions };
  return { dataset: { name: dataset.name, bytes: await read(dataset) }, companions };
}
