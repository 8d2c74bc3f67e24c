/** How to read the Mermaid diagrams of the registry; each edge also carries its kind as a label. */
export const EDGE_LEGEND =
  'Arrows point from a member to the member it depends on: thick for contract edges (it reads that member’s bus), solid for build edges, dotted for runtime edges. Members are grouped by layer, upstream first; a dashed outline marks a draft or a scratchpad.';

/** The member pages add the highlight of the page's own member. */
export const NEIGHBOURHOOD_LEGEND = `${EDGE_LEGEND} The member of this page has a bold outline.`;
