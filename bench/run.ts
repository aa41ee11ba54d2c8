/**
 * `npm run bench`: every speed and memory goal of the project, measured as ratios
 * in one run and printed as the table the README keeps.
 */
import { benchFunctions } from "./functions.bench";
import { printTable } from "./measure";

printTable([benchFunctions()]);
