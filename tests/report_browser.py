#!/usr/bin/env python3
"""Loads an actorgraph HTML report in headless Chromium and checks what a reader sees.

Builds a store from a corpus folder, writes the JSON export and the HTML report, then lets
Chromium (Debian package `chromium`) render the page: the DOM after rendering must hold one
SVG node per actor of the export (the same entity ids), the legend, and a supply matrix
with one filled cell per supplier-recipient pair; Chromium must log no console message at
all (the report has no script, so any message is an error or a blocked load); and a
screenshot is taken. Exit 0 on success, 1 on failure, 77 when the corpus or Chromium is
missing (CTest reports the test as skipped, with the reason printed).
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
from html.parser import HTMLParser


class ReportDom(HTMLParser):
    def __init__(self):
        super().__init__()
        self.depth_in_svg = 0
        self.svg_nodes = []
        self.legend = False
        self.matrix_cells = 0
        self.matrix_rows = 0
        self.in_matrix = False
        self.scripts = 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        classes = (a.get("class") or "").split()
        if tag == "script":
            self.scripts += 1
        if tag == "svg" and a.get("id") == "graph":
            self.depth_in_svg = 1
        elif self.depth_in_svg:
            if tag == "g" and "node" in classes:
                self.svg_nodes.append(a.get("data-entity"))
            if a.get("id") == "legend":
                self.legend = True
        if tag == "table" and "matrix" in classes:
            self.in_matrix = True
        if self.in_matrix and tag == "tr":
            self.matrix_rows += 1
        if self.in_matrix and tag == "td" and "empty" not in classes:
            self.matrix_cells += 1

    def handle_endtag(self, tag):
        if tag == "svg":
            self.depth_in_svg = 0
        if tag == "table":
            self.in_matrix = False


def run(cmd, **kw):
    r = subprocess.run(cmd, capture_output=True, text=True, **kw)
    if r.returncode != 0:
        sys.exit(f"FAILED: {' '.join(cmd)}\n{r.stdout}\n{r.stderr}")
    return r


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--cli", required=True)
    p.add_argument("--corpus", required=True)
    p.add_argument("--out", required=True)
    p.add_argument("--chromium", default="")
    a = p.parse_args()

    if not os.path.isdir(a.corpus):
        print(f"SKIPPED: corpus {a.corpus} not found")
        return 77
    chromium = a.chromium or shutil.which("chromium")
    if not chromium or not os.path.exists(chromium):
        print("SKIPPED: chromium not installed (Debian package chromium; scripts/install-deps installs it)")
        return 77

    shutil.rmtree(a.out, ignore_errors=True)
    os.makedirs(a.out)
    db = os.path.join(a.out, "store.db")
    run([a.cli, "build", "--db", db, a.corpus])
    graph = json.loads(run([a.cli, "export", "--db", db, "--format", "json"]).stdout)
    report = os.path.join(a.out, "report.html")
    run([a.cli, "report", "--db", db, "--format", "html", "--picture-limit", "100000", "-o", report])

    env = dict(os.environ, HOME=a.out)  # Chromium writes its profile there, not in ~
    # Each run gets its own profile: a second Chromium on the same profile would hand its
    # work to the first one's process.
    def chromium_run(name, *args):
        flags = [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                 "--no-first-run", "--disable-dev-shm-usage", "--enable-logging=stderr", "--v=0",
                 f"--user-data-dir={os.path.join(a.out, 'profile-' + name)}"]
        return run(flags + list(args) + [url], env=env, timeout=240)

    url = "file://" + os.path.abspath(report)
    dom = chromium_run("dom", "--dump-dom")
    shot = os.path.join(a.out, "report.png")
    chromium_run("shot", "--window-size=1200,2400", f"--screenshot={shot}")

    failures = []
    console = [l for l in dom.stderr.splitlines() if ":CONSOLE" in l]
    if console:
        failures.append("Chromium logged console messages:\n  " + "\n  ".join(console))
    parsed = ReportDom()
    parsed.feed(dom.stdout)
    ids = sorted(n["id"] for n in graph["nodes"])
    if sorted(parsed.svg_nodes) != ids:
        failures.append(f"the picture has {len(parsed.svg_nodes)} actor nodes, the export {len(ids)}; "
                        f"missing {sorted(set(ids) - set(parsed.svg_nodes))[:10]}, "
                        f"extra {sorted(set(parsed.svg_nodes) - set(ids))[:10]}")
    if not parsed.legend:
        failures.append("no legend in the picture")
    if parsed.scripts:
        failures.append(f"{parsed.scripts} script elements in the page")
    pairs = {(e["source"], e["target"]) for e in graph["edges"] if e["type"] == "supplies"}
    suppliers = {s for s, _ in pairs}
    recipients = {t for _, t in pairs}
    if len(suppliers) <= 30 and len(recipients) <= 30 and parsed.matrix_cells != len(pairs):
        failures.append(f"the supply matrix has {parsed.matrix_cells} filled cells for {len(pairs)} supply pairs")
    if pairs and parsed.matrix_rows != len(suppliers) + 1:
        failures.append(f"the supply matrix has {parsed.matrix_rows} rows for {len(suppliers)} suppliers")
    with open(shot, "rb") as f:
        png = f.read()
    if not png.startswith(b"\x89PNG") or len(png) < 20000:
        failures.append(f"screenshot {shot} is not a rendered page ({len(png)} bytes)")

    print(f"{len(parsed.svg_nodes)} actors drawn, {parsed.matrix_cells} supply cells, "
          f"{len(console)} console messages; screenshot {shot}")
    if failures:
        print("FAILED:\n" + "\n".join(failures))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
