/**
 * The preview's one breakpoint: below this width the sheet and the pane stack, the
 * sheet on top, since side by side the sheet would be a sliver (a task-pane-wide
 * window is about 350 px).
 */
export const NARROW = "@media (max-width: 760px)";
