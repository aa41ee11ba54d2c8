/**
 * The one message a person reads when the tests cannot start: which system
 * programs are missing, what each is for, and the command (or the download) that
 * installs them on this machine. Indonesian, as everything a user reads.
 */
import { Machine } from "./machine";
import { aptAvailable, Missing, packagesFor } from "./missing";
import { CHROMIUM } from "./tools";

/** What the message says around the list, when not the default. */
export interface MessageOptions {
  /** The first line. */
  readonly lead?: string;
  /** What went wrong on the way (a failed apt-get), said after the first line. */
  readonly cause?: string;
}

const LEAD = "npm test berhenti sebelum tes dijalankan: program sistem berikut belum terpasang.";

function item(m: Missing): string {
  return `  - ${m.tool.name}, untuk ${m.tool.purpose}${m.note ? ` (${m.note})` : ""}`;
}

/** The message for `missing` on `machine`. */
export function stopMessage(
  machine: Machine,
  missing: readonly Missing[],
  { lead = LEAD, cause }: MessageOptions = {}
): string {
  const lines = [lead, ...(cause ? [cause] : [])];
  if (!aptAvailable(machine)) {
    for (const m of missing) lines.push(item(m), `    pasang: ${m.tool.elsewhere}`);
    lines.push("Setelah terpasang, jalankan npm test lagi.");
    return lines.join("\n");
  }
  const sudo = machine.root ? "" : "sudo ";
  lines.push(
    ...missing.map(item),
    "Pasang dengan:",
    `  ${sudo}apt-get install -y --no-install-recommends ${packagesFor(machine, missing).join(" ")}`,
    "lalu jalankan npm test lagi (dijalankan sebagai root di Debian atau Ubuntu, npm test memasangnya sendiri)."
  );
  if (missing.some((m) => m.tool === CHROMIUM)) {
    lines.push(
      "Peramban yang sudah terpasang di tempat lain cukup disebutkan: LKJIP_CHROMIUM=/jalur/ke/chrome npm test"
    );
  }
  return lines.join("\n");
}
