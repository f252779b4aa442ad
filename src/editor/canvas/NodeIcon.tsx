import type { NodeType } from '../../journey/index.ts';

/**
 * A small white glyph per step type, drawn as SVG so it looks the same on every system font
 * (some lack the clock and fork symbols). Decoration only: the type is always named in words.
 */
const paths: Record<NodeType, string> = {
  // lightning bolt
  trigger: 'M9 1 3 9h4l-1 6 6-8H8l1-6z',
  // diamond
  condition: 'M8 1l7 7-7 7-7-7z',
  // clock
  wait: 'M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1zm0 2a5 5 0 1 1 0 10A5 5 0 0 1 8 3zm-1 1v5l4 2 .8-1.5L9 8.2V4z',
  // envelope
  touch: 'M1 3h14v10H1zm1.5 1.5v.3L8 8.5l5.5-3.7v-.3zm0 2.1v4.9h11V6.6L8 10.3z',
  // fork
  split: 'M7 1h2v6l4.5 4.5V9h1.5v5h-5v-1.5h2.4L8 8.6l-4.4 3.9H6V14H1V9h1.5v2.5L7 7z',
  // stop square
  exit: 'M3 3h10v10H3z',
};

export function NodeIcon({ type }: { type: NodeType }) {
  return (
    <svg className="jc-node-icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d={paths[type]} fill="currentColor" fillRule="evenodd" />
    </svg>
  );
}
