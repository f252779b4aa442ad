import type { AriaLabelConfig } from '@xyflow/react';
import type { Catalog } from '../../i18n/catalog.ts';

/** React Flow's built-in screen-reader texts (controls, minimap, node hints) in the user's language. */
export function flowAriaLabels(words: Catalog['editor']['flowAria']): Partial<AriaLabelConfig> {
  return {
    'node.a11yDescription.default': words.nodeDescription,
    'node.a11yDescription.keyboardDisabled': words.nodeDescriptionKeyboard,
    'node.a11yDescription.ariaLiveMessage': words.nodeMoved,
    'edge.a11yDescription.default': words.edgeDescription,
    'controls.ariaLabel': words.controls,
    'controls.zoomIn.ariaLabel': words.zoomIn,
    'controls.zoomOut.ariaLabel': words.zoomOut,
    'controls.fitView.ariaLabel': words.fitView,
    'controls.interactive.ariaLabel': words.interactive,
    'minimap.ariaLabel': words.minimap,
    'handle.ariaLabel': words.handle,
  };
}
