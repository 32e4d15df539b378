/** The top lines: file, counter ("7 / 31"), the rule, its category and severity, and the decision so far. */
import { Box, Text } from 'ink';
import type { Decision, ReviewItem } from '../types.js';
import { styles, type Theme } from './theme.js';

export interface HeaderProps {
  readonly file: string;
  readonly index: number;
  readonly total: number;
  readonly decidedCount: number;
  readonly item: ReviewItem | undefined;
  readonly decision: Decision | undefined;
  readonly theme: Theme;
}

export function status(d: Decision | undefined): string {
  if (!d) return 'open';
  if (d.decision === 'accepted' || d.decision === 'edited') return `${d.decision} → “${d.replacement ?? ''}”`;
  return d.decision;
}

export function Header({ file, index, total, decidedCount, item, decision, theme }: HeaderProps) {
  const st = styles(theme);
  const counter = item ? `${index + 1} / ${total}` : `summary · ${total} / ${total}`;
  return (
    <Box flexDirection="column">
      <Box justifyContent="space-between" flexWrap="wrap">
        <Text {...st.strong} wrap="truncate-middle">
          mtaudit review · {file}
        </Text>
        <Text>
          <Text {...st.strong}>{counter}</Text>
          <Text {...st.dim}> · {decidedCount} decided</Text>
        </Text>
      </Box>
      {item && (
        <Text wrap="wrap">
          <Text {...st.strong}>{item.category}</Text>
          <Text> · {item.severity} · {item.ruleId} · line {item.line}:{item.column} · </Text>
          <Text {...(decision ? st.strong : st.dim)}>[{status(decision)}]</Text>
        </Text>
      )}
    </Box>
  );
}
