/**
 * The system programs the tests need beyond npm's packages, each with how it is
 * found, why the tests need it, its Debian and Ubuntu package, and how to get it
 * elsewhere (Indonesian, for the message a person reads).
 */
import { findChromium, Lookup } from "./chromium";
import { findOnPath } from "./executables";
import { Distro, Machine } from "./machine";

/** One system program (or family of programs) the tests use. */
export interface Tool {
  /** What a person would call it, with the command the tests run. */
  readonly name: string;
  /** Why the tests need it. */
  readonly purpose: string;
  readonly find: (machine: Machine) => Lookup;
  /** Its package on each distribution apt-get can install from. */
  readonly apt: Readonly<Record<Distro, string>>;
  /** How to install it where apt-get is not the way. */
  readonly elsewhere: string;
}

/** Found when every one of `commands` is on PATH. */
function commands(...names: string[]): (machine: Machine) => Lookup {
  return (machine) => {
    const paths = names.map((n) => findOnPath(n, machine.env, machine.platform));
    return paths.every(Boolean) ? { path: paths[0] } : {};
  };
}

/** LibreOffice Calc: evaluates the generated formulas and prints the tables to PDF. */
export const LIBREOFFICE: Tool = {
  name: "LibreOffice Calc (perintah soffice)",
  purpose: "menghitung ulang rumus tabel buatan Asisten dan mencetak tabel ke PDF",
  find: commands("soffice"),
  apt: { debian: "libreoffice-calc", ubuntu: "libreoffice-calc" },
  elsewhere:
    "https://www.libreoffice.org/download/ (macOS: brew install --cask libreoffice), lalu pastikan perintah soffice ada di PATH",
};

/** Poppler's PDF utilities: read the printed tables back. */
export const POPPLER: Tool = {
  name: "Poppler (perintah pdftotext, pdfinfo, pdftoppm)",
  purpose: "membaca kembali PDF cetakan tabel",
  find: commands("pdftotext", "pdfinfo", "pdftoppm"),
  apt: { debian: "poppler-utils", ubuntu: "poppler-utils" },
  elsewhere: "macOS: brew install poppler; Windows: Poppler untuk Windows, folder bin-nya di PATH",
};

/** A Chromium-family browser: runs the pane's and pages' browser tests headless. */
export const CHROMIUM: Tool = {
  name: "Chromium, Google Chrome, atau Microsoft Edge",
  purpose: "menjalankan tes panel dan halaman di peramban tanpa layar",
  find: findChromium,
  apt: { debian: "chromium", ubuntu: "chromium-browser" },
  elsewhere:
    "pasang salah satunya; bila programnya tidak di PATH, sebutkan jalurnya: LKJIP_CHROMIUM=/jalur/ke/chrome npm test",
};

/** Everything the test run needs from the system, in the order a message lists it. */
export const TOOLS: readonly Tool[] = [LIBREOFFICE, POPPLER, CHROMIUM];
