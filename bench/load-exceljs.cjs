/**
 * The bare load the checker is measured against: exceljs reads the file into its
 * workbook model and nothing else happens. `node bench/load-exceljs.cjs FILE`.
 */
const ExcelJS = require("exceljs");

new ExcelJS.Workbook().xlsx.readFile(process.argv[2]).catch((error) => {
  process.stderr.write(String(error));
  process.exit(3);
});
