/**
 * `npm run bench`: every speed and memory goal of the project, measured as ratios
 * in one run and printed as the table the README keeps.
 */
import { benchFunctions, benchTextFloor, benchTextFunctions } from "./functions.bench";
import { benchHelpStart, benchManyReports } from "./many-reports.bench";
import { printTable } from "./measure";
import { benchPane } from "./pane.bench";
import { benchPeriksa } from "./periksa.bench";

async function main(): Promise<void> {
  printTable([
    benchFunctions(),
    benchTextFunctions(),
    benchTextFloor(),
    ...(await benchPane()),
    ...(await benchPeriksa()),
    await benchManyReports(),
    await benchHelpStart(),
  ]);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
