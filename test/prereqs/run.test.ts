/**
 * The check as `npm test` runs it: with a stand-in for apt-get that "installs" by
 * writing stand-in programs, the commands it runs and what it prints; and the
 * script itself, run as a process on a machine lacking the programs, stopping at
 * once with the one message, before the type check and Jest.
 */
import { spawnSync } from "child_process";
import { readFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { checkPrereqs } from "../support/prereqs/run";
import { ALL, bin, machine, standIns } from "./fake-machine";

const root = join(__dirname, "..", "..");

describe("the check as npm test runs it", () => {
  it("as root on Debian, runs apt-get update then install, and goes on once the programs are there", () => {
    const dir = bin("apt-get", "chromium");
    const m = machine([dir], { distro: "debian", root: true });
    const calls: string[] = [];
    const outcome = checkPrereqs(m, (command, args) => {
      calls.push([command, ...args].join(" "));
      if (args[0] === "install") {
        standIns(dir, "soffice", "pdftotext", "pdfinfo", "pdftoppm");
      }
      return 0;
    });
    expect(calls).toEqual([
      "apt-get update -qq",
      "apt-get install -y -qq --no-install-recommends libreoffice-calc poppler-utils",
    ]);
    expect(outcome).toEqual({
      status: 0,
      messages: [
        "Memasang program sistem untuk tes dengan apt-get: libreoffice-calc poppler-utils",
      ],
    });
  });

  it("stops with the message and apt-get's failure when the install fails", () => {
    const m = machine([bin("apt-get", "soffice", "pdftotext", "pdfinfo", "pdftoppm")], {
      distro: "debian",
      root: true,
    });
    const calls: string[] = [];
    const outcome = checkPrereqs(m, (command, args) => {
      calls.push(args[0]);
      return args[0] === "install" ? 100 : 0;
    });
    expect(calls).toEqual(["update", "install"]);
    expect(outcome.status).toBe(1);
    const message = outcome.messages[outcome.messages.length - 1];
    expect(message).toContain(
      "apt-get install -y -qq --no-install-recommends chromium gagal (status keluar 100)."
    );
    expect(message).toContain("Chromium, Google Chrome, atau Microsoft Edge");
    // As root, the command to copy has no sudo.
    expect(message).toContain("\n  apt-get install -y --no-install-recommends chromium\n");
  });

  it("stops when apt-get succeeded but a program is still not found", () => {
    const m = machine([bin("apt-get", "soffice", "chromium")], { distro: "debian", root: true });
    const outcome = checkPrereqs(m, () => 0);
    expect(outcome.status).toBe(1);
    expect(outcome.messages[1]).toContain(
      "apt-get selesai, tetapi program ini belum juga ditemukan"
    );
    expect(outcome.messages[1]).toContain("Poppler");
  });

  it("runs nothing where nothing is missing or where it may not install", () => {
    const never = () => {
      throw new Error("no command may run");
    };
    expect(checkPrereqs(machine([bin(...ALL)]), never)).toEqual({ status: 0, messages: [] });
    const user = checkPrereqs(machine([bin("apt-get")], { distro: "debian" }), never);
    expect(user.status).toBe(1);
    expect(user.messages).toHaveLength(1);
  });
});

describe("npm test", () => {
  it("runs the check first, before the type check, lint and Jest", () => {
    const scripts = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).scripts;
    expect(scripts.test.split(" && ")[0]).toBe("npm run test:prereqs");
    expect(scripts["test:prereqs"]).toBe("tsx scripts/test-prereqs.ts");
  });

  it("stops at once with the one message and status 1 on a machine lacking the programs", () => {
    const run = spawnSync(
      process.execPath,
      [require.resolve("tsx/cli"), join(root, "scripts", "test-prereqs.ts")],
      { cwd: root, encoding: "utf8", env: { PATH: bin(), HOME: tmpdir() } }
    );
    expect(run.status).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/^npm test berhenti sebelum tes dijalankan/);
    expect(run.stderr).toContain("LibreOffice Calc (perintah soffice)");
    expect(run.stderr.match(/npm test berhenti/g)).toHaveLength(1);
  }, 60000);
});
