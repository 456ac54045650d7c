/**
 * The rank a saved step or option is placed at, from the Rank sent with it. Ranks are 1-based
 * (1 is the first), as the sandbox numbers every line. The contract gives 0 no meaning, but it is
 * what CreateDefault… hands out and what a carrier without a Rank (WorkflowStep) is read as, so
 * it means no rank given: a saved one keeps its place (`current`), a new one (`current`
 * undefined) goes last, as placeInLine and placeOption put a rank of 0.
 */
export const rankToPlace = (sent: number, current: number | undefined): number =>
  sent > 0 ? sent : (current ?? 0);
