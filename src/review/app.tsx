/**
 * The review screen: one finding at a time. State lives in the pure reducer; this component
 * only routes keys through the keymap, hands every new state to `onChange` (which saves the
 * session) before showing it, and picks the parts to show.
 */
import { Box, Text, useApp, useInput, useStdout } from 'ink';
import { useEffect, useRef, useState } from 'react';
import { applyInput, keyModeOf } from './keymap.js';
import { currentItem, type ReviewState } from './reducer.js';
import { ConflictBox } from './components/ConflictBox.js';
import { EditField } from './components/EditField.js';
import { FindingView } from './components/FindingView.js';
import { Header } from './components/Header.js';
import { HelpLine, HelpPage } from './components/Help.js';
import { Suggestions } from './components/Suggestions.js';
import { SummaryPage } from './components/SummaryPage.js';
import { styles } from './components/theme.js';

export interface ReviewAppProps {
  readonly initial: ReviewState;
  /** The file under review, as shown. */
  readonly file: string;
  /** Where finishing writes the corrected text, as shown. */
  readonly output: string;
  readonly color: boolean;
  /** The clock for decision times (ISO 8601). */
  readonly now: () => string;
  /** Called with each new state before it is drawn; a throw is shown, not swallowed. */
  readonly onChange?: (next: ReviewState) => void;
  readonly onExit?: (last: ReviewState) => void;
  /** Columns; default: the terminal's, at most 100. */
  readonly width?: number;
}

/** The terminal's size, kept current on resize. */
function useSize(): { cols: number; rows: number } {
  const { stdout } = useStdout();
  const read = () => ({ cols: stdout.columns || 80, rows: stdout.rows || 30 });
  const [size, setSize] = useState(read);
  useEffect(() => {
    const onResize = (): void => setSize(read());
    stdout.on('resize', onResize);
    return () => void stdout.off('resize', onResize);
  }, [stdout]);
  return size;
}

export function ReviewApp(p: ReviewAppProps) {
  const { exit } = useApp();
  const size = useSize();
  const ref = useRef(p.initial);
  const [state, setState] = useState(p.initial);
  const [saveError, setSaveError] = useState<string | null>(null);
  useInput((input, key) => {
    const prev = ref.current;
    if (prev.exit) return;
    const next = applyInput(prev, input, key, p.now);
    if (next === prev) return;
    ref.current = next;
    try {
      p.onChange?.(next);
      setSaveError(null);
    } catch (e) {
      setSaveError(`Could not save the session: ${(e as Error).message}`);
    }
    setState(next);
    if (next.exit) {
      p.onExit?.(next);
      exit();
    }
  });

  const theme = { color: p.color };
  const st = styles(theme);
  const item = currentItem(state);
  const mode = keyModeOf(state);
  const m = state.mode;
  const width = Math.max(20, Math.min(p.width ?? size.cols, 100));
  // Under 30 rows, about one line of context either side, so the screen never scrolls.
  const side = Math.max(30, Math.floor((width * (size.rows >= 30 ? 3 : 1.5)) / 2));
  return (
    <Box flexDirection="column" width={width}>
      <Header
        file={p.file}
        index={state.cursor}
        total={state.items.length}
        decidedCount={state.decided.size}
        item={item}
        decision={item ? state.decided.get(item.key) : undefined}
        theme={theme}
      />
      {m.kind === 'help' ? (
        <HelpPage from={state.cursor >= state.items.length ? 'summary' : 'browse'} compact={size.rows < 36} theme={theme} />
      ) : item ? (
        <>
          <FindingView item={item} side={side} theme={theme} />
          {m.kind === 'edit' ? (
            <EditField original={item.original} buffer={m.buffer} caret={m.caret} theme={theme} />
          ) : (
            <Suggestions item={item} selected={state.selected} theme={theme} />
          )}
          {m.kind === 'conflict' && <ConflictBox pending={m.pending} with={m.with} theme={theme} />}
        </>
      ) : (
        <SummaryPage state={state} output={p.output} theme={theme} />
      )}
      {(saveError ?? state.notice) !== null && (
        <Box marginTop={1}>
          <Text wrap="wrap" {...(saveError ? st.warn : st.strong)}>
            {saveError ?? state.notice}
          </Text>
        </Box>
      )}
      <HelpLine mode={mode} theme={theme} />
    </Box>
  );
}
