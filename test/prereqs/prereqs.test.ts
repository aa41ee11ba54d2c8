/**
 * The check `npm test` runs before anything else, in-process on made-up machines
 * whose PATH is a temporary folder of stand-in programs: present tools pass, a
 * missing one gives the one message naming it and how to install it, the browser
 * is found by variable, by any Chromium-family name or where it is installed, and
 * root on Debian or Ubuntu gets the apt-get commands (built, never run here).
 */
import { join } from "path";
import { findChromium } from "../support/prereqs/chromium";
import { distroOf, Machine } from "../support/prereqs/machine";
import { missingTools } from "../support/prereqs/missing";
import { planFor } from "../support/prereqs/plan";
import { ALL, bin, machine } from "./fake-machine";

function plan(m: Machine) {
  return planFor(m, missingTools(m));
}

describe("the prerequisite check", () => {
  it("passes when every program is on PATH", () => {
    expect(plan(machine([bin(...ALL)]))).toEqual({ kind: "ready" });
  });

  it("stops with one message naming a missing LibreOffice and how to install it", () => {
    const m = machine([bin("pdftotext", "pdfinfo", "pdftoppm", "chromium")], { distro: "debian" });
    const result = plan(m);
    expect(result.kind).toBe("stop");
    const message = result.kind === "stop" ? result.message : "";
    expect(message).toMatch(/^npm test berhenti sebelum tes dijalankan/);
    expect(message).toContain("LibreOffice Calc (perintah soffice)");
    expect(message).not.toContain("Poppler");
    expect(message).not.toContain("Chromium,");
    // Not root, apt-get not on this PATH: the download, not a command that cannot run here.
    expect(message).toContain("https://www.libreoffice.org/download/");
  });

  it("gives a user on Debian the sudo apt-get line for exactly what is missing", () => {
    const m = machine([bin("soffice", "apt-get")], { distro: "debian" });
    const result = plan(m);
    const message = result.kind === "stop" ? result.message : "";
    expect(message).toContain(
      "  sudo apt-get install -y --no-install-recommends poppler-utils chromium\n"
    );
    expect(message).toContain("LKJIP_CHROMIUM=/jalur/ke/chrome npm test");
    expect(message.split("\n").filter((l) => l.startsWith("  - "))).toHaveLength(2);
  });

  it("as root on Debian, installs the missing packages with apt-get, asking nothing", () => {
    const m = machine([bin("pdftotext", "pdfinfo", "pdftoppm", "apt-get")], {
      distro: "debian",
      root: true,
    });
    expect(plan(m)).toEqual({
      kind: "install",
      packages: ["libreoffice-calc", "chromium"],
      commands: [
        ["apt-get", "update", "-qq"],
        [
          "apt-get",
          "install",
          "-y",
          "-qq",
          "--no-install-recommends",
          "libreoffice-calc",
          "chromium",
        ],
      ],
    });
  });

  it("as root on Ubuntu, asks for Ubuntu's Chromium package", () => {
    const m = machine([bin(...ALL.filter((n) => n !== "chromium"), "apt-get")], {
      distro: "ubuntu",
      root: true,
    });
    const result = plan(m);
    expect(result.kind === "install" && result.packages).toEqual(["chromium-browser"]);
  });

  it("as root without apt-get, or on another system, stops instead of installing", () => {
    const noApt = plan(machine([bin("chromium")], { distro: "debian", root: true }));
    expect(noApt.kind).toBe("stop");
    const mac = plan(machine([bin()], { platform: "darwin", root: true }));
    const message = mac.kind === "stop" ? mac.message : "";
    expect(message).toContain("brew install --cask libreoffice");
    expect(message).toContain("brew install poppler");
    expect(message).toContain("LKJIP_CHROMIUM=/jalur/ke/chrome npm test");
  });

  it("reads the distribution from /etc/os-release", () => {
    expect(distroOf('PRETTY_NAME="Debian GNU/Linux 12"\nID=debian\n')).toBe("debian");
    expect(distroOf("ID=ubuntu\nID_LIKE=debian\n")).toBe("ubuntu");
    expect(distroOf('ID=linuxmint\nID_LIKE="ubuntu debian"\n')).toBe("ubuntu");
    expect(distroOf("ID=fedora\n")).toBeUndefined();
  });
});

describe("finding the browser", () => {
  it("takes the program LKJIP_CHROMIUM or CHROMIUM_PATH names, the first one set", () => {
    const own = join(bin("my-chrome"), "my-chrome");
    const other = join(bin("other"), "other");
    expect(findChromium(machine([], { env: { CHROMIUM_PATH: own } }))).toEqual({ path: own });
    expect(
      findChromium(
        machine([bin("chromium")], { env: { LKJIP_CHROMIUM: own, CHROMIUM_PATH: other } })
      )
    ).toEqual({ path: own });
  });

  it("reports a variable that names no program instead of looking elsewhere", () => {
    const m = machine([bin(...ALL)], { env: { LKJIP_CHROMIUM: "/tidak/ada/chrome" } });
    expect(findChromium(m).path).toBeUndefined();
    const result = plan(m);
    expect(result.kind === "stop" && result.message).toContain(
      "LKJIP_CHROMIUM=/tidak/ada/chrome bukan program yang dapat dijalankan"
    );
  });

  it.each(["chromium-browser", "google-chrome", "google-chrome-stable", "microsoft-edge"])(
    "finds %s on PATH",
    (name) => {
      const dir = bin(name);
      expect(findChromium(machine([bin("soffice"), dir]))).toEqual({ path: join(dir, name) });
    }
  );

  it("finds a browser where it is installed when PATH has none", () => {
    const place = join(bin("chromium"), "chromium");
    const m = machine([], { chromiumPlaces: ["/tidak/ada", place] });
    expect(findChromium(m)).toEqual({ path: place });
    expect(findChromium(machine([]))).toEqual({});
  });
});
