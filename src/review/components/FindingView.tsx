/** The finding in its sentence, the span marked [[like this]], with the rule's message and reason. */
import { Box, Text } from 'ink';
import { clipEnd, clipStart } from '../items.js';
import type { ReviewItem } from '../types.js';
import { styles, type Theme } from './theme.js';

export interface FindingViewProps {
  readonly item: ReviewItem;
  /** Characters of context either side at most, so a small terminal still shows the whole screen. */
  readonly side: number;
  readonly theme: Theme;
}

export function FindingView({ item, side, theme }: FindingViewProps) {
  const st = styles(theme);
  return (
    <Box flexDirection="column" marginTop={1}>
      <Text wrap="wrap">
        {clipStart(item.context.before, side)}
        <Text {...st.span}>[[{item.original}]]</Text>
        {clipEnd(item.context.after, side)}
      </Text>
      <Box marginTop={1}>
        <Text wrap="wrap">{item.message}</Text>
      </Box>
      {item.reason !== '' && (
        <Text wrap="wrap" {...st.dim}>
          Why: {item.reason}
        </Text>
      )}
    </Box>
  );
}
