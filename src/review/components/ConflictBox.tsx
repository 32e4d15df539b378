/** Accepting this edit would overlap accepted ones: both are shown, and the reviewer picks. */
import { Box, Text } from 'ink';
import type { Decision } from '../types.js';
import { styles, type Theme } from './theme.js';

export interface ConflictBoxProps {
  readonly pending: Decision;
  readonly with: readonly Decision[];
  readonly theme: Theme;
}

const edit = (d: Decision): string => `“${d.original}” → “${d.replacement ?? ''}”`;

export function ConflictBox({ pending, with: earlier, theme }: ConflictBoxProps) {
  const st = styles(theme);
  return (
    <Box flexDirection="column" marginTop={1} borderStyle="single" paddingX={1}>
      <Text {...st.warn}>CONFLICT: this edit overlaps {earlier.length === 1 ? 'an accepted edit' : `${earlier.length} accepted edits`}</Text>
      <Text wrap="wrap">
        this: {edit(pending)} [{pending.ruleId}]
      </Text>
      {earlier.map((d) => (
        <Text key={d.key} wrap="wrap">
          earlier: {edit(d)} [{d.ruleId}]
        </Text>
      ))}
      <Text wrap="wrap">o: use this one (the earlier becomes rejected) · k or Esc: keep the earlier</Text>
    </Box>
  );
}
