/** After the last finding: the counts by decision and category, and where the result will go. */
import { Box, Text } from 'ink';
import { summarize, summaryLines } from '../outcome.js';
import type { ReviewState } from '../reducer.js';
import { styles, type Theme } from './theme.js';

export interface SummaryPageProps {
  readonly state: ReviewState;
  /** Where Enter writes the corrected text. */
  readonly output: string;
  readonly theme: Theme;
}

export function SummaryPage({ state, output, theme }: SummaryPageProps) {
  const st = styles(theme);
  const sum = summarize(state);
  const [head, ...cats] = summaryLines(sum);
  const open = state.items.filter((it) => !state.decided.has(it.key)).length;
  return (
    <Box flexDirection="column" marginTop={1}>
      <Text {...st.strong}>Summary</Text>
      <Text wrap="wrap">{head}</Text>
      {cats.map((l) => (
        <Text key={l} wrap="wrap">
          {l}
        </Text>
      ))}
      {open > 0 && (
        <Text wrap="wrap" {...st.dim}>
          {open} never decided: counted as skipped; ← goes back to them.
        </Text>
      )}
      <Box marginTop={1}>
        <Text wrap="wrap">
          Enter writes <Text {...st.strong}>{output}</Text> and the decisions log.
        </Text>
      </Box>
    </Box>
  );
}
