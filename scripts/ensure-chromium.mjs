// Run before the tests: the browser tests drive Debian's Chromium, never a downloaded one. On a
// fresh machine (as root, with apt) this installs it with the fonts the layout is measured
// against; elsewhere it says what to install. `CHROMIUM_PATH` points at another Chromium.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

const path = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (!existsSync(path)) {
  const root = process.getuid?.() === 0;
  if (!root || !existsSync("/usr/bin/apt-get")) {
    console.error(`citeline: the browser tests need Chromium at ${path}. Install Debian's: apt-get install chromium fonts-liberation fonts-dejavu-core (or set CHROMIUM_PATH).`);
    process.exit(1);
  }
  console.log("citeline: installing Debian's chromium, fonts-liberation and fonts-dejavu-core for the browser tests…");
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
  execFileSync("apt-get", ["install", "-y", "-qq", "--no-install-recommends", "chromium", "fonts-liberation", "fonts-dejavu-core"], { stdio: ["ignore", "ignore", "inherit"], env });
}
