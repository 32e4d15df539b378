/** The selected suggestion as a word diff, then every ranked suggestion, numbered for 1-9. */
import { Box, Text } from 'ink';
import { wordDiff, markPiece } from '../diff.js';
import type { ReviewItem } from '../types.js';
import { styles, type Theme } from './theme.js';

export interface SuggestionsProps {
  readonly item: ReviewItem;
  readonly selected: number;
  readonly theme: Theme;
}

export function Suggestions({ item, selected, theme }: SuggestionsProps) {
  const st = styles(theme);
  const chosen = item.suggestions[selected];
  if (chosen === undefined) {
    return (
      <Box marginTop={1}>
        <Text {...st.dim}>No suggestion: e writes a replacement, r keeps the text.</Text>
      </Box>
    );
  }
  return (
    <Box flexDirection="column" marginTop={1}>
      <Text wrap="wrap">
        <Text {...st.strong}>Change: </Text>
        {wordDiff(item.original, chosen).map((p, i) => (
          <Text key={i} {...(p.kind === 'deleted' ? st.deleted : p.kind === 'added' ? st.added : {})}>
            {markPiece(p)}
          </Text>
        ))}
      </Text>
      {item.suggestions.length > 1 &&
        item.suggestions.slice(0, 9).map((s, i) => (
          <Text key={i} wrap="wrap" {...(i === selected ? st.strong : {})}>
            {i === selected ? ' › ' : '   '}
            {i + 1} {s}
          </Text>
        ))}
    </Box>
  );
}
