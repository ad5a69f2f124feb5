/** Per-text numbers that are tested as numerical columns. */
export interface TextDescriptors {
  /** Characters, counted as code points. */
  readonly length: Float64Array;
  /** Share of words (runs of letters) not in the vocabulary; 0 for a text without words. */
  readonly oovShare: Float64Array;
  /** Share of characters that are neither letters nor white space; 0 for an empty text. */
  readonly nonLetterShare: Float64Array;
}

/**
 * Text descriptors, as Evidently's `TextLength`, `OOV` and `NonLetterCharacterPercentage`
 * (as shares in [0, 1], not percentages): length in characters, the share of out-of-vocabulary
 * words (lower-cased runs of letters looked up in `vocabulary`), and the share of characters
 * that are not letters (spaces excluded from the numerator). A repeated text is described once.
 * Cost: O(characters of the distinct texts + texts).
 *
 * @param vocabulary known words, lower case (by default the bundled text model's whole words)
 * @example textDescriptors(["Hi there!"], new Set(["hi"])).oovShare // Float64Array [0.5]
 */
export function textDescriptors(texts: readonly string[], vocabulary: ReadonlySet<string>): TextDescriptors {
  const length = new Float64Array(texts.length);
  const oovShare = new Float64Array(texts.length);
  const nonLetterShare = new Float64Array(texts.length);
  const described = new Map<string, number>();
  texts.forEach((text, i) => {
    const first = described.get(text);
    if (first !== undefined) {
      length[i] = length[first];
      oovShare[i] = oovShare[first];
      nonLetterShare[i] = nonLetterShare[first];
      return;
    }
    described.set(text, i);
    let characters = 0;
    let nonLetters = 0;
    for (const character of text) {
      characters++;
      if (!/\p{L}|\s/u.test(character)) nonLetters++;
    }
    const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
    const unknown = words.filter((word) => !vocabulary.has(word)).length;
    length[i] = characters;
    oovShare[i] = words.length === 0 ? 0 : unknown / words.length;
    nonLetterShare[i] = characters === 0 ? 0 : nonLetters / characters;
  });
  return { length, oovShare, nonLetterShare };
}
